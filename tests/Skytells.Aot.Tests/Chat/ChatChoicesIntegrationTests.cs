using Skytells.Tests.Integration;

namespace Skytells.Tests.Chat;

/// <summary>Several choices (<c>n</c>) against the emulator, completed and streamed.</summary>
public sealed class ChatChoicesIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static ChatCompletionRequest Request => new()
    {
        Model = SkytellsModels.DeepBrainRouter,
        Messages = [ChatMessage.User("two choices please")],
        N = 2,
    };

    [Fact]
    public async Task A_completion_and_a_joined_stream_both_hold_every_choice()
    {
        using var client = fixture.Client(fixture.NewKey());

        var completion = await client.Edge.Chat.CompleteAsync(Request, TestContext.Token);
        var streamed = await client.Edge.Chat.StreamAsync(Request, cancellationToken: TestContext.Token).ToCompletionAsync(TestContext.Token);

        Assert.Equal([0, 1], completion.Choices.Select(c => c.Index));
        Assert.Equal([0, 1], streamed.Choices.Select(c => c.Index));
        Assert.All(streamed.Choices, c => Assert.Equal("Echo: two choices please", c.Message?.Content));
        Assert.Equal(completion.Usage!.CompletionTokens, streamed.Usage!.CompletionTokens);
    }
}
