using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace Skytells.Benchmarks;

/// <summary>Verifying <c>X-Skytells-Signature</c> (hash, hex decode, constant-time compare), against the bare HMAC it must compute.</summary>
[MemoryDiagnoser]
public class SignatureBenchmarks
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("sk-benchmark-key");
    private readonly WebhookVerifier _verifier = new("sk-benchmark-key");
    private byte[] _body = [];
    private string _signature = "";

    /// <summary>Delivery body size in bytes.</summary>
    [Params(256, 16 * 1024)]
    public int Size { get; set; }

    /// <summary>Builds a body of <see cref="Size"/> bytes and its signature.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _body = new byte[Size];
        Random.Shared.NextBytes(_body);
        _signature = _verifier.Sign(_body);
    }

    /// <summary>The floor: the HMAC alone.</summary>
    [Benchmark(Baseline = true)]
    public byte[] HmacOnly() => HMACSHA256.HashData(Key, _body);

    /// <summary>The library's full verification.</summary>
    [Benchmark]
    public bool Verify() => _verifier.Verify(_body, _signature);
}
