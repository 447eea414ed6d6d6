namespace Skytells.Aot.Analyzers.Tests.ModelList;

/// <summary>The reader of saved <c>GET /models</c> answers in src/Common (compiled into the analyzer).</summary>
public sealed class ModelListReaderTests
{
    // The shape of spec section 2.7, with the fields the reader does not need (vendor, pricing, schemas) present.
    private const string Answer = """
        [
          {"name":"TrueFusion","description":"TrueFusion Standard","namespace":"truefusion","type":"image","privacy":"public","img_url":null,
           "vendor":{"name":"Skytells","description":"\u2026","image_url":"https://example.test/v.png","verified":true,"slug":"skytells","metadata":null},
           "billable":true,"pricing":{"amount":0.03,"currency":"USD","unit":"image","criterias":[{"field":"resolution","operator":"==","value":1080,"billable_price":1e-1,"unit":"image"}]},
           "capabilities":["text-to-image"],
           "metadata":{"edge_compatible":false,"openai_compatible":false,"cold_boot":false,"deployment_hardware":{"type":"gpu","slug":"a100"}},"status":"operational",
           "input_schema":{"type":"object","required":["prompt"],"properties":{"prompt":{"type":"string","title":"Prompt \"text\""},"steps":{"type":"integer","minimum":-1,"maximum":50}}}},
          {"name":"TrueFusion Edge","namespace":"truefusion-edge","type":"image","metadata":{"edge_compatible":true},"status":"operational","future_field":[[{}],[]]},
          {"name":null,"namespace":"brand-new","type":"video","metadata":null,"status":"offline"},
          {"namespace":"quiet-model"}
        ]
        """;

    [Fact]
    public void Reads_slug_edge_flag_name_type_and_status_and_skips_everything_else()
    {
        var models = ModelListReader.Parse(Answer);

        Assert.Equal(["truefusion", "truefusion-edge", "brand-new", "quiet-model"], models.Select(m => m.Slug));
        Assert.Equal([false, true, null, null], models.Select(m => m.EdgeCompatible));
        Assert.Equal(["TrueFusion", "TrueFusion Edge", null, null], models.Select(m => m.Name));
        Assert.Equal(["image", "image", "video", null], models.Select(m => m.Type));
        Assert.Equal(["operational", "operational", "offline", null], models.Select(m => m.Status));
    }

    [Fact]
    public void Accepts_a_byte_order_mark_escapes_and_an_empty_list()
    {
        Assert.Empty(ModelListReader.Parse("\uFEFF [ ]\r\n"));
        var model = Assert.Single(ModelListReader.Parse("""[{"namespace":"a\u002Db\/c","name":"tab\there"}]"""));
        Assert.Equal(("a-b/c", "tab\there"), (model.Slug, model.Name));
    }

    [Fact]
    public void A_slug_listed_twice_with_the_same_flag_is_kept_once()
    {
        var models = ModelListReader.Parse("""[{"namespace":"a","metadata":{"edge_compatible":true}},{"namespace":"a","metadata":{"edge_compatible":true}}]""");

        Assert.Equal("a", Assert.Single(models).Slug);
    }

    [Theory]
    [InlineData("""{"data":[]}""", 1, 1, "expected '['")]
    [InlineData("[\n  {\"name\":\"x\"}\n]", 2, 3, "model 1 has no 'namespace'")]
    [InlineData("""[{"namespace":"a","metadata":{"edge_compatible":"yes"}}]""", 1, 49, "expected true, false or null for 'edge_compatible'")]
    [InlineData("""[{"namespace":"a"},]""", 1, 20, "expected '{' to start model 2")]
    [InlineData("""[{"namespace":"a}]""", 1, 19, "unterminated string")]
    [InlineData("""[{"namespace":"a"}] trailing""", 1, 21, "unexpected text after the end")]
    [InlineData("""[{"namespace":7}]""", 1, 15, "expected a string or null for 'namespace'")]
    [InlineData("""[{"namespace":"a","x":tru}]""", 1, 23, "expected a JSON value")]
    [InlineData("""[{"namespace":"a\q"}]""", 1, 17, "invalid escape")]
    [InlineData("""[{"namespace":"a","metadata":{"edge_compatible":true}},{"namespace":"a","metadata":{"edge_compatible":false}}]""", 1, 56, "listed twice")]
    [InlineData("[", 1, 2, "the file ends here")]
    [InlineData("", 1, 1, "expected '['")]
    public void Malformed_input_names_the_problem_and_where(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<ModelListFormatException>(() => ModelListReader.Parse(text));

        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith($"({line},{column}): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_not_a_stack_overflow()
    {
        var deep = "[{\"namespace\":\"a\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}]";

        var error = Assert.Throws<ModelListFormatException>(() => ModelListReader.Parse(deep));

        Assert.Contains("nest deeper", error.Problem, StringComparison.Ordinal);
    }
}
