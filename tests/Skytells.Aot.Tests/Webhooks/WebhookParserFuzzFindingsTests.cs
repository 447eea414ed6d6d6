using System.Text;

namespace Skytells.Tests.Webhooks;

/// <summary>
/// Inputs the webhook fuzzer found that escaped <see cref="WebhookEventParser.Parse"/> as exceptions other than
/// <see cref="SkytellsWebhookException"/>: undecodable text must now be an ordinary <c>INVALID_JSON</c> rejection
/// (HTTP 400), and an unrepresentable timestamp reads as absent, as it does in every API answer.
/// </summary>
public sealed class WebhookParserFuzzFindingsTests
{
    private const string Secret = HostileSignatureTests.Secret;

    // Valid JSON, but no DateTimeOffset holds these unix times: they escaped as ArgumentOutOfRangeException, from the
    // converter every answer shares; it now reads them as null.
    private static readonly string[] OutOfRangeTimestampBodies =
    [
        """{"id":"p1","status":"succeeded","created_at":-62135596801}""",
        """{"id":"p1","status":"succeeded","completed_at":253402300800}""",
        """{"id":"p1","status":"succeeded","updated_at":9223372036854775807}""",
        """{"type":"prediction.succeeded","data":{"id":"p1","status":"succeeded","started_at":-9223372036854775808}}""",
    ];

    // Text the reader cannot decode at the top level, where the parser looks for the envelope's fields: these escaped
    // as InvalidOperationException.
    private static readonly byte[][] UndecodableTopLevelTextBodies =
    [
        Utf8("""{"type":"prediction.succeeded\uD800","data":{"id":"p1","status":"succeeded"}}"""),
        Utf8("""{"type":"complete\uD800\u0041d","data":{"id":"p1","status":"processing"}}"""),
        Utf8("""{"type":"\uDC00","data":{"id":"p1","status":"processing"}}"""),
        [.. Utf8("""{"type":"prediction.su"""), 0xFF, .. Utf8("""cceeded","data":{"id":"p1","status":"succeeded"}}""")],
        Utf8("""{"\uD800":1,"id":"p1","status":"succeeded"}"""),
        Utf8("""{"da\uDFFFta":{"id":"p1","status":"succeeded"},"type":"completed"}"""),
        Utf8("""{"type":"completed","created_at":"2026-03-06T2\uDFFF0:15:24Z","data":{"id":"p1","status":"succeeded"}}"""),
    ];

    public static TheoryData<string> OutOfRangeTimestamps => new(OutOfRangeTimestampBodies);

    public static TheoryData<byte[]> UndecodableTopLevelText => new(UndecodableTopLevelTextBodies);

    [Theory]
    [MemberData(nameof(OutOfRangeTimestamps))]
    public void A_timestamp_outside_what_DateTimeOffset_holds_reads_as_absent(string body)
    {
        var prediction = WebhookEventParser.Parse(Encoding.UTF8.GetBytes(body)).Prediction;
        Assert.Equal("p1", prediction.Id);
        Assert.Null(prediction.CreatedAt);
        Assert.Null(prediction.StartedAt);
        Assert.Null(prediction.CompletedAt);
        Assert.Null(prediction.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(UndecodableTopLevelText))]
    public void Undecodable_text_among_the_envelope_fields_is_INVALID_JSON(byte[] body) =>
        AssertInvalidJson(body);

    [Fact]
    public async Task The_receiver_refuses_such_a_correctly_signed_body_as_INVALID_JSON_and_remembers_nothing()
    {
        var store = new InMemoryWebhookIdempotencyStore();
        var receiver = new WebhookReceiver(Secret, store);
        var signer = new WebhookVerifier(Secret);

        foreach (var body in UndecodableTopLevelTextBodies)
        {
            var error = await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await receiver.ReceiveAsync(new MemoryStream(body), signer.Sign(body), TestContext.Token));
            Assert.Equal(SkytellsWebhookException.InvalidJsonErrorId, error.ErrorId);
            SecretAssert.NotShown(Secret, error);
        }

        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void Timestamps_at_the_edges_of_the_range_still_parse() =>
        Assert.Equal(
            DateTimeOffset.MaxValue.ToUnixTimeSeconds(),
            WebhookEventParser.Parse("""{"id":"p1","status":"succeeded","created_at":-62135596800,"completed_at":253402300799}"""u8).Prediction.CompletedAt!.Value.ToUnixTimeSeconds());

    private static void AssertInvalidJson(byte[] body)
    {
        var error = Assert.Throws<SkytellsWebhookException>(() => WebhookEventParser.Parse(body));
        Assert.Equal(SkytellsWebhookException.InvalidJsonErrorId, error.ErrorId);
        Assert.StartsWith("The webhook body is not a Skytells delivery", error.Message, StringComparison.Ordinal);
    }

    // Raw string literals keep \uD800 as the six characters of a JSON escape, which is what a sender would put on the wire.
    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
