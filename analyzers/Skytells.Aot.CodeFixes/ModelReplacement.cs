using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Skytells.Aot.CodeFixes;

/// <summary>
/// Replaces a reported model id in place: a <c>SkytellsModels.X</c> member becomes the member that holds the new id
/// (so the code keeps naming models through the constants), anything else becomes a string literal. Constants declared
/// elsewhere are left alone, since other calls (to Standard) may use them.
/// </summary>
internal static class ModelReplacement
{
    private const string ModelsTypeName = "Skytells.SkytellsModels";

    /// <summary>Returns <paramref name="document"/> with the model at <paramref name="span"/> replaced by <paramref name="modelId"/>.</summary>
    public static async Task<Document> ReplaceAsync(Document document, TextSpan span, string modelId, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return document;
        }

        var replacement = await TryReplaceModelsMemberAsync(document, expression, modelId, cancellationToken).ConfigureAwait(false)
            ?? SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(modelId));
        return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
    }

    private static async Task<ExpressionSyntax?> TryReplaceModelsMemberAsync(
        Document document,
        ExpressionSyntax expression,
        string modelId,
        CancellationToken cancellationToken)
    {
        if (expression is not (MemberAccessExpressionSyntax or IdentifierNameSyntax))
        {
            return null;
        }

        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (model?.GetSymbolInfo(expression, cancellationToken).Symbol is not IFieldSymbol { IsConst: true } field
            || field.ContainingType.ToDisplayString() != ModelsTypeName
            || FindMember(field.ContainingType, modelId) is not { } counterpart)
        {
            return null;
        }

        var name = SyntaxFactory.IdentifierName(counterpart);
        return expression is MemberAccessExpressionSyntax memberAccess
            ? memberAccess.WithName(name.WithTriviaFrom(memberAccess.Name))
            : name;
    }

    private static string? FindMember(INamedTypeSymbol models, string modelId)
    {
        foreach (var member in models.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } field && value == modelId)
            {
                return field.Name;
            }
        }

        return null;
    }
}
