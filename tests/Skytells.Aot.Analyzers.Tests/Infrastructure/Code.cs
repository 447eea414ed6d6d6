namespace Skytells.Aot.Analyzers.Tests.Infrastructure;

/// <summary>Wraps statement snippets in a method that has a client and an input at hand.</summary>
internal static class Code
{
    /// <summary>
    /// <paramref name="statements"/> inside <c>async Task Run(SkytellsClient client, JsonObject input, string model)</c>
    /// of class <c>C</c>, with the usual usings.
    /// </summary>
    public static string InMethod(string statements) => /* lang=c#-test */ $$"""
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Skytells;

        class C
        {
            async Task Run(SkytellsClient client, JsonObject input, string model)
            {
                {{Indent(statements, "        ")}}
            }
        }
        """;

    /// <summary><paramref name="members"/> inside class <c>C</c>, with the usual usings.</summary>
    public static string InClass(string members) => /* lang=c#-test */ $$"""
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Skytells;

        class C
        {
            {{Indent(members, "    ")}}
        }
        """;

    /// <summary><paramref name="declarations"/> as a whole file, with the usual usings.</summary>
    public static string File(string declarations) => /* lang=c#-test */ $$"""
        using System.Text.Json.Nodes;
        using System.Threading.Tasks;
        using Skytells;

        {{declarations}}
        """;

    private static string Indent(string text, string indent) =>
        text.ReplaceLineEndings("\n").Replace("\n", "\n" + indent, StringComparison.Ordinal);
}
