using System.Text;

namespace Skytells.Tests.Webhooks;

public sealed class WebhookVerifierTests
{
    private const string TestKey = "sk-test-key";

    // The TS SDK's test vector recipe (spec section 7), computed independently of this library, once, with:
    //   printf '%s' '{"id":"p1","status":"succeeded"}' | openssl dgst -sha256 -hmac "sk-test-key"
    private const string VectorSignature = "2a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fd";

    private static readonly byte[] VectorBody = """{"id":"p1","status":"succeeded"}"""u8.ToArray();

    private static readonly WebhookVerifier Verifier = new(TestKey);

    [Fact]
    public void Sign_reproduces_the_TS_SDK_test_vector_in_lowercase_hex() =>
        Assert.Equal(VectorSignature, Verifier.Sign(VectorBody));

    [Fact]
    public void Verify_accepts_the_test_vector() =>
        Assert.True(Verifier.Verify(VectorBody, VectorSignature));

    [Theory]
    [InlineData("2A478C45472F2F4DB275E913F6BBACDC94805C192C68D65322C030567DCF85FD")]
    [InlineData("  2a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fd\t\r\n")]
    [InlineData(" 2A478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fD ")]
    public void Verify_ignores_hex_case_and_surrounding_whitespace(string header) =>
        Assert.True(Verifier.Verify(VectorBody, header));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85f")] // one hex digit short
    [InlineData("2a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fd00")] // a byte too long
    [InlineData("sha256=2a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fd")] // no prefix is sent
    [InlineData("ga478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fd")] // right length, not hex
    [InlineData("2a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c0305 7dcf85fd")] // inner whitespace
    [InlineData("3a478c45472f2f4db275e913f6bbacdc94805c192c68d65322c030567dcf85fd")] // one digit off
    public void Verify_rejects_missing_malformed_or_wrong_signatures(string? header) =>
        Assert.False(Verifier.Verify(VectorBody, header));

    [Fact]
    public void Verify_rejects_a_body_changed_by_one_byte_or_re_serialised()
    {
        var tampered = (byte[])VectorBody.Clone();
        tampered[^3] ^= 0x01;

        Assert.False(Verifier.Verify(tampered, VectorSignature));
        Assert.False(Verifier.Verify("""{"id": "p1", "status": "succeeded"}"""u8, VectorSignature)); // same JSON, other bytes
    }

    [Fact]
    public void Verify_rejects_a_signature_made_with_another_key() =>
        Assert.False(new WebhookVerifier("whsec_enterprise").Verify(VectorBody, VectorSignature));

    [Fact]
    public async Task VerifyAsync_hashes_a_stream_read_in_small_pieces()
    {
        Assert.True(await Verifier.VerifyAsync(new TrickleStream(VectorBody), VectorSignature, TestContext.Token));
        Assert.True(await Verifier.VerifyAsync(new MemoryStream(VectorBody), VectorSignature.ToUpperInvariant(), TestContext.Token));
        Assert.False(await Verifier.VerifyAsync(new TrickleStream("""{"id":"p1","status":"failed"}"""u8.ToArray()), VectorSignature, TestContext.Token));
        Assert.False(await Verifier.VerifyAsync(new MemoryStream(VectorBody), null, TestContext.Token));
    }

    [Fact]
    public void Sign_and_Verify_round_trip_for_any_body_and_key()
    {
        var verifier = new WebhookVerifier("whsec_enterprise");
        var body = Encoding.UTF8.GetBytes("""{"id":"p-ü","status":"cancelled"}""");

        var signature = verifier.Sign(body);

        Assert.Matches("^[0-9a-f]{64}$", signature);
        Assert.True(verifier.Verify(body, signature));
        Assert.False(Verifier.Verify(body, signature));
    }

    [Fact]
    public void The_secret_is_required_and_never_shown()
    {
        Assert.ThrowsAny<ArgumentException>(() => new WebhookVerifier(""));
        Assert.ThrowsAny<ArgumentException>(() => new WebhookVerifier(null!));
        Assert.DoesNotContain(TestKey, Verifier.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Hands out at most two bytes per read, as a slow network body would.</summary>
    private sealed class TrickleStream(byte[] content) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(2, buffer.Length), content.Length - _position);
            content.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
