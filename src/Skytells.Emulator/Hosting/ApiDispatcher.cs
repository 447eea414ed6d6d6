using Microsoft.Extensions.Logging;
using Skytells.Emulator.Accounts;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;
using Skytells.Emulator.RateLimits;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// Turns a request into an answer: route, then authenticate (key, then the Edge plan rule), then the handler.
/// Errors become an envelope here (REST, or inference on the inference paths) so that every caller gets a finished
/// <see cref="ApiResult"/>. Per-key request limits apply between authentication and the handler.
/// </summary>
internal sealed class ApiDispatcher
{
    private readonly RouteTable _routes;
    private readonly AccountDirectory _accounts;
    private readonly ILogger _logger;

    public ApiDispatcher(RouteTable routes, AccountDirectory accounts, ILogger logger)
    {
        _routes = routes;
        _accounts = accounts;
        _logger = logger;
    }

    public async ValueTask<ApiResult> DispatchAsync(ApiRequest request)
    {
        var http = request.Http.Request;
        var path = http.Path.Value ?? "/";
        try
        {
            if (!_routes.TryMatch(http.Method, path, out var route, out var values))
            {
                return ErrorAnswer.For(ApiError.EndpointNotFound(http.Method, path), request.Http);
            }

            request.RouteValues = values;
            if (route.Access == RouteAccess.ApiKey)
            {
                if (!_accounts.TryGet(request.ApiKey, out var account))
                {
                    return ErrorAnswer.For(ApiError.Unauthorized(), request.Http);
                }

                // The plan gate applies to the whole Edge gateway and comes before any model check.
                if (request.Gateway == EmulatorGateway.Edge && !account.MayUseEdge)
                {
                    return ErrorAnswer.For(ApiError.EdgeUpgradeRequired(), request.Http);
                }

                request.Account = account;
                if (RateLimitGate.Admit(request) is { } limited)
                {
                    return limited;
                }
            }

            return RateLimitGate.Stamp(request, await route.Handler(request).ConfigureAwait(false));
        }
        catch (ApiErrorException e)
        {
            return ErrorAnswer.For(e.Error, request.Http);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An emulator bug must still reach the client as an API error, not as a dropped connection.
            EmulatorLog.UnhandledFailure(_logger, e, http.Method, path, request.Gateway);
            return ErrorAnswer.For(ApiError.Internal(), request.Http);
        }
    }
}
