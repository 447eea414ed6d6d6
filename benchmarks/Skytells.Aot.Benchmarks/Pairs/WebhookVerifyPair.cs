using System.Text;
using BenchmarkDotNet.Attributes;
using Skytells.Benchmarks.HandWritten;

namespace Skytells.Benchmarks.Pairs;

/// <summary>Checking <c>X-Skytells-Signature</c> on a 4 KB delivery: a verifier built per call, as a request handler would.</summary>
[MemoryDiagnoser]
public class WebhookVerifyPair : IOperationPair
{
    private const string Secret = "sk-bench";
    private static readonly byte[] Body = BuildBody();
    private static readonly string Signature = new WebhookVerifier(Secret).Sign(Body);
    private readonly string _secret = Secret;

    public string Operation => "webhook verify (4 KB)";

    [Benchmark(Baseline = true)]
    public bool HandWritten() => new HandWrittenWebhook(_secret).Verify(Body, Signature);

    [Benchmark]
    public bool Library() => new WebhookVerifier(_secret).Verify(Body, Signature);

    Task IOperationPair.RunHandWrittenAsync() => Check(HandWritten());

    Task IOperationPair.RunLibraryAsync() => Check(Library());

    private static Task Check(bool valid) => valid ? Task.CompletedTask : throw new InvalidOperationException("The signature did not verify.");

    private static byte[] BuildBody()
    {
        // Deterministic JSON-like text, so every run hashes the same 4096 bytes.
        var text = new StringBuilder("{\"id\":\"0b7c\",\"status\":\"succeeded\",\"output\":[");
        while (text.Length < 4096 - 64)
        {
            text.Append("\"https://delivery.skytells.cloud/a/0.png\",");
        }

        text.Append("\"x\"]}");
        return Encoding.UTF8.GetBytes(text.ToString().PadRight(4096)[..4096]);
    }
}
