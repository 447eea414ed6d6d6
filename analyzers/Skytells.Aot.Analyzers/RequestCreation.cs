using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// Links a request object to the call that sends it when both are visible: created in place as the argument, or
/// created as the single initializer of a local that nothing else assigns, modifies through a member, or reads.
/// </summary>
/// <remarks>
/// For a local, the check runs from the creation (not from the call) so the diagnostic, placed on the model value in
/// the initializer, lies inside the operation being analyzed: the IDE only shows such "local" diagnostics live.
/// </remarks>
internal static class RequestCreation
{
    /// <summary>Whether <paramref name="local"/> holds a request whose creation <see cref="FindSingleUse"/> links to its one call.</summary>
    public static bool IsSentOnlyFrom(ILocalReferenceOperation local) =>
        local.SemanticModel is { } model
        && FindSoleReader(local.Local, local.Syntax.SyntaxTree) is not null
        && HolderDeclaration.Find(local.Local, local.Syntax.SyntaxTree) is { } declaration
        && model.GetOperation(declaration.Initializer)?.WalkDownConversion() is IObjectCreationOperation;

    /// <summary>
    /// For a creation that initializes a local read exactly once, as a call's argument, that argument; otherwise null.
    /// </summary>
    public static IArgumentOperation? FindSingleUse(IObjectCreationOperation creation)
    {
        if (creation.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }
            || creation.SemanticModel is not { } model
            || FindSoleReader(declarator.Symbol, creation.Syntax.SyntaxTree) is not { } reader
            || model.GetOperation(reader) is not ILocalReferenceOperation reference
            || !SymbolEqualityComparer.Default.Equals(reference.Local, declarator.Symbol))
        {
            return null;
        }

        var parent = reference.Parent;
        while (parent is IConversionOperation { OperatorMethod: null })
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation } argument ? argument : null;
    }

    private static IdentifierNameSyntax? FindSoleReader(ILocalSymbol local, SyntaxTree tree)
    {
        if (HolderDeclaration.Find(local, tree) is not { } declaration)
        {
            return null;
        }

        var usage = HolderUsage.Analyze(declaration.ReadScope, local.Name);
        if (usage.IsWritten || usage.IsMemberWritten || usage.References != 1)
        {
            return null;
        }

        foreach (var node in declaration.ReadScope.DescendantNodes())
        {
            if (node is IdentifierNameSyntax identifier && identifier.Identifier.ValueText == local.Name)
            {
                return identifier;
            }
        }

        return null;
    }
}
