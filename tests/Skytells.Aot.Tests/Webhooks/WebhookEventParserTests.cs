using System.Text;

namespace Skytells.Tests.Webhooks;

public sealed class WebhookEventParserTests
{
    private const string RawSucceeded = """
        {"id":"p1","status":"succeeded","output":["https://cdn.test/0.png"],"created_at":"2026-03-06T20:15:20.000000Z",
         "completed_at":"2026-03-06T20:15:23.000000Z","updated_at":"2026-03-06T20:15:23.000000Z","model":{"name":"truefusion","type":"image"}}
        """;

    [Fact]
    public void A_raw_prediction_body_becomes_an_event_named_after_its_status()
    {
        var parsed = Parse(RawSucceeded);

        Assert.False(parsed.IsEnvelope);
        Assert.Equal("prediction.succeeded", parsed.Type);
        Assert.Equal("p1", parsed.Prediction.Id);
        Assert.Equal(PredictionStatus.Succeeded, parsed.Prediction.Status);
        Assert.Equal(["https://cdn.test/0.png"], parsed.Prediction.Output);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 20, 15, 23, TimeSpan.Zero), parsed.CreatedAt);
        Assert.Equal("p1:succeeded", parsed.IdempotencyKey);
    }

    [Fact]
    public void The_envelope_body_is_unwrapped_with_its_type_and_creation_time()
    {
        var parsed = Parse($$"""{"type":"prediction.succeeded","created_at":"2026-03-06T20:15:24.000000Z","data":{{RawSucceeded}}}""");

        Assert.True(parsed.IsEnvelope);
        Assert.Equal("prediction.succeeded", parsed.Type);
        Assert.Equal("p1", parsed.Prediction.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 20, 15, 24, TimeSpan.Zero), parsed.CreatedAt);
        Assert.Equal(["https://cdn.test/0.png"], parsed.Prediction.Output);
    }

    [Theory]
    [InlineData("completed", "prediction.succeeded")]
    [InlineData("succeeded", "prediction.succeeded")]
    [InlineData("prediction.succeeded", "prediction.succeeded")]
    [InlineData("failed", "prediction.failed")]
    [InlineData("prediction.failed", "prediction.failed")]
    [InlineData("canceled", "prediction.cancelled")]
    [InlineData("cancelled", "prediction.cancelled")]
    [InlineData("prediction.cancelled", "prediction.cancelled")]
    [InlineData("started", "prediction.starting")]
    [InlineData("starting", "prediction.starting")]
    [InlineData("start", "prediction.starting")]
    [InlineData("prediction.started", "prediction.starting")]
    [InlineData("PREDICTION.COMPLETED", "prediction.succeeded")]
    public void Envelope_event_names_of_every_vocabulary_are_normalised(string type, string expected) =>
        Assert.Equal(expected, Parse($$$"""{"type":"{{{type}}}","data":{"id":"p1","status":"processing"}}""").Type);

    [Theory]
    [InlineData("canceled", "prediction.cancelled")]
    [InlineData("queued", "prediction.pending")]
    [InlineData("started", "prediction.starting")]
    [InlineData("processing", "prediction.processing")]
    public void Raw_status_spellings_are_normalised(string status, string expected) =>
        Assert.Equal(expected, Parse($$"""{"id":"p1","status":"{{status}}"}""").Type);

    [Fact]
    public void An_unknown_envelope_type_falls_back_to_the_status_and_is_never_double_prefixed()
    {
        Assert.Equal("prediction.succeeded", Parse("""{"type":"prediction.output","data":{"id":"p1","status":"succeeded"}}""").Type);
        Assert.Equal("prediction.logs", Parse("""{"type":"prediction.logs","data":{"id":"p1","status":"warming"}}""").Type);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"id\":\"p1\",")]
    [InlineData("[{\"id\":\"p1\"}]")]
    [InlineData("\"p1\"")]
    [InlineData("{\"status\":\"succeeded\"}")] // no id
    [InlineData("{\"id\":\"\",\"status\":\"succeeded\"}")]
    [InlineData("{\"type\":\"prediction.succeeded\",\"data\":{\"status\":\"succeeded\"}}")] // envelope without an id
    [InlineData("{\"type\":42,\"data\":{\"id\":\"p1\",\"status\":\"succeeded\"}}")] // a type that is not a string
    [InlineData("{\"id\":17,\"status\":\"succeeded\"}")]
    public void Bodies_that_are_not_deliveries_throw_INVALID_JSON(string body)
    {
        var error = Assert.Throws<SkytellsWebhookException>(() => Parse(body));

        Assert.Equal(SkytellsWebhookException.InvalidJsonErrorId, error.ErrorId);
        Assert.Equal("INVALID_JSON", error.ErrorId);
    }

    private static WebhookEvent Parse(string body) => WebhookEventParser.Parse(Encoding.UTF8.GetBytes(body));

    [Fact]
    public void Trailing_data_after_the_delivery_is_refused()
    {
        var error = Assert.Throws<SkytellsWebhookException>(() => WebhookEventParser.Parse("""{"id":"p1","status":"succeeded"} {"id":"p2"}"""u8));
        Assert.Equal(SkytellsWebhookException.InvalidJsonErrorId, error.ErrorId);
    }
}
