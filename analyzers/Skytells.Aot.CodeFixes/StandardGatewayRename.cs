using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Skytells.Aot.CodeFixes;

/// <summary>
/// Sends a call to the Standard gateway by renaming the one <c>Edge</c> identifier that routes it to Edge:
/// <c>client.Edge</c> becomes <c>client.Standard</c>, <c>SkytellsGateway.Edge</c> becomes <c>SkytellsGateway.Standard</c>.
/// The analyzer offers the location only when that identifier routes no other call.
/// </summary>
internal static class StandardGatewayRename
{
    private const string EdgeName = "Edge";
    private const string StandardName = "Standard";

    /// <summary>Returns <paramref name="document"/> with the <c>Edge</c> identifier at <paramref name="span"/> renamed.</summary>
    public static async Task<Document> RenameAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root?.FindNode(span, getInnermostNodeForTie: true) is not IdentifierNameSyntax { Identifier.ValueText: EdgeName } name)
        {
            return document;
        }

        var renamed = SyntaxFactory.IdentifierName(StandardName).WithTriviaFrom(name);
        return document.WithSyntaxRoot(root.ReplaceNode(name, renamed));
    }
}
