namespace Skytells.Tests.Webhooks;

/// <summary>
/// Forged, mangled and malformed <c>X-Skytells-Signature</c> headers, each tried through all four ways in: the span and
/// stream verifiers and the memory and stream receivers. A rejection is <c>false</c> from a verifier and
/// <c>WEBHOOK_SIGNATURE_INVALID</c> from a receiver; any other exception fails the test.
/// </summary>
public sealed class HostileSignatureTests
{
    internal const string Secret = "whsec_hostile_unit_secret_7f3a";

    private static readonly byte[] Body = """{"id":"p1","status":"succeeded","output":["https://cdn.test/0.png"]}"""u8.ToArray();
    private static readonly string Genuine = new WebhookVerifier(Secret).Sign(Body);

    public enum Entry
    {
        VerifySpan,
        VerifyStream,
        ReceiveMemory,
        ReceiveStream,
    }

    public static TheoryData<Entry> Entries => [Entry.VerifySpan, Entry.VerifyStream, Entry.ReceiveMemory, Entry.ReceiveStream];

    public static TheoryData<Entry, string> AcceptedHeaders => Cross(
        Genuine,
        Genuine.ToUpperInvariant(),
        MixedCase(Genuine),
        $"  {Genuine}\t\r\n",
        $"\t{MixedCase(Genuine)} ");

    public static TheoryData<Entry, string> RejectedHeaders => Cross(
        "",
        "   ",
        "\t\r\n",
        Genuine[..^1], // truncated by one digit
        Genuine[..32], // truncated to half
        Genuine[..1],
        Genuine + "0", // one digit too long
        Genuine + "00", // one byte too long
        Genuine + Genuine,
        "sha256=" + Genuine, // the spec says no prefix is sent, so none is accepted
        "0x" + Genuine[2..],
        "g" + Genuine[1..], // right length, one non-hex letter
        Genuine[..10] + "-" + Genuine[11..],
        Genuine[..20] + " " + Genuine[21..], // inner whitespace
        Genuine[..30] + "\0" + Genuine[31..],
        "\uFF41" + Genuine[1..], // fullwidth 'a'
        "\u0663" + Genuine[1..], // Arabic-Indic digit three
        Flip(Genuine, 0),
        Flip(Genuine, 63),
        new string('0', 64));

    [Theory]
    [MemberData(nameof(AcceptedHeaders))]
    public async Task The_genuine_signature_is_accepted_whatever_its_case_and_surrounding_whitespace(Entry entry, string header) =>
        Assert.True(await AcceptsAsync(entry, Body, header));

    [Theory]
    [MemberData(nameof(RejectedHeaders))]
    public async Task Malformed_truncated_overlong_or_wrong_headers_are_rejected_without_another_exception(Entry entry, string header) =>
        Assert.False(await AcceptsAsync(entry, Body, header));

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task A_header_far_longer_than_any_signature_is_rejected(Entry entry)
    {
        Assert.False(await AcceptsAsync(entry, Body, new string('a', 64 * 1024)));
        Assert.False(await AcceptsAsync(entry, Body, string.Concat(Enumerable.Repeat(Genuine, 1024))));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task A_missing_header_is_rejected(Entry entry) =>
        Assert.False(await AcceptsAsync(entry, Body, null));

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task A_body_with_one_byte_flipped_no_longer_matches(Entry entry)
    {
        for (var i = 0; i < Body.Length; i++)
        {
            var tampered = (byte[])Body.Clone();
            tampered[i] ^= 0x20;
            Assert.False(await AcceptsAsync(entry, tampered, Genuine), $"flipping byte {i} went unnoticed");
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public async Task A_signature_made_with_another_secret_is_rejected(Entry entry)
    {
        Assert.False(await AcceptsAsync(entry, Body, new WebhookVerifier(Secret + "x").Sign(Body)));
        Assert.False(await AcceptsAsync(entry, Body, new WebhookVerifier("sk-someone-else").Sign(Body)));
    }

    [Fact]
    public async Task The_receiver_says_whether_the_header_is_missing_empty_or_wrong_and_never_shows_the_secret()
    {
        var missing = await RejectionAsync(null);
        var empty = await RejectionAsync("  ");
        var wrong = await RejectionAsync(Flip(Genuine, 5));

        Assert.Contains("has no " + WebhookVerifier.SignatureHeader, missing.Message, StringComparison.Ordinal);
        Assert.Contains("is empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("does not match", wrong.Message, StringComparison.Ordinal);
        foreach (var error in new[] { missing, empty, wrong })
        {
            Assert.Equal(SkytellsWebhookException.SignatureInvalidErrorId, error.ErrorId);
            SecretAssert.NotShown(Secret, error);
        }

        SecretAssert.NotShown(Secret, new WebhookVerifier(Secret).ToString());
        SecretAssert.NotShown(Secret, new WebhookReceiver(Secret).ToString());
    }

    /// <summary>True when <paramref name="entry"/> accepts the delivery; false when it rejects the signature.</summary>
    private static async Task<bool> AcceptsAsync(Entry entry, byte[] body, string? header)
    {
        var verifier = new WebhookVerifier(Secret);
        switch (entry)
        {
            case Entry.VerifySpan:
                return verifier.Verify(body, header);
            case Entry.VerifyStream:
                return await verifier.VerifyAsync(new MemoryStream(body), header, TestContext.Token);
        }

        // A fresh receiver each time, so no answer is a duplicate of an earlier one.
        var receiver = new WebhookReceiver(Secret);
        try
        {
            var delivery = entry == Entry.ReceiveMemory
                ? await receiver.ReceiveAsync(body, header, TestContext.Token)
                : await receiver.ReceiveAsync(new MemoryStream(body), header, TestContext.Token);
            Assert.False(delivery.IsDuplicate);
            return true;
        }
        catch (SkytellsWebhookException error) when (error.ErrorId == SkytellsWebhookException.SignatureInvalidErrorId)
        {
            SecretAssert.NotShown(Secret, error);
            return false;
        }
    }

    private static async Task<SkytellsWebhookException> RejectionAsync(string? header) =>
        await Assert.ThrowsAsync<SkytellsWebhookException>(async () => await new WebhookReceiver(Secret).ReceiveAsync(Body, header, TestContext.Token));

    private static TheoryData<Entry, string> Cross(params string[] headers)
    {
        var data = new TheoryData<Entry, string>();
        foreach (var entry in Enum.GetValues<Entry>())
        {
            foreach (var header in headers)
            {
                data.Add(entry, header);
            }
        }

        return data;
    }

    private static string MixedCase(string hex) =>
        string.Concat(hex.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c));

    // Changes one hex digit to another hex digit, so only the value is wrong, not the format.
    private static string Flip(string hex, int index) =>
        string.Concat(hex[..index], hex[index] == '0' ? "1" : "0", hex[(index + 1)..]);
}
