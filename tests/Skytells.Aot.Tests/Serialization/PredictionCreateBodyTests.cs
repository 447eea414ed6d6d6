using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Skytells.Tests.Serialization;

public sealed class PredictionCreateBodyTests
{
    private static JsonElement Write<T>(string model, T input, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, PredictionWebhook? webhook = null, bool? awaitResult = null, bool? stream = null)
    {
        var bytes = PredictionCreateBody.Write(model, input, info, webhook, awaitResult, stream);
        return JsonDocument.Parse(bytes).RootElement.Clone();
    }

    [Fact]
    public void Typed_image_input_is_written_in_snake_case_without_nulls()
    {
        var body = Write("truefusion-edge", new ImageInput { Prompt = "fox", Width = 512, Height = 512, NumInferenceSteps = 4, NumberOfImages = 2 }, SkytellsJsonContext.Default.ImageInput);
        Assert.Equal("truefusion-edge", body.GetProperty("model").GetString());
        var input = body.GetProperty("input");
        Assert.Equal("fox", input.GetProperty("prompt").GetString());
        Assert.Equal(4, input.GetProperty("num_inference_steps").GetInt32());
        Assert.Equal(2, input.GetProperty("number_of_images").GetInt32());
        Assert.False(input.TryGetProperty("seed", out _));
        Assert.False(body.TryGetProperty("webhook", out _));
        Assert.False(body.TryGetProperty("await", out _));
    }

    [Fact]
    public void A_webhook_without_events_is_a_plain_url_and_with_events_an_object()
    {
        var plain = Write("m", new JsonObject(), JsonNodeContext.Default.JsonObject, "https://app/hook", awaitResult: true, stream: false);
        Assert.Equal("https://app/hook", plain.GetProperty("webhook").GetString());
        Assert.True(plain.GetProperty("await").GetBoolean());
        Assert.False(plain.GetProperty("stream").GetBoolean());

        var withEvents = Write("m", new JsonObject(), JsonNodeContext.Default.JsonObject, new PredictionWebhook("https://app/hook", ["completed", "failed"]));
        Assert.Equal("https://app/hook", withEvents.GetProperty("webhook").GetProperty("url").GetString());
        Assert.Equal(2, withEvents.GetProperty("webhook").GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void A_caller_type_is_written_with_its_own_type_info()
    {
        var body = Write("truefusion-pro", new CustomInput("castle", 7), CustomInputContext.Default.CustomInput);
        Assert.Equal("castle", body.GetProperty("input").GetProperty("Scene").GetString());
        Assert.Equal(7, body.GetProperty("input").GetProperty("Variant").GetInt32());
    }

    [Fact]
    public void Json_object_input_is_written_verbatim()
    {
        var input = new JsonObject { ["prompt"] = "a", ["nested"] = new JsonObject { ["x"] = 1 } };
        var body = Write("m", input, JsonNodeContext.Default.JsonObject);
        Assert.Equal(1, body.GetProperty("input").GetProperty("nested").GetProperty("x").GetInt32());
        Assert.Equal("""{"model":"m","input":{"prompt":"a","nested":{"x":1}}}""",
            Encoding.UTF8.GetString(PredictionCreateBody.Write("m", input, JsonNodeContext.Default.JsonObject, null, null, null)));
    }
}

public sealed record CustomInput(string Scene, int Variant);

[JsonSerializable(typeof(CustomInput))]
internal sealed partial class CustomInputContext : JsonSerializerContext;
