using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>Entry points of the tests (the roslyn-sdk <c>VerifyCS</c> idiom).</summary>
internal static class Verify
{
    /// <summary>An expected diagnostic of <paramref name="descriptor"/>; locate it with <c>WithLocation(n)</c> and <c>{|#n:...|}</c>.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new(descriptor);

    /// <summary>Analyzes <paramref name="source"/> and expects exactly <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(source, editorConfig: null, expected);

    /// <summary>Analyzes <paramref name="source"/> with an <c>.editorconfig</c> and expects exactly <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync(string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new SkytellsCodeFixTest { TestCode = source };
        AddEditorConfig(test, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Expects <paramref name="expected"/> in <paramref name="source"/> and the code action <paramref name="key"/> (Fix All
    /// included: the framework also applies it to the whole document, project and solution) to produce <paramref name="fixedSource"/>.
    /// </summary>
    public static Task CodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource, string key, string? editorConfig = null)
    {
        var test = new SkytellsCodeFixTest { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = key };
        AddEditorConfig(test, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Single-diagnostic form of <see cref="CodeFixAsync(string, DiagnosticResult[], string, string, string?)"/>.</summary>
    public static Task CodeFixAsync(string source, DiagnosticResult expected, string fixedSource, string key, string? editorConfig = null) =>
        CodeFixAsync(source, [expected], fixedSource, key, editorConfig);

    /// <summary>Expects <paramref name="expected"/> in <paramref name="source"/> and no code action <paramref name="key"/> for it.</summary>
    public static Task NoCodeFixAsync(string source, DiagnosticResult expected, string key)
    {
        var test = new SkytellsCodeFixTest { TestCode = source, FixedCode = source, CodeActionEquivalenceKey = key };
        test.ExpectedDiagnostics.Add(expected);
        test.FixedState.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    /// <summary>Analyzes a project of several files (name, source) and expects exactly <paramref name="expected"/>.</summary>
    public static Task FilesAsync((string Name, string Source)[] files, params DiagnosticResult[] expected)
    {
        var test = new SkytellsCodeFixTest();
        AddFiles(test.TestState, files);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Several files, <paramref name="expected"/> in them, and the code action <paramref name="key"/> (Fix All
    /// included) turning them into <paramref name="fixedFiles"/> (every file, changed or not).
    /// </summary>
    public static Task FilesCodeFixAsync(
        (string Name, string Source)[] files,
        DiagnosticResult[] expected,
        (string Name, string Source)[] fixedFiles,
        string key)
    {
        var test = new SkytellsCodeFixTest { CodeActionEquivalenceKey = key };
        AddFiles(test.TestState, files);
        AddFiles(test.FixedState, fixedFiles);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Several files, <paramref name="expected"/> in them, and no code action <paramref name="key"/> for it.</summary>
    public static Task NoCodeFixAsync((string Name, string Source)[] files, DiagnosticResult expected, string key)
    {
        var test = new SkytellsCodeFixTest { CodeActionEquivalenceKey = key };
        AddFiles(test.TestState, files);
        AddFiles(test.FixedState, files);
        test.ExpectedDiagnostics.Add(expected);
        test.FixedState.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Analyzes <paramref name="source"/> in a project whose AdditionalFiles hold <paramref name="modelList"/> as
    /// <paramref name="modelListPath"/>, and expects exactly <paramref name="expected"/>.
    /// </summary>
    public static Task WithModelListAsync(string source, string modelList, string modelListPath, params DiagnosticResult[] expected)
    {
        var test = new SkytellsCodeFixTest { TestCode = source };
        test.TestState.AdditionalFiles.Add((modelListPath, modelList));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Like <see cref="WithModelListAsync"/>, then applies the code action <paramref name="key"/> (Fix All included)
    /// and expects <paramref name="fixedSource"/>.
    /// </summary>
    public static Task WithModelListCodeFixAsync(string source, string modelList, DiagnosticResult expected, string fixedSource, string key)
    {
        var test = new SkytellsCodeFixTest { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = key };
        test.TestState.AdditionalFiles.Add((ModelListPath, modelList));
        test.FixedState.AdditionalFiles.Add((ModelListPath, modelList));
        test.ExpectedDiagnostics.Add(expected);
        return test.RunAsync();
    }

    /// <summary>Where the tests put a saved model list that is found by its name.</summary>
    public const string ModelListPath = "/0/skytells-models.json";

    private static void AddFiles(SolutionState state, (string Name, string Source)[] files)
    {
        foreach (var (name, source) in files)
        {
            state.Sources.Add(("/0/" + name, source));
        }
    }

    private static void AddEditorConfig(SkytellsCodeFixTest test, string? editorConfig)
    {
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }
    }
}
