using System.Text.Json.Nodes;
using Skytells;
using Skytells.AotSmoke;
using Skytells.Emulator;

await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions { TimeScale = 0.05 });
var options = new SkytellsClientOptions
{
    ApiKey = EmulatorApiKeys.Business,
    StandardEndpoint = emulator.StandardBaseUrl,
    EdgeEndpoint = emulator.EdgeBaseUrl,
};
using var client = new SkytellsClient(options);
var wait = new PredictionWaitOptions { PollInterval = TimeSpan.FromMilliseconds(20), MaxWait = TimeSpan.FromSeconds(30) };
var checks = new Checks();

await checks.RunAsync("edge create/get/wait with a typed input", async () =>
{
    var created = await client.Edge.Predictions.CreateAsync(SkytellsModels.TrueFusionEdge, new ImageInput { Prompt = "fox", Width = 512, Height = 512, NumInferenceSteps = 4 });
    Checks.Require(created.Status == PredictionStatus.Succeeded, "Edge image models answer already succeeded");
    var read = await client.Edge.Predictions.GetAsync(created.Id);
    Checks.Require(read.Id == created.Id && read.Output.Count == 1, "get returns the same prediction with its output");
    var done = await client.Edge.Predictions.WaitAsync(read, wait);
    Checks.Require(done.Status == PredictionStatus.Succeeded, "wait returns the terminal prediction");
});

await checks.RunAsync("standard create/wait with a JsonObject and a caller type", async () =>
{
    var fromJson = await client.Standard.Predictions.CreateAsync(SkytellsModels.TrueFusionPro, new JsonObject { ["prompt"] = "castle", ["width"] = 1024, ["height"] = 1024 });
    var fromType = await client.Predictions.CreateAsync(SkytellsModels.Flux1Edge, new SmokeInput("tower", 640, 480), SmokeJsonContext.Default.SmokeInput);
    var done = await client.Standard.Predictions.WaitAsync(fromJson, wait);
    Checks.Require(done.Status == PredictionStatus.Succeeded && done.Output.Count > 0, "the Standard render succeeds with output");
    Checks.Require((await client.Predictions.WaitAsync(fromType.Id, wait)).Status == PredictionStatus.Succeeded, "the caller-typed prediction succeeds");
    var listed = 0;
    await foreach (var prediction in client.Predictions.ListAsync(new PredictionListOptions { PerPage = 1 }))
    {
        listed++;
    }

    Checks.Require(listed >= 2, "listing pages through every prediction");
});

await checks.RunAsync("the edge guard rejects a standard-only model before any request", async () =>
{
    var before = emulator.Requests.Count;
    var model = args.Length > 0 ? args[0] : SkytellsModels.TrueFusionPro;
    try
    {
        await client.Edge.Predictions.CreateAsync(model, new ImageInput { Prompt = "fox" });
        throw new InvalidOperationException("the guard let a Standard-only model through to Edge");
    }
    catch (SkytellsEdgeNotSupportedException error)
    {
        Checks.Require(error.RejectedBeforeSending, "rejected on the client");
        Checks.Require(error.Message.StartsWith(ModelCatalog.EdgeNotSupportedMessage, StringComparison.Ordinal), "the server's message");
    }

    Checks.Require(emulator.Requests.Count == before, "no request reached the emulator");
});

await checks.RunAsync("a server 422 maps to the same exception", async () =>
{
    var sendAnyway = new SkytellsClientOptions
    {
        ApiKey = EmulatorApiKeys.Business,
        StandardEndpoint = emulator.StandardBaseUrl,
        EdgeEndpoint = emulator.EdgeBaseUrl,
        Gateway = SkytellsGateway.Edge,
        EdgeMismatchPolicy = EdgeMismatchPolicy.SendToServer,
    };
    using var edgeClient = new SkytellsClient(sendAnyway);
    var model = args.Length > 1 ? args[1] : SkytellsModels.Veo31;
    try
    {
        await edgeClient.Predictions.CreateAsync(model, new VideoInput { Prompt = "waves" });
        throw new InvalidOperationException("the Edge gateway accepted a video model");
    }
    catch (SkytellsEdgeNotSupportedException error)
    {
        Checks.Require(!error.RejectedBeforeSending, "rejected by the server");
        Checks.Require(error.Model == model, "names the model");
    }
});

await checks.RunAsync("edge chat completion and stream", async () =>
{
    var request = new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.System("be brief"), ChatMessage.User("hello from native code")] };
    var completion = await client.Edge.Chat.CompleteAsync(request);
    Checks.Require(!string.IsNullOrEmpty(completion.Content) && completion.Usage?.TotalTokens > 0, "a completion with content and usage");

    var stream = client.Edge.Chat.StreamAsync(request);
    var joined = await stream.ToCompletionAsync();
    Checks.Require(joined.Content == completion.Content, "the streamed chunks join to the same answer");
    Checks.Require(stream.Metrics.CompletedWithDone && stream.Metrics.TimeToFirstToken is not null, "the stream ended at [DONE] with a time to first token");
});

