using System.Net;

namespace Skytells.Benchmarks.Canned;

/// <summary>
/// Chooses the canned answer by method and path (host ignored, so Standard, Edge and loopback all match).
/// Shared by the in-memory handler and the loopback server so both runs answer identically.
/// </summary>
public sealed class CannedRoutes
{
    private const string Predictions = "/v1/predictions";
    private const string ChatCompletions = "/v1/chat/completions";
    private const string Embeddings = "/v1/embeddings";
    private static readonly CannedAnswer Prediction = new(HttpStatusCode.OK, "application/json", CannedBodies.PredictionSucceeded);
    private static readonly CannedAnswer Processing = new(HttpStatusCode.OK, "application/json", CannedBodies.PredictionProcessing);
    private static readonly CannedAnswer Completion = new(HttpStatusCode.OK, "application/json", CannedBodies.ChatCompletion);
    private static readonly CannedAnswer Stream = new(HttpStatusCode.OK, "text/event-stream", CannedBodies.ChatStream);
    private static readonly CannedAnswer Embedding = new(HttpStatusCode.OK, "application/json", CannedBodies.Embedding);

    /// <summary>Scripted polls for wait benchmarks.</summary>
    public PollSchedule Polls { get; } = new();

    /// <summary>The answer to <paramref name="method"/> <paramref name="path"/>; <paramref name="body"/> is the request body (empty without one).</summary>
    public CannedAnswer Answer(string method, ReadOnlySpan<char> path, ReadOnlySpan<byte> body)
    {
        if (method == "POST" && path.SequenceEqual(Predictions))
        {
            return Prediction;
        }

        if (method == "GET" && path.StartsWith(Predictions + "/", StringComparison.Ordinal))
        {
            var id = path[(Predictions.Length + 1)..];
            if (id.Length > 0 && !id.Contains('/'))
            {
                return Polls.TakeProcessing(id) ? Processing : Prediction;
            }
        }

        if (method == "POST" && path.SequenceEqual(ChatCompletions))
        {
            return AsksForStream(body) ? Stream : Completion;
        }

        if (method == "POST" && path.SequenceEqual(Embeddings))
        {
            return Embedding;
        }

        return CannedAnswer.NotFound;
    }

    // Both clients write compact JSON, so a byte search is enough and costs the same for either side.
    private static bool AsksForStream(ReadOnlySpan<byte> body) => body.IndexOf("\"stream\":true"u8) >= 0;
}
