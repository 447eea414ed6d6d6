using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>The inputs both sides send, built once so neither side pays for constructing them per call.</summary>
public static class PairInputs
{
    public const string Prompt = "a red fox in the snow, golden hour";

    public static readonly ImageInput LibraryImage = new() { Prompt = Prompt, Width = 512, Height = 512 };

    public static readonly ImageParameters HandWrittenImage = new() { Prompt = Prompt, Width = 512, Height = 512 };

    public static readonly ChatCompletionRequest LibraryChat = new()
    {
        Model = SkytellsModels.DeepBrainRouter,
        Messages = [ChatMessage.User("What is the capital of France?")],
    };

    public static readonly List<ChatTurn> HandWrittenChat = [new ChatTurn { Role = "user", Content = "What is the capital of France?" }];
}
