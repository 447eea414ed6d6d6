using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>Reference assemblies and the compiled library stub, resolved once per test run.</summary>
internal static class TestReferences
{
    // The package source holds only some Microsoft.NETCore.App.Ref versions; ReferenceAssemblies.Net.* ask for others.
    public static ReferenceAssemblies Net10 { get; } = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "10.0.10"),
        Path.Combine("ref", "net10.0"));

    // Roslyn 4.8 (the analyzer's floor) parses C# 12 at most.
    public static LanguageVersion LanguageVersion => LanguageVersion.CSharp12;

    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Framework =
        new(() => Net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    private static readonly Lazy<Task<MetadataReference>> Library = new(CompileLibraryAsync);

    /// <summary>The framework reference assemblies.</summary>
    public static Task<ImmutableArray<MetadataReference>> GetFrameworkAsync() => Framework.Value;

    /// <summary>The stub compiled as an assembly named Skytells.Aot.</summary>
    public static Task<MetadataReference> GetLibraryAsync() => Library.Value;

    private static async Task<MetadataReference> CompileLibraryAsync()
    {
        var compilation = CSharpCompilation.Create(
            "Skytells.Aot",
            [CSharpSyntaxTree.ParseText(SkytellsLibraryStub.Source, new CSharpParseOptions(LanguageVersion))],
            await GetFrameworkAsync(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The library stub does not compile: " + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
