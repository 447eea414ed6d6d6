using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs the analyzer the way the compiler does, without the test framework (which turns every rule on and does not
/// report analyzer exceptions as such): default severities apply, and every exception is captured.
/// </summary>
internal static class RawAnalysis
{
    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }

    public sealed record Result(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions);

    /// <summary>Analyzes <paramref name="source"/> compiled against the library stub.</summary>
    /// <param name="source">The consumer's code.</param>
    /// <param name="libraryAsSource">Compile the stub into the same compilation (the library analyzing itself).</param>
    /// <param name="enableAll">Turn SKY1003 on, so every code path runs.</param>
    /// <param name="additionalFiles">AdditionalFiles of the project (a saved model list, say).</param>
    public static async Task<Result> RunAsync(
        string source,
        bool libraryAsSource = false,
        bool enableAll = false,
        (string Path, string Text)[]? additionalFiles = null)
    {
        var parseOptions = new CSharpParseOptions(TestReferences.LanguageVersion);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, parseOptions, path: "/0/Test0.cs") };
        var references = new List<MetadataReference>(await TestReferences.GetFrameworkAsync());
        if (libraryAsSource)
        {
            trees.Add(CSharpSyntaxTree.ParseText(SkytellsLibraryStub.Source, parseOptions, path: "/0/Skytells.cs"));
        }
        else
        {
            references.Add(await TestReferences.GetLibraryAsync());
        }

        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        if (enableAll)
        {
            options = options.WithSpecificDiagnosticOptions([new KeyValuePair<string, ReportDiagnostic>(DiagnosticIds.EdgeModelNotConstant, ReportDiagnostic.Warn)]);
        }

        var compilation = CSharpCompilation.Create("Consumer", trees, references, options);
        var exceptions = new ConcurrentQueue<Exception>();
        var analyzerOptions = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([.. (additionalFiles ?? []).Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Text))]),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers([new EdgeModelAnalyzer()], analyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        return new Result(diagnostics, [.. exceptions]);
    }
}
