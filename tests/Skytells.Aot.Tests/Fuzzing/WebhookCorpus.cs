using System.Text;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Valid webhook bodies in both delivery shapes, as the webhook tests and the emulator send them: raw predictions
/// (minimal, full, failed, with every optional block) and the <c>{type, created_at, data}</c> envelope.
/// </summary>
internal static class WebhookCorpus
{
    private const string RawSucceeded = """
        {"id":"p1","status":"succeeded","output":["https://cdn.test/0.png"],"created_at":"2026-03-06T20:15:20.000000Z",
         "completed_at":"2026-03-06T20:15:23.000000Z","updated_at":"2026-03-06T20:15:23.000000Z","model":{"name":"truefusion","type":"image"}}
        """;

    private const string RawEverything = """
        {"id":"p2","status":"failed","type":"inference","stream":false,"model":"truefusion","input":{"prompt":"lighthouse","width":512,"steps":[1,2]},
         "output":"https://cdn.test/only.png","response":"boom","error":{"message":"boom","code":7},"created_at":1741910220,
         "started_at":"2026-03-06T20:15:21+00:00","completed_at":null,"privacy":"private","source":"api",
         "webhook":{"url":"https://hooks.test/in","events":["completed","failed"]},
         "metrics":{"image_count":1,"predict_time":1.5,"total_time":"2.5","asset_count":1,"progress":100},
         "metadata":{"billing":{"credits_used":0.25},"storage":{"files":[{"name":"0.png","type":"image/png","size":1024,"url":"https://cdn.test/0.png"}]},"data_available":true},
         "urls":{"get":"https://api.test/v1/predictions/p2","cancel":"https://api.test/v1/predictions/p2/cancel"},"extra":{"kept":true}}
        """;

    /// <summary>Every corpus entry, as UTF-8 bytes.</summary>
    public static byte[][] All { get; } = new[]
    {
        """{"id":"p1","status":"succeeded"}""",
        """{"id":"p1","status":"canceled"}""",
        RawSucceeded,
        RawEverything,
        """{"id":"p3","status":"processing","output":[{"url":"https://cdn.test/a"},null,"b"],"metrics":{"progress":42}}""",
        $$"""{"type":"prediction.succeeded","created_at":"2026-03-06T20:15:24.000000Z","data":{{RawSucceeded}}}""",
        $$"""{"type":"prediction.failed","created_at":"2026-03-06T20:15:24.000000Z","data":{{RawEverything}}}""",
        """{"type":"completed","data":{"id":"p1","status":"processing"}}""",
        """{"data":{"id":"p4","status":"starting"},"type":"started"}""",
    }.Select(Encoding.UTF8.GetBytes).ToArray();
}
