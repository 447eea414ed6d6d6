using System.Text.Json;

namespace Skytells.Tests.Serialization;

public sealed class PredictionJsonTests
{
    private static Prediction Parse(string json) => JsonSerializer.Deserialize(json, SkytellsJsonContext.Default.Prediction)!;

    [Fact]
    public void Reads_every_documented_field()
    {
        var prediction = Parse("""
            {"id":"0b7c","status":"succeeded","type":"inference","stream":false,
             "input":{"prompt":"red fox","width":512},
             "output":["https://cdn/1.png","https://cdn/2.png"],
             "response":null,"error":null,
             "created_at":"2026-03-04T21:20:58.000000Z","started_at":"2026-03-04T21:20:59+00:00","completed_at":"2026-03-04T21:21:00Z","updated_at":"2026-03-04T21:21:00Z",
             "privacy":"private","source":"api",
             "model":{"name":"truefusion-edge","type":"image"},
             "webhook":{"url":"https://app/hook","events":["completed","failed"]},
             "metrics":{"image_count":2,"predict_time":0.8,"total_time":1.1,"asset_count":2,"progress":100},
             "metadata":{"billing":{"credits_used":0.03},"storage":{"files":[{"name":"1.png","type":"image/png","size":1024,"url":"https://cdn/1.png"}]},"data_available":true},
             "urls":{"get":"https://api/v1/predictions/0b7c","cancel":"https://api/v1/predictions/0b7c/cancel","stream":"https://api/v1/predictions/0b7c/stream","delete":"https://api/v1/predictions/0b7c/delete"}}
            """);
        Assert.Equal("0b7c", prediction.Id);
        Assert.Equal(PredictionStatus.Succeeded, prediction.Status);
        Assert.True(prediction.IsTerminal);
        Assert.Equal("inference", prediction.Type);
        Assert.False(prediction.Stream);
        Assert.Equal("red fox", prediction.Input!.Value.GetProperty("prompt").GetString());
        Assert.Equal(["https://cdn/1.png", "https://cdn/2.png"], prediction.Output);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 21, 20, 58, TimeSpan.Zero), prediction.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 21, 20, 59, TimeSpan.Zero), prediction.StartedAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 21, 21, 0, TimeSpan.Zero), prediction.CompletedAt);
        Assert.Equal("private", prediction.Privacy);
        Assert.Equal("api", prediction.Source);
        Assert.Equal("truefusion-edge", prediction.Model!.Name);
        Assert.Equal("image", prediction.Model.Type);
        Assert.Equal("https://app/hook", prediction.Webhook!.Url);
        Assert.Equal(["completed", "failed"], prediction.Webhook.Events);
        Assert.Equal(2, prediction.Metrics!.ImageCount);
        Assert.Equal(0.8, prediction.Metrics.PredictTime);
        Assert.Equal(100, prediction.Metrics.Progress);
        Assert.Equal(0.03, prediction.Metadata!.Billing!.CreditsUsed);
        Assert.Equal(1024, prediction.Metadata.Storage!.Files[0].Size);
        Assert.True(prediction.Metadata.DataAvailable);
        Assert.Equal(new Uri("https://api/v1/predictions/0b7c"), prediction.Urls!.Get);
        Assert.Equal(new Uri("https://api/v1/predictions/0b7c/delete"), prediction.Urls.Delete);
    }

    [Theory]
    [InlineData("""{"id":"a","output":"https://cdn/song.mp3"}""", new[] { "https://cdn/song.mp3" })]
    [InlineData("""{"id":"a","output":null}""", new string[0])]
    [InlineData("""{"id":"a"}""", new string[0])]
    [InlineData("""{"id":"a","output":["x",null,{"k":1}]}""", new[] { "x", """{"k":1}""" })]
    public void Output_is_always_a_list(string json, string[] expected)
    {
        Assert.Equal(expected, Parse(json).Output);
    }

    [Theory]
    [InlineData("pending", PredictionStatus.Pending)]
    [InlineData("queued", PredictionStatus.Pending)]
    [InlineData("starting", PredictionStatus.Starting)]
    [InlineData("started", PredictionStatus.Starting)]
    [InlineData("processing", PredictionStatus.Processing)]
    [InlineData("succeeded", PredictionStatus.Succeeded)]
    [InlineData("failed", PredictionStatus.Failed)]
    [InlineData("cancelled", PredictionStatus.Cancelled)]
    [InlineData("canceled", PredictionStatus.Cancelled)]
    [InlineData("Succeeded", PredictionStatus.Succeeded)]
    [InlineData("teleporting", PredictionStatus.Unknown)]
    public void Every_status_spelling_is_read(string wire, PredictionStatus expected)
    {
        Assert.Equal(expected, Parse($$"""{"id":"a","status":"{{wire}}"}""").Status);
    }

    [Fact]
    public void Terminal_states_are_exactly_succeeded_failed_cancelled()
    {
        var terminal = Enum.GetValues<PredictionStatus>().Where(s => s.IsTerminal()).ToArray();
        Assert.Equal([PredictionStatus.Succeeded, PredictionStatus.Failed, PredictionStatus.Cancelled], terminal);
    }

    [Fact]
    public void A_plain_string_model_and_an_object_error_are_tolerated()
    {
        var prediction = Parse("""{"id":"a","status":"failed","model":"sora-2","error":{"code":"nsfw"}}""");
        Assert.Equal("sora-2", prediction.Model!.Name);
        Assert.Equal("""{"code":"nsfw"}""", prediction.Error);
    }

    [Fact]
    public void Unknown_fields_are_kept_and_odd_values_do_not_fail_the_parse()
    {
        var prediction = Parse("""{"id":"a","status":"succeeded","success":true,"shard":{"region":"eu"},"created_at":"yesterday","updated_at":1741910220,"metrics":{"progress":"42"}}""");
        Assert.True(prediction.AdditionalProperties!["success"].GetBoolean());
        Assert.Equal("eu", prediction.AdditionalProperties["shard"].GetProperty("region").GetString());
        Assert.Null(prediction.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741910220), prediction.UpdatedAt);
        Assert.Equal(42, prediction.Metrics!.Progress);
    }

    [Theory]
    [InlineData("-62135596801")]
    [InlineData("253402300800")]
    [InlineData("9223372036854775807")]
    public void A_unix_timestamp_out_of_range_reads_as_null(string seconds)
    {
        var prediction = Parse($$"""{"id":"p","status":"succeeded","created_at":{{seconds}}}""");
        Assert.Null(prediction.CreatedAt);
    }

    [Fact]
    public void Urls_are_read_on_demand_and_text_that_is_no_absolute_url_reads_as_null()
    {
        var prediction = Parse("""{"id":"p","status":"processing","urls":{"get":"https://api.skytells.ai/v1/predictions/p","cancel":"not a url","stream":null}}""");
        Assert.Equal(new Uri("https://api.skytells.ai/v1/predictions/p"), prediction.Urls!.Get);
        Assert.Same(prediction.Urls.Get, prediction.Urls.Get);
        Assert.Null(prediction.Urls.Cancel);
        Assert.Null(prediction.Urls.Stream);
        Assert.Null(prediction.Urls.Delete);
    }

    [Fact]
    public void Urls_set_in_code_round_trip()
    {
        var urls = new PredictionUrls { Get = new Uri("https://api.skytells.ai/v1/predictions/x") };
        var json = JsonSerializer.Serialize(new Prediction { Id = "x", Urls = urls }, SkytellsJsonContext.Default.Prediction);
        Assert.Contains("\"get\":\"https://api.skytells.ai/v1/predictions/x\"", json, StringComparison.Ordinal);
        Assert.Equal(urls.Get, Parse(json).Urls!.Get);
    }
}
