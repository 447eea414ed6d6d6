using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class ChatErrorTests
{
    [Theory]
    [InlineData(EmulatorGateway.Standard)]
    [InlineData(EmulatorGateway.Edge)]
    public async Task Unknown_model_is_404_MODEL_NOT_FOUND_in_the_inference_envelope(EmulatorGateway gateway)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(gateway, "/chat/completions", ChatBodies.User("hi", model: "no-such-model"));

        var error = response.AssertInferenceError(HttpStatusCode.NotFound, "MODEL_NOT_FOUND");
        Assert.Equal("model_not_found", error.GetProperty("code").GetString());
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal("model", error.GetProperty("param").GetString());
    }

    [Fact]
    public async Task Non_edge_catalog_model_on_edge_is_422_with_the_exact_message()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("hi", model: SkytellsModels.TrueFusionPro));

        var error = response.AssertInferenceError((HttpStatusCode)422, "EDGE_NOT_SUPPORTED");
        Assert.Equal("This model does not support Edge routing.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Text_model_without_edge_support_is_refused_on_edge_and_served_on_standard()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.AdditionalModels.Add(new EmulatedModel("standard-only-llm", ModelKindName.Text)));
        var body = ChatBodies.User("hi", model: "standard-only-llm");

        var edge = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", body);
        var standard = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body);

        Assert.Equal("This model does not support Edge routing.", edge.AssertInferenceError((HttpStatusCode)422, "EDGE_NOT_SUPPORTED").GetProperty("message").GetString());
        standard.AssertOk();
    }

    [Theory]
    [InlineData(SkytellsModels.TrueFusionPro)]
    [InlineData(SkytellsModels.Veo31)]
    [InlineData(SkytellsModels.TextEmbedding3Small)]
    public async Task Non_text_model_is_422_INVALID_INPUT(string model)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", ChatBodies.User("hi", model: model));

        response.AssertInferenceError((HttpStatusCode)422, "INVALID_INPUT");
    }

    [Fact]
    public async Task Missing_key_is_401_in_the_inference_envelope()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", ChatBodies.User("hi"), apiKey: null);

        var error = response.AssertInferenceError(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Equal("authentication_error", error.GetProperty("type").GetString());
        Assert.Equal("invalid_api_key", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Pro_key_on_edge_is_403_in_the_inference_envelope()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Edge, "/chat/completions", ChatBodies.User("hi"), EmulatorApiKeys.Pro);

        Assert.Equal("permission_error", response.AssertInferenceError(HttpStatusCode.Forbidden, "FORBIDDEN").GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"model":"deepbrain-router"}""", "messages")]
    [InlineData("""{"model":"deepbrain-router","messages":[]}""", "messages")]
    [InlineData("""{"messages":[{"role":"user","content":"hi"}]}""", "model")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"robot","content":"hi"}]}""", "messages[0].role")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":[{"type":"image_url"}]}]}""", "messages[0].content[0].image_url")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"tool","content":"x"}]}""", "messages[0].tool_call_id")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":"hi"}],"tool_choice":"required"}""", "tool_choice")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"a"}}],"tool_choice":{"type":"function","function":{"name":"b"}}}""", "tool_choice")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":"hi"}],"max_tokens":0}""", "max_tokens")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":"hi"}],"stop":[1]}""", "stop")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":"hi"}],"response_format":{"type":"yaml"}}""", "response_format")]
    [InlineData("""{"model":"deepbrain-router","messages":[{"role":"user","content":"hi"}],"stream":"yes"}""", "stream")]
    public async Task Invalid_fields_are_400_INVALID_PARAMETER_naming_the_field(string body, string param)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", body);

        Assert.Equal(param, response.AssertInferenceError(HttpStatusCode.BadRequest, "INVALID_PARAMETER").GetProperty("param").GetString());
    }

    [Fact]
    public async Task Body_that_is_not_json_is_400_INVALID_REQUEST()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/chat/completions", "{not json");

        Assert.Equal("invalid_request", response.AssertInferenceError(HttpStatusCode.BadRequest, "INVALID_REQUEST").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Rest_paths_keep_the_unified_envelope()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions", apiKey: null)).AssertError(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
    }
}
