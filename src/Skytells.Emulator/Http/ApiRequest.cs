using Microsoft.AspNetCore.Http;
using Skytells.Emulator.Accounts;

namespace Skytells.Emulator.Http;

/// <summary>Everything the emulator knows about one request while it handles it.</summary>
internal sealed class ApiRequest
{
    private Account? _account;

    public ApiRequest(HttpContext http, EmulatorGateway gateway, ReadOnlyMemory<byte> body, CancellationToken aborted)
    {
        Http = http;
        Gateway = gateway;
        Body = body;
        Aborted = aborted;
        ApiKey = ApiKeyReader.Read(http.Request.Headers);
    }

    public HttpContext Http { get; }

    public EmulatorGateway Gateway { get; }

    /// <summary>The raw body; the recorder read it once so that handlers and the record see the same bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The key the request presented, known or not.</summary>
    public string? ApiKey { get; }

    public Account Account
    {
        get => _account ?? throw new InvalidOperationException("The route does not authenticate its requests.");
        set => _account = value;
    }

    /// <summary>The fault chosen for this request, if any (handlers read <see cref="EmulatorFault.FailPrediction"/>).</summary>
    public EmulatorFault? Fault { get; set; }

    /// <summary>The request-window verdict when the key has a limit on this gateway; the answer's headers come from it.</summary>
    public RateLimits.RateAdmission? RateLimit { get; set; }

    /// <summary>Cancelled when the client goes away or the emulator stops.</summary>
    public CancellationToken Aborted { get; }

    /// <summary>Scheme, host and port this request was served on, e.g. <c>http://127.0.0.1:5080</c>.</summary>
    public string Origin => Http.Request.Host.HasValue
        ? $"{Http.Request.Scheme}://{Http.Request.Host.Value}"
        : $"{Http.Request.Scheme}://{Http.Connection.LocalIpAddress}:{Http.Connection.LocalPort}"; // HTTP/1.0 clients may omit Host.

    /// <summary>A value the endpoint's route pattern captured, e.g. <c>{id}</c>.</summary>
    public string RouteValue(string name) => Http.Request.RouteValues[name] as string ?? string.Empty;
}
