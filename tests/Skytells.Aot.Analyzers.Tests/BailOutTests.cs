using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Skytells.Aot.Analyzers.Tests.Infrastructure;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>A compilation without Skytells.Aot gets no actions at all, so the analyzer costs it nothing.</summary>
public sealed class BailOutTests
{
    [Fact]
    public async Task Compilations_without_the_library_get_no_registrations()
    {
        var starts = RecordingAnalysisContext.Initialize(new EdgeModelAnalyzer());
        var compilation = CSharpCompilation.Create("Unrelated", [CSharpSyntaxTree.ParseText("class C { }")], await TestReferences.GetFrameworkAsync());

        var context = new RecordingCompilationStartContext(compilation);
        Assert.Single(starts).Invoke(context);

        Assert.Equal(0, context.Registrations);
    }

    [Fact]
    public async Task Compilations_with_the_library_get_operation_actions_and_the_model_list_action_only()
    {
        var starts = RecordingAnalysisContext.Initialize(new EdgeModelAnalyzer());
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("class C { }")],
            [.. await TestReferences.GetFrameworkAsync(), await TestReferences.GetLibraryAsync()]);

        var context = new RecordingCompilationStartContext(compilation);
        Assert.Single(starts).Invoke(context);

        // Nothing at compilation end, symbol end or per syntax node: every diagnostic is reported live.
        Assert.True(context.OperationRegistrations > 0);
        Assert.Equal(1, context.AdditionalFileRegistrations);
        Assert.Equal(context.Registrations, context.OperationRegistrations + context.AdditionalFileRegistrations);
    }

    [Fact]
    public void The_analyzer_runs_concurrently_and_skips_generated_code()
    {
        var context = new RecordingAnalysisContext();
        new EdgeModelAnalyzer().Initialize(context);

        Assert.True(context.Concurrent);
        Assert.Equal(GeneratedCodeAnalysisFlags.None, context.GeneratedCode);
    }

    private sealed class RecordingAnalysisContext : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> Starts { get; } = [];

        public bool Concurrent { get; private set; }

        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }

        public static List<Action<CompilationStartAnalysisContext>> Initialize(DiagnosticAnalyzer analyzer)
        {
            var context = new RecordingAnalysisContext();
            analyzer.Initialize(context);
            return context.Starts;
        }

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Starts.Add(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unexpected();

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unexpected();

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unexpected();

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unexpected();

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unexpected();

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unexpected();

        private static InvalidOperationException Unexpected() => new("Only compilation-start actions are expected at initialization.");
    }

    private sealed class RecordingCompilationStartContext(Compilation compilation)
        : CompilationStartAnalysisContext(compilation, new AnalyzerOptions([]), CancellationToken.None)
    {
        public int Registrations { get; private set; }

        public int OperationRegistrations { get; private set; }

        public int AdditionalFileRegistrations { get; private set; }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
            Registrations++;
            AdditionalFileRegistrations++;
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
            Registrations++;
            OperationRegistrations++;
        }

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => Registrations++;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => Registrations++;

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => Registrations++;

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => Registrations++;

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => Registrations++;

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => Registrations++;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => Registrations++;

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => Registrations++;

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => Registrations++;

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) => Registrations++;
    }
}
