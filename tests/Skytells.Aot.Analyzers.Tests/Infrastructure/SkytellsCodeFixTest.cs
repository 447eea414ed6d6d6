using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Skytells.Aot.CodeFixes;

namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>
/// The analyzer and its code fixes against a project that references the Skytells.Aot stub, with C# 12 (Roslyn 4.8)
/// and the invariant culture, so messages compare the same on every machine.
/// </summary>
internal sealed class SkytellsCodeFixTest : CSharpCodeFixTest<EdgeModelAnalyzer, EdgeModelCodeFixProvider, DefaultVerifier>
{
    public SkytellsCodeFixTest()
    {
        ReferenceAssemblies = TestReferences.Net10;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }

    /// <summary>Whether the stub is referenced as Skytells.Aot (false: a project that does not use the library).</summary>
    public bool ReferenceLibrary { get; set; } = true;

    protected override ParseOptions CreateParseOptions() =>
        ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(TestReferences.LanguageVersion);

    protected override async Task RunImplAsync(CancellationToken cancellationToken)
    {
        if (ReferenceLibrary)
        {
            TestState.AdditionalReferences.Add(await TestReferences.GetLibraryAsync());
        }

        await base.RunImplAsync(cancellationToken);
    }
}
