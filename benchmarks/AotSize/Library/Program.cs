using System.Globalization;
using Skytells;
using Skytells.Benchmarks.Canned;

// The same N creates and N streams as the hand-written app, through SkytellsClient over the canned handler.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
using var client = new SkytellsClient(new SkytellsClientOptions { ApiKey = "sk-bench" }, new HttpClient(CannedHandler.Shared, disposeHandler: false));
var request = new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("What is the capital of France?")] };
var outputs = 0;
var characters = 0;
for (var i = 0; i < count; i++)
{
    var prediction = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "a red fox", Width = 512, Height = 512 });
    outputs += prediction.Output.Count;
    await foreach (var chunk in client.Chat.StreamAsync(request))
    {
        characters += chunk.ContentDelta?.Length ?? 0;
    }
}

Console.WriteLine($"library: {count} creates ({outputs} outputs), {count} streams ({characters} characters)");
