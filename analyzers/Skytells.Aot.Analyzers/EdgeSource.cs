using Microsoft.CodeAnalysis;

namespace Skytells.Aot.Analyzers;

/// <summary>
/// What the analyzer proved about a receiver: whether it is bound to the Edge gateway and, when one identifier decided
/// it, which <c>Edge</c> identifier the "send to Standard" fix would rename.
/// </summary>
/// <remarks>
/// Renaming is right only when that identifier routes no other call. When the proof went through holders (a local or
/// a private member holding the client), each must be read exactly once; that costs a walk of the holder's scope, so
/// it is recorded here and checked only when a diagnostic is actually reported.
/// </remarks>
internal readonly struct EdgeSource
{
    private EdgeSource(bool isEdge, SyntaxNode? standardFixTarget, SingleReader? readers, bool isCutShort = false)
    {
        IsEdge = isEdge;
        StandardFixTarget = standardFixTarget;
        Readers = readers;
        IsCutShort = isCutShort;
    }

    /// <summary>Nothing is proven: the analyzer stays silent.</summary>
    public static EdgeSource Unknown => default;

    /// <summary>
    /// Nothing is proven because the chain was deeper than the analyzer follows. Not cached: the same member reached
    /// from a shallower start might be proven, and results must not depend on which call asked first.
    /// </summary>
    public static EdgeSource CutShort => new(isEdge: false, standardFixTarget: null, readers: null, isCutShort: true);

    /// <summary>Whether this unknown came from the depth limit (see <see cref="CutShort"/>).</summary>
    public bool IsCutShort { get; }

    /// <summary>The receiver is bound to Edge.</summary>
    public bool IsEdge { get; }

    /// <summary>The <c>Edge</c> identifier to rename to <c>Standard</c>, or null when no such local fix exists.</summary>
    public SyntaxNode? StandardFixTarget { get; }

    /// <summary>The holders that must each be read once for <see cref="StandardFixTarget"/> to apply.</summary>
    public SingleReader? Readers { get; }

    /// <summary>Bound to Edge, with the identifier that made it so when it can be renamed.</summary>
    public static EdgeSource Edge(SyntaxNode? standardFixTarget) => new(isEdge: true, standardFixTarget, readers: null);

    /// <summary>The same proof, reached through a holder that must be read once for the rename to apply.</summary>
    public EdgeSource Through(string holderName, SyntaxNode readScope) =>
        StandardFixTarget is null ? this : new(IsEdge, StandardFixTarget, new SingleReader(holderName, readScope, Readers));

    /// <summary>The same proof without the rename.</summary>
    public EdgeSource WithoutStandardFix() => new(IsEdge, standardFixTarget: null, readers: null);

    /// <summary>The rename target when every holder on the way is read once, else null.</summary>
    public SyntaxNode? GetStandardFixTarget()
    {
        for (var reader = Readers; reader is not null; reader = reader.Next)
        {
            if (HolderUsage.Analyze(reader.Scope, reader.Name).References != 1)
            {
                return null;
            }
        }

        return StandardFixTarget;
    }

    /// <summary>A holder named <see cref="Name"/> that must be referenced once in <see cref="Scope"/>.</summary>
    internal sealed class SingleReader(string name, SyntaxNode scope, SingleReader? next)
    {
        public string Name { get; } = name;

        public SyntaxNode Scope { get; } = scope;

        public SingleReader? Next { get; } = next;
    }
}
