using Skytells.Aot.Analyzers.Tests.Infrastructure;
using static Skytells.Aot.Analyzers.Tests.Infrastructure.Expect;

namespace Skytells.Aot.Analyzers.Tests;

/// <summary>Issue 11's twins for the saved model list: what it marks Edge-capable or merely lists is not reported.</summary>
public sealed partial class MustNotFlagTests
{
    private const string ServerList = """
        [
          {"namespace":"truefusion-pro","type":"image","metadata":{"edge_compatible":true}},
          {"namespace":"brand-new-model","type":"image","metadata":{"edge_compatible":true}},
          {"namespace":"listed-without-flag","type":"image","metadata":null},
          {"namespace":"sora-2","type":"video","metadata":{"edge_compatible":false}}
        ]
        """;

    [Fact]
    public Task Models_the_saved_list_marks_Edge_capable_or_lists_are_neither_SKY1001_nor_SKY1002() => Verify.WithModelListAsync(
        Code.InMethod("""
            await client.Edge.Predictions.CreateAsync("truefusion-pro", input);
            await client.Edge.Predictions.CreateAsync("brand-new-model", input);
            await client.Edge.Predictions.CreateAsync("listed-without-flag", input);
            await client.Predictions.CreateAsync("sora-2", input);
            """),
        ServerList,
        Verify.ModelListPath);

    [Fact]
    public Task A_list_under_another_name_is_read_when_the_package_targets_mark_it() => new SkytellsCodeFixTest
    {
        TestCode = Code.InMethod("""await client.Edge.Predictions.CreateAsync("truefusion-pro", input);"""),
        TestState =
        {
            AdditionalFiles = { ("/0/config/models.json", ServerList) },
            AnalyzerConfigFiles =
            {
                ("/.globalconfig", """
                    is_global = true

                    [/0/config/models.json]
                    build_metadata.AdditionalFiles.SkytellsModelList = true
                    """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task A_list_under_another_name_that_nothing_marks_is_not_read() => Verify.WithModelListAsync(
        Code.InMethod("""await client.Edge.Predictions.CreateAsync({|#0:"truefusion-pro"|}, input);"""),
        ServerList,
        "/0/config/models.json",
        Sky1001("truefusion-pro"));

    [Fact]
    public Task The_users_own_list_wins_over_the_saved_list() => new SkytellsCodeFixTest
    {
        TestCode = Code.InMethod("""await client.Edge.Predictions.CreateAsync("sora-2", input);"""),
        TestState =
        {
            AdditionalFiles = { (Verify.ModelListPath, ServerList) },
            AnalyzerConfigFiles = { ("/.editorconfig", "root = true\n\n[*.cs]\nskytells.edge_additional_models = sora-2\n") },
        },
    }.RunAsync();
}
