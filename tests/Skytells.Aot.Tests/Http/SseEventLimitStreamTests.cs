using System.Text;

namespace Skytells.Tests.Http;

public sealed class SseEventLimitStreamTests
{
    private const int Limit = 4 * 1024;

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public async Task A_long_stream_of_small_events_passes_whatever_its_line_endings(string newline)
    {
        var oneEvent = $"data: {new string('x', 1000)}{newline}data: {new string('y', 1000)}{newline}{newline}";
        var body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(oneEvent, 3_000)));

        // Read in odd-sized pieces so line endings (and CRLF pairs) straddle reads.
        var read = await ReadAllAsync(body, chunk: 997);

        Assert.Equal(body.Length, read);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public async Task One_event_past_the_limit_fails_even_when_spread_over_many_lines(string newline)
    {
        var lines = string.Concat(Enumerable.Repeat($"data: {new string('z', 500)}{newline}", 10));
        var body = Encoding.UTF8.GetBytes(lines + newline);

        var error = await Assert.ThrowsAsync<SseEventTooLargeException>(() => ReadAllAsync(body, chunk: 333));

        Assert.Equal(Limit, error.Limit);
    }

    [Fact]
    public async Task An_endless_line_fails_once_past_the_limit_without_reading_on()
    {
        var body = new byte[1024 * 1024];
        Array.Fill(body, (byte)'d');
        using var source = new MemoryStream(body);
        using var limited = new SseEventLimitStream(source, Limit);
        var buffer = new byte[1024];

        await Assert.ThrowsAsync<SseEventTooLargeException>(async () =>
        {
            while (await limited.ReadAsync(buffer) > 0)
            {
            }
        });

        Assert.InRange(source.Position, Limit, Limit + buffer.Length);
    }

    private static async Task<long> ReadAllAsync(byte[] body, int chunk)
    {
        using var limited = new SseEventLimitStream(new MemoryStream(body), Limit);
        var buffer = new byte[chunk];
        long total = 0;
        int read;
        while ((read = await limited.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
