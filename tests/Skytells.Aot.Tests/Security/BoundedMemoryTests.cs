using Skytells.Emulator;
using Skytells.Tests.Integration;
using Xunit.Abstractions;

namespace Skytells.Tests.Security;

/// <summary>
/// A 50 MiB answer costs the client about its size limit, not its size: measured as bytes allocated by the whole
/// process (the in-process emulator included) while the call runs. Alone in its collection so no other test's
/// allocations are counted.
/// </summary>
[Collection(nameof(SerialMeasurements))]
public sealed class BoundedMemoryTests(EmulatorFixture fixture, ITestOutputHelper output) : IClassFixture<EmulatorFixture>
{
    private const int Limit = 1024 * 1024;
    private const int Repeat = 50 * 1024;
    private const int Chunk = 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_50_MiB_answer_allocates_about_the_limit(bool chunked)
    {
        var allocated = await MeasureAsync<SkytellsInvalidResponseException>(
            new EmulatorFault { Method = "GET", Body = Fill('x'), BodyRepeat = Repeat, BodyChunked = chunked },
            client => client.Predictions.GetAsync("big", TestContext.Token));

        // A declared length past the limit is refused before reading; an undeclared one is read up to the limit.
        Assert.True(allocated < 4 * Limit, $"{allocated / 1024} KiB allocated for a 50 MiB answer with a {Limit / 1024} KiB limit.");
    }

    [Fact]
    public async Task A_50_MiB_error_page_is_read_only_as_far_as_the_exception_keeps_on_every_try()
    {
        var allocated = await MeasureAsync<SkytellsServerException>(
            new EmulatorFault { Method = "GET", Times = 10, BodyStatusCode = 502, BodyContentType = "text/html", Body = Fill('<'), BodyRepeat = Repeat, BodyChunked = true },
            client => client.Predictions.GetAsync("big", TestContext.Token));

        // Four tries, each keeping at most 64 KiB of the page.
        Assert.True(allocated < 4 * Limit, $"{allocated / 1024} KiB allocated for four 50 MiB error pages.");
    }

    [Fact]
    public async Task A_50_MiB_stream_event_allocates_about_the_event_limit()
    {
        var allocated = await MeasureAsync<SkytellsInvalidResponseException>(
            new EmulatorFault { Method = "POST", PathContains = "/chat/", Body = Fill('d'), BodyRepeat = Repeat, BodyChunked = true, BodyContentType = "text/event-stream" },
            client => client.Chat.StreamAsync(new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("hi")] }, cancellationToken: TestContext.Token)
                .ToCompletionAsync(TestContext.Token));

        Assert.True(allocated < 6 * Limit, $"{allocated / 1024} KiB allocated for a 50 MiB event with a {Limit / 1024} KiB event limit.");
    }

    private async Task<long> MeasureAsync<TError>(EmulatorFault fault, Func<SkytellsClient, Task> call)
        where TError : SkytellsException
    {
        var key = fixture.NewKey();
        var options = fixture.Options(key);
        options.MaxResponseBytes = Limit;
        options.MaxStreamEventBytes = Limit;
        using var client = new SkytellsClient(options);

        // Warm up the connection, the JIT and the emulator so only the answer is measured.
        await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "warm" }, cancellationToken: TestContext.Token);
        await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.GetAsync("warm", TestContext.Token));
        fault.ApiKey = key;
        fixture.Emulator.InjectFault(fault);

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var error = await Assert.ThrowsAsync<TError>(() => call(client));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{typeof(TError).Name}: {allocated / 1024} KiB allocated; {error.Message}");
        return allocated;
    }

    private static byte[] Fill(char c)
    {
        var bytes = new byte[Chunk];
        Array.Fill(bytes, (byte)c);
        return bytes;
    }
}
