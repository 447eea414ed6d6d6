using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Skytells.Benchmarks;

/// <summary>
/// Reading a webhook delivery (a full prediction) into typed objects through the library's source-generated context,
/// against only tokenising the same bytes into a DOM.
/// </summary>
[MemoryDiagnoser]
public class DeliveryParsingBenchmarks
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes("""
        {"id":"0b7c1e4e-7f1b-4c4e-9a51-1a2b3c4d5e6f","status":"succeeded","type":"inference","stream":false,
         "input":{"prompt":"red fox","width":512,"height":512,"num_inference_steps":4},
         "output":["https://delivery.skytells.cloud/a/0.png","https://delivery.skytells.cloud/a/1.png"],
         "response":null,"error":null,"created_at":"2026-03-04T21:20:58.000000Z","started_at":"2026-03-04T21:20:58.100000Z",
         "completed_at":"2026-03-04T21:20:59.300000Z","updated_at":"2026-03-04T21:20:59.300000Z","privacy":"private","source":"api",
         "model":{"name":"truefusion-edge","type":"image"},"webhook":null,
         "metrics":{"image_count":2,"predict_time":1.1,"total_time":1.2,"asset_count":2,"progress":100},
         "metadata":{"billing":{"credits_used":0.03},"storage":{"files":[{"name":"0.png","type":"image/png","size":1024,"url":"https://delivery.skytells.cloud/a/0.png"}]},"data_available":true},
         "urls":{"get":"https://edge.skytells.ai/v1/predictions/0b7c","cancel":"https://edge.skytells.ai/v1/predictions/0b7c/cancel","stream":"https://edge.skytells.ai/v1/predictions/0b7c/stream","delete":"https://edge.skytells.ai/v1/predictions/0b7c/delete"}}
        """);

    /// <summary>The floor: tokenising the bytes into a DOM without binding anything.</summary>
    [Benchmark(Baseline = true)]
    public JsonValueKind ParseDocument()
    {
        using var document = JsonDocument.Parse(_body);
        return document.RootElement.ValueKind;
    }

    /// <summary>The library path: the typed event and prediction.</summary>
    [Benchmark]
    public WebhookEvent ParseDelivery() => WebhookEventParser.Parse(_body);
}