await checks.RunAsync("models, the server's Edge list and run to completion", async () =>
{
    var models = await client.Models.ListAsync(SkytellsModelFields.Schemas);
    Checks.Require(models.Count == ModelCatalog.All.Count && models.All(m => m.InputSchema is not null), "every model is listed with its schemas");
    var one = await client.Models.GetAsync(SkytellsModels.TrueFusionEdge);
    Checks.Require(one.IsEdgeCompatible && one.Pricing?.Amount > 0, "one model reads with its Edge flag and price");

    var catalog = SkytellsModelCatalog.FromModels(models);
    Checks.Require(catalog.IsEdgeCompatible(SkytellsModels.Flux1Edge) == true && catalog.IsEdgeCompatible(SkytellsModels.Sora2) == false, "the server's list says who serves Edge");

    var run = await client.Predictions.RunAsync(SkytellsModels.TrueFusionVideoPro, new VideoInput { Prompt = "waves" }, new PredictionRunOptions { PollInterval = TimeSpan.FromMilliseconds(20) });
    Checks.Require(run.Status == PredictionStatus.Succeeded && run.Output.Count > 0, "a run returns the finished prediction");
    var info = await client.Predictions.GetStreamInfoAsync(run);
    Checks.Require(info.Id == run.Id, "stream info reads the same prediction");
});

await checks.RunAsync("embeddings in both encodings", async () =>
{
    var compact = await client.Embeddings.CreateAsync(SkytellsModels.TextEmbedding3Small, ["native", "code"]);
    var numbers = await client.Embeddings.CreateAsync(SkytellsModels.TextEmbedding3Small, ["native", "code"], new EmbeddingOptions { Encoding = EmbeddingEncoding.JsonNumbers });
    Checks.Require(compact.Vectors.Count == 2 && compact.Vectors[1].Span.SequenceEqual(EmulatorEmbeddings.VectorOf("code")), "base64 vectors decode in input order");
    Checks.Require(numbers.Vectors[0].Span.SequenceEqual(compact.Vectors[0].Span), "JSON numbers read the same");
});

await checks.RunAsync("webhook verification and parsing", async () =>
{
    var body = """{"id":"p1","status":"succeeded","output":["https://cdn.example/1.png"]}"""u8.ToArray();
    var verifier = new WebhookVerifier("sk-test-key");
    var signature = verifier.Sign(body);
    Checks.Require(verifier.Verify(body, signature.ToUpperInvariant()), "a valid signature verifies");
    Checks.Require(!verifier.Verify(body.Append((byte)' ').ToArray(), signature), "a changed body does not");
    var receiver = new WebhookReceiver("sk-test-key");
    var first = await receiver.ReceiveAsync(body, signature);
    var again = await receiver.ReceiveAsync(body, signature);
    Checks.Require(first.Event.Type == "prediction.succeeded" && !first.IsDuplicate && again.IsDuplicate, "parsed once, redelivery flagged");
});

await checks.RunAsync("hostile answers: redirects refused, oversized and non-stream answers typed", async () =>
{
    emulator.InjectFault(new EmulatorFault { Method = "GET", RedirectStatusCode = 307, RedirectLocation = "http://127.0.0.1:9/elsewhere" });
    try
    {
        await client.Predictions.GetAsync("moved");
        throw new InvalidOperationException("a redirect was followed");
    }
    catch (SkytellsRedirectException error)
    {
        Checks.Require(error.Location == "http://127.0.0.1:9/elsewhere" && !error.FollowedByHttpClient, "refused, naming where it pointed");
    }

    emulator.InjectFault(new EmulatorFault { Method = "GET", Body = new byte[1024], BodyRepeat = 32 * 1024, BodyChunked = true });
    try
    {
        await client.Predictions.GetAsync("huge");
        throw new InvalidOperationException("a 32 MiB answer was read");
    }
    catch (SkytellsInvalidResponseException error)
    {
        Checks.Require(error.ErrorId == SkytellsInvalidResponseException.ResponseTooLargeErrorId, "refused past MaxResponseBytes");
    }

    emulator.InjectFault(new EmulatorFault { PathContains = "/chat/", BodyContentType = "text/html", Body = "<html>proxy</html>"u8.ToArray() });
    try
    {
        await client.Chat.StreamAsync(new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("hi")] }).ToCompletionAsync();
        throw new InvalidOperationException("an HTML answer was taken for an empty stream");
    }
    catch (SkytellsInvalidResponseException error)
    {
        Checks.Require(error.ResponseBody == "<html>proxy</html>", "the answer is kept");
    }

    Checks.Require(await ThrowsAsync<ArgumentException>(() => client.Predictions.GetAsync("..")), "a dot-segment id is refused before I/O");
});

Console.WriteLine(checks.Failures == 0 ? "AOT smoke: all checks passed." : $"AOT smoke: {checks.Failures} check(s) failed.");
return checks.Failures == 0 ? 0 : 1;

static async Task<bool> ThrowsAsync<T>(Func<Task> call)
    where T : Exception
{
    try
    {
        await call();
        return false;
    }
    catch (T)
    {
        return true;
    }
}
