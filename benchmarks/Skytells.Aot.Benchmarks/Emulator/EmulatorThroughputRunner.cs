using System.Globalization;
using System.Net;
using System.Text;
using Skytells.Benchmarks.Reporting;
using Skytells.Benchmarks.Throughput;
using Skytells.Emulator;

namespace Skytells.Benchmarks.Emulator;

/// <summary>
/// <c>emulator-throughput [--seconds S] [--runs N]</c>: POST /v1/predictions (Pro key, <c>truefusion</c>) against the
/// in-process emulator over loopback at concurrency 16. Prints each run's req/s and their median, since one run on a
/// shared machine is noise.
/// </summary>
public static class EmulatorThroughputRunner
{
    private const int Concurrency = 16;
    // Long enough for tiered JIT to reach its optimised code, or the first run measures the compiler.
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(3);
    private static readonly byte[] Body = """{"model":"truefusion","input":{"prompt":"a lighthouse at dusk"}}"""u8.ToArray();

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = RunnerArguments.PositiveNumber(args, "--seconds") ?? 5;
        var runs = RunnerArguments.PositiveNumber(args, "--runs") ?? 3;
        await using var emulator = await SkytellsEmulator.StartAsync(new EmulatorOptions { TimeScale = 0.01 });
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false });
        var url = new Uri(emulator.StandardBaseUrl + "/predictions");

        async Task Create()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Body) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.TryAddWithoutValidation("x-api-key", EmulatorApiKeys.Pro);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            if (response.StatusCode != HttpStatusCode.Created && response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Create prediction answered {(int)response.StatusCode}.");
            }
        }

        await LoadLoop.RunAsync(Create, Concurrency, Warmup);
        var rates = new List<double>();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Emulator create prediction over loopback, concurrency {Concurrency}, {seconds} s per run:");
        for (var run = 1; run <= runs; run++)
        {
            // The recorder keeps every request; clearing between runs keeps its growth out of the next run.
            emulator.ClearRequests();
            var count = await LoadLoop.RunAsync(Create, Concurrency, TimeSpan.FromSeconds(seconds));
            var rate = count / (double)seconds;
            rates.Add(rate);
            report.AppendLine(CultureInfo.InvariantCulture, $"  run {run}: {rate:F0} req/s");
        }

        report.AppendLine(CultureInfo.InvariantCulture, $"  median: {Statistics.Median(rates):F0} req/s");
        Console.WriteLine(report.ToString());
        Console.WriteLine(MachineLine.Describe());
        return 0;
    }
}
