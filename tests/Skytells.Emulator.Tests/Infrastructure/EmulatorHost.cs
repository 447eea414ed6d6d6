using System.Net.Http.Headers;
using System.Text;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>A started emulator plus a plain HttpClient talking to it over loopback.</summary>
internal sealed class EmulatorHost : IAsyncDisposable
{
    private EmulatorHost(SkytellsEmulator emulator, HttpClient http)
    {
        Emulator = emulator;
        Http = http;
    }

    public SkytellsEmulator Emulator { get; }

    public HttpClient Http { get; }

    /// <summary>Starts an emulator with fast latencies (tests override what they need).</summary>
    public static async Task<EmulatorHost> StartAsync(Action<EmulatorOptions>? configure = null, HttpClient? http = null)
    {
        var options = new EmulatorOptions { TimeScale = 0.01 };
        configure?.Invoke(options);
        var emulator = await SkytellsEmulator.StartAsync(options);
        return new EmulatorHost(emulator, http ?? new HttpClient { Timeout = TimeSpan.FromSeconds(30) });
    }

    public Uri Url(EmulatorGateway gateway, string path) =>
        new((gateway == EmulatorGateway.Edge ? Emulator.EdgeBaseUrl : Emulator.StandardBaseUrl) + path);

    public Task<ApiResponse> SendAsync(
        HttpMethod method,
        EmulatorGateway gateway,
        string path,
        string? apiKey = EmulatorApiKeys.Business,
        string? body = null,
        IReadOnlyDictionary<string, string>? headers = null) =>
        SendAsync(method, Url(gateway, path), apiKey, body, headers);

    public async Task<ApiResponse> SendAsync(
        HttpMethod method,
        Uri url,
        string? apiKey = EmulatorApiKeys.Business,
        string? body = null,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        using var request = Build(method, url, apiKey, body, headers);
        using var response = await Http.SendAsync(request);
        return await ApiResponse.ReadAsync(response);
    }

    public static HttpRequestMessage Build(
        HttpMethod method, Uri url, string? apiKey, string? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (apiKey is not null)
        {
            request.Headers.Add("x-api-key", apiKey);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    public Task<ApiResponse> GetAsync(EmulatorGateway gateway, string path, string? apiKey = EmulatorApiKeys.Business) =>
        SendAsync(HttpMethod.Get, gateway, path, apiKey);

    public Task<ApiResponse> PostAsync(EmulatorGateway gateway, string path, string body, string? apiKey = EmulatorApiKeys.Business) =>
        SendAsync(HttpMethod.Post, gateway, path, apiKey, body);

    /// <summary>Creates a prediction and returns the answer (the caller asserts the status).</summary>
    public Task<ApiResponse> CreateAsync(
        string model,
        EmulatorGateway gateway = EmulatorGateway.Standard,
        string apiKey = EmulatorApiKeys.Business,
        string input = """{"prompt":"red fox"}""",
        string extra = "") =>
        PostAsync(gateway, "/predictions", $$"""{"model":"{{model}}","input":{{input}}{{extra}}}""", apiKey);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Emulator.DisposeAsync();
    }
}
