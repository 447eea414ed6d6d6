using System.Globalization;
using System.Text;

namespace Skytells.Benchmarks.Canned;

/// <summary>
/// The bytes every benchmark answers with, shaped like the spec's examples (skytells-api.md §2.1, §2.8, §3, §4).
/// Built once: both sides of a pair read exactly these arrays, so differences come from the clients alone.
/// </summary>
public static class CannedBodies
{
    /// <summary>The id every canned prediction carries and every benchmark asks for.</summary>
    public const string PredictionId = "0b7c1e4e-7f1b-4c4e-9a51-1a2b3c4d5e6f";

    /// <summary>Text-delta chunks in the stream answer, before the usage chunk and <c>[DONE]</c>.</summary>
    public const int StreamChunks = 200;

    /// <summary>A finished image prediction (1135 B): model, input echo, two output URLs, timestamps, billing, urls.</summary>
    public static readonly byte[] PredictionSucceeded = Prediction(
        "succeeded",
        """["https://delivery.skytells.cloud/a/0.png","https://delivery.skytells.cloud/a/1.png"]""",
        "\"2026-03-04T21:20:58.100000Z\"",
        "\"2026-03-04T21:20:59.300000Z\"",
        progress: 100);

    /// <summary>The same prediction while it runs: no output, no completion time.</summary>
    public static readonly byte[] PredictionProcessing = Prediction("processing", "null", "\"2026-03-04T21:20:58.100000Z\"", "null", progress: 40);

    /// <summary>A non-stream chat completion with content filter results and usage, as the spec's example.</summary>
    public static readonly byte[] ChatCompletion = Encoding.UTF8.GetBytes("""
        {"id":"chatcmpl-bench1","object":"chat.completion","created":1773759323,"model":"deepbrain-router","system_fingerprint":"fp_bench",
        "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"The capital of France is Paris.","refusal":null,"annotations":[]},
        "content_filter_results":{"hate":{"filtered":false,"severity":"safe"},"self_harm":{"filtered":false,"severity":"safe"},"sexual":{"filtered":false,"severity":"safe"},"violence":{"filtered":false,"severity":"safe"}}}],
        "usage":{"prompt_tokens":28,"completion_tokens":7,"total_tokens":35}}
        """);

    /// <summary>Length of the canned embedding (text-embedding-3-small's).</summary>
    public const int EmbeddingDimensions = 1536;

    /// <summary>One embedding as the API sends it when asked for <c>base64</c>: 1536 little-endian float32 values.</summary>
    public static readonly byte[] Embedding = BuildEmbedding();

    /// <summary><see cref="StreamChunks"/> <c>chat.completion.chunk</c> events, a finish chunk with usage, then <c>data: [DONE]</c>.</summary>
    public static readonly byte[] ChatStream = BuildStream();

    private static byte[] Prediction(string status, string output, string startedAt, string completedAt, int progress) =>
        Encoding.UTF8.GetBytes(
            "{\"id\":\"" + PredictionId + "\",\"status\":\"" + status + "\",\"type\":\"inference\",\"stream\":false," +
            "\"input\":{\"prompt\":\"a red fox in the snow, golden hour\",\"width\":512,\"height\":512,\"num_inference_steps\":4}," +
            "\"output\":" + output + ",\"response\":null,\"error\":null," +
            "\"created_at\":\"2026-03-04T21:20:58.000000Z\",\"started_at\":" + startedAt + ",\"completed_at\":" + completedAt +
            ",\"updated_at\":\"2026-03-04T21:20:59.300000Z\",\"privacy\":\"private\",\"source\":\"api\"," +
            "\"model\":{\"name\":\"truefusion\",\"type\":\"image\"},\"webhook\":null," +
            "\"metrics\":{\"image_count\":2,\"predict_time\":1.1,\"total_time\":1.2,\"asset_count\":2,\"progress\":" +
            progress.ToString(CultureInfo.InvariantCulture) + "}," +
            "\"metadata\":{\"billing\":{\"credits_used\":0.03},\"data_available\":true}," +
            "\"urls\":{\"get\":\"https://api.skytells.ai/v1/predictions/" + PredictionId + "\"," +
            "\"cancel\":\"https://api.skytells.ai/v1/predictions/" + PredictionId + "/cancel\"," +
            "\"stream\":\"https://api.skytells.ai/v1/predictions/" + PredictionId + "/stream\"," +
            "\"delete\":\"https://api.skytells.ai/v1/predictions/" + PredictionId + "/delete\"}}");

    private static byte[] BuildEmbedding()
    {
        var bytes = new byte[EmbeddingDimensions * sizeof(float)];
        for (var i = 0; i < EmbeddingDimensions; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), MathF.Sin(i) / 8);
        }

        return Encoding.UTF8.GetBytes(
            "{\"object\":\"list\",\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":\"" + Convert.ToBase64String(bytes) +
            "\"}],\"model\":\"text-embedding-3-small\",\"usage\":{\"prompt_tokens\":8,\"total_tokens\":8}}");
    }

    private static byte[] BuildStream()
    {
        const string Head = "{\"id\":\"chatcmpl-bench1\",\"object\":\"chat.completion.chunk\",\"created\":1773759323,\"model\":\"deepbrain-router\",\"choices\":[{\"index\":0,\"delta\":";
        var text = new StringBuilder();
        text.Append("data: ").Append(Head).Append("{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n");
        for (var i = 1; i < StreamChunks; i++)
        {
            text.Append("data: ").Append(Head).Append("{\"content\":\"tok").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" \"},\"finish_reason\":null}]}\n\n");
        }

        text.Append("data: ").Append(Head).Append("{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":28,\"completion_tokens\":200,\"total_tokens\":228}}\n\n");
        text.Append("data: [DONE]\n\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
