using System.Net;
using System.Text.Json;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class PredictionCreateTests
{
    [Theory]
    [InlineData("/predictions")]
    [InlineData("/predict")]
    public async Task Both_create_paths_create_a_prediction(string path)
    {
        await using var host = await EmulatorHost.StartAsync(o => o.ModelLatency[SkytellsModels.TrueFusionPro] = TimeSpan.FromHours(1));

        var response = await host.PostAsync(EmulatorGateway.Standard, path, """{"model":"truefusion-pro","input":{"prompt":"fox","width":1024}}""");

        var json = response.AssertOk().Json;
        var id = json.GetProperty("id").GetString();
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", id);
        var fetched = await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}");
        Assert.Equal(id, fetched.AssertOk().Str("id"));
    }

    [Fact]
    public async Task Prediction_json_has_the_full_shape()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);

        var response = await host.CreateAsync(
            SkytellsModels.TrueFusion,
            input: """{"prompt":"fox","number_of_images":3,"nested":{"a":[1,2]}}""",
            extra: ""","stream":true,"webhook":{"url":"https://example.test/hook","events":["completed"]}""");

        var json = response.AssertOk().Json;
        var id = json.GetProperty("id").GetString()!;
        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        Assert.Equal("inference", json.GetProperty("type").GetString());
        Assert.True(json.GetProperty("stream").GetBoolean());
        Assert.Equal(2, json.GetProperty("input").GetProperty("nested").GetProperty("a")[1].GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("response").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("error").ValueKind);
        foreach (var stamp in new[] { "created_at", "started_at", "completed_at", "updated_at" })
        {
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$", json.GetProperty(stamp).GetString());
        }

        Assert.Equal("private", json.GetProperty("privacy").GetString());
        Assert.Equal("api", json.GetProperty("source").GetString());
        Assert.Equal("truefusion", json.GetProperty("model").GetProperty("name").GetString());
        Assert.Equal("image", json.GetProperty("model").GetProperty("type").GetString());
        Assert.Equal("https://example.test/hook", json.GetProperty("webhook").GetProperty("url").GetString());
        Assert.Equal("completed", json.GetProperty("webhook").GetProperty("events")[0].GetString());

        var origin = host.Emulator.StandardBaseUrl.GetLeftPart(UriPartial.Authority);
        var output = json.GetProperty("output");
        Assert.Equal(3, output.GetArrayLength());
        Assert.Equal($"{origin}/assets/{id}/2.png", output[2].GetString());

        var metrics = json.GetProperty("metrics");
        Assert.Equal(3, metrics.GetProperty("image_count").GetInt32());
        Assert.Equal(100, metrics.GetProperty("progress").GetInt32());
        Assert.True(metrics.TryGetProperty("predict_time", out _));
        Assert.True(metrics.TryGetProperty("total_time", out _));

        var metadata = json.GetProperty("metadata");
        Assert.True(metadata.GetProperty("billing").GetProperty("credits_used").GetDecimal() > 0);
        var files = metadata.GetProperty("storage").GetProperty("files");
        Assert.Equal(3, files.GetArrayLength());
        Assert.Equal("image/png", files[0].GetProperty("type").GetString());
        Assert.Equal(output[0].GetString(), files[0].GetProperty("url").GetString());
        Assert.True(metadata.GetProperty("data_available").GetBoolean());

        var urls = json.GetProperty("urls");
        Assert.Equal($"{host.Emulator.StandardBaseUrl}/predictions/{id}", urls.GetProperty("get").GetString());
        Assert.Equal($"{host.Emulator.StandardBaseUrl}/predictions/{id}/cancel", urls.GetProperty("cancel").GetString());
        Assert.Equal($"{host.Emulator.StandardBaseUrl}/predictions/{id}/stream", urls.GetProperty("stream").GetString());
        Assert.Equal($"{host.Emulator.StandardBaseUrl}/predictions/{id}/delete", urls.GetProperty("delete").GetString());
    }

    [Fact]
    public async Task A_bare_string_webhook_is_stored_with_the_terminal_events()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.CreateAsync(SkytellsModels.TrueFusionPro, extra: ""","webhook":"/api/webhooks/render" """);

        var webhook = response.AssertOk().Json.GetProperty("webhook");
        Assert.Equal("/api/webhooks/render", webhook.GetProperty("url").GetString());
        Assert.Contains("completed", webhook.GetProperty("events").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task No_webhook_is_null()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.CreateAsync(SkytellsModels.TrueFusionPro);

        Assert.Equal(JsonValueKind.Null, response.AssertOk().Json.GetProperty("webhook").ValueKind);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public async Task Body_that_is_not_a_json_object_is_400_INVALID_REQUEST(string body)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/predictions", body);

        response.AssertError(HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }

    [Theory]
    [InlineData("""{"input":{"prompt":"x"}}""")]
    [InlineData("""{"model":"","input":{"prompt":"x"}}""")]
    [InlineData("""{"model":42,"input":{"prompt":"x"}}""")]
    [InlineData("""{"model":"truefusion"}""")]
    [InlineData("""{"model":"truefusion","input":"a prompt"}""")]
    [InlineData("""{"model":"truefusion","input":{},"await":"yes"}""")]
    [InlineData("""{"model":"truefusion","input":{},"stream":1}""")]
    [InlineData("""{"model":"truefusion","input":{},"webhook":42}""")]
    [InlineData("""{"model":"truefusion","input":{},"webhook":{"url":"https://x.test","events":"completed"}}""")]
    public async Task Missing_or_mistyped_fields_are_422_VALIDATION_ERROR(string body)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.PostAsync(EmulatorGateway.Standard, "/predictions", body);

        response.AssertError((HttpStatusCode)422, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Validation_applies_on_edge_too_after_the_plan_gate()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.PostAsync(EmulatorGateway.Edge, "/predictions", """{"input":{}}""")).AssertError((HttpStatusCode)422, "VALIDATION_ERROR");
        (await host.PostAsync(EmulatorGateway.Edge, "/predictions", """{"input":{}}""", EmulatorApiKeys.Free)).AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Fact]
    public async Task Unknown_prediction_is_404_NOT_FOUND()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions/00000000-0000-4000-8000-000000000000")).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task Another_key_cannot_see_a_prediction()
    {
        await using var host = await EmulatorHost.StartAsync();
        var id = (await host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: EmulatorApiKeys.Business)).AssertOk().Str("id");

        (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}", EmulatorApiKeys.Enterprise)).AssertError(HttpStatusCode.NotFound, "NOT_FOUND");
        (await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}", EmulatorApiKeys.Business)).AssertOk();
    }

    [Theory]
    [InlineData("GET", "/nowhere")]
    [InlineData("GET", "/predictions/a/b/c")]
    [InlineData("PUT", "/predictions")]
    [InlineData("POST", "/completions")]
    public async Task Unknown_endpoint_is_404_ENDPOINT_NOT_FOUND(string method, string path)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(new HttpMethod(method), EmulatorGateway.Standard, path, body: method == "GET" ? null : "{}");

        response.AssertError(HttpStatusCode.NotFound, "ENDPOINT_NOT_FOUND");
    }

    [Fact]
    public async Task Path_outside_v1_is_404_ENDPOINT_NOT_FOUND()
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Get, new Uri(host.Emulator.StandardBaseUrl.GetLeftPart(UriPartial.Authority) + "/predictions"));

        response.AssertError(HttpStatusCode.NotFound, "ENDPOINT_NOT_FOUND");
    }

    [Fact]
    public async Task Stream_path_returns_the_prediction_json()
    {
        await using var host = await EmulatorHost.StartAsync(o => o.TimeScale = 0);
        var id = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Str("id");

        var response = await host.GetAsync(EmulatorGateway.Standard, $"/predictions/{id}/stream");

        Assert.Equal(id, response.AssertOk().Str("id"));
        Assert.Equal("succeeded", response.Str("status"));
    }
}
