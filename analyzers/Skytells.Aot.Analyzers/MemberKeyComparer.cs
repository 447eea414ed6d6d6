using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>Compares (member, file) keys by symbol identity and by reference for the file.</summary>
internal sealed class MemberKeyComparer : IEqualityComparer<(ISymbol Member, SyntaxTree? Tree)>
{
    public static readonly MemberKeyComparer Instance = new();

    public bool Equals((ISymbol Member, SyntaxTree? Tree) x, (ISymbol Member, SyntaxTree? Tree) y) =>
        x.Tree == y.Tree && SymbolEqualityComparer.Default.Equals(x.Member, y.Member);

    public int GetHashCode((ISymbol Member, SyntaxTree? Tree) key) =>
        (SymbolEqualityComparer.Default.GetHashCode(key.Member) * 397) ^ (key.Tree?.GetHashCode() ?? 0);
}
