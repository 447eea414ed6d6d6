using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// <c>static readonly string Model = "sora-2";</c>: not a C# constant, but certainly one value when its only write is a
/// constant initializer (a static constructor assigning it again makes it unknown).
/// </summary>
internal static class ReadonlyModelId
{
    /// <summary>The value of the field <paramref name="reference"/> reads, when it is certain; otherwise null.</summary>
    public static string? TryGetValue(IFieldReferenceOperation reference)
    {
        if (reference.Field is not { IsStatic: true, IsReadOnly: true, IsConst: false, Type.SpecialType: SpecialType.System_String } field
            || MemberWrites.Find(field.OriginalDefinition, default) is not { Values: { Length: 1 } values })
        {
            return null;
        }

        var value = values[0];
        if (value.SyntaxTree == reference.Syntax.SyntaxTree && reference.SemanticModel is { } model)
        {
            return model.GetOperation(value)?.ConstantValue is { HasValue: true, Value: string id } ? id : null;
        }

        // Another file: only literals (and their concatenation) are certain without binding.
        return FromLiteral(value);
    }

    private static string? FromLiteral(ExpressionSyntax value) => value switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
        ParenthesizedExpressionSyntax parenthesized => FromLiteral(parenthesized.Expression),
        BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression)
            && FromLiteral(binary.Left) is { } left
            && FromLiteral(binary.Right) is { } right => left + right,
        _ => null,
    };
}
