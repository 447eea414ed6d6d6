using System.Globalization;
using Skytells.Benchmarks.HandWritten;

// N creates and N streams through the hand-written client and the canned handler: the code the AOT size must include.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
#if WITH_NETWORK_STACK
// What production code sends through: built, so its size counts, but this in-memory workload never uses it.
using var production = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
Console.WriteLine($"production handler ready: {production.Timeout}");
#endif
var api = HandWrittenApi.Canned;
List<ChatTurn> messages = [new ChatTurn { Role = "user", Content = "What is the capital of France?" }];
var outputs = 0;
var characters = 0;
for (var i = 0; i < count; i++)
{
    var prediction = await api.CreatePredictionAsync("truefusion", new ImageParameters { Prompt = "a red fox", Width = 512, Height = 512 });
    outputs += prediction.Output?.Count ?? 0;
    characters += await api.StreamChatAsync("deepbrain-router", messages);
}

Console.WriteLine($"hand-written: {count} creates ({outputs} outputs), {count} streams ({characters} characters)");
