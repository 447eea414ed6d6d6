using Microsoft.Extensions.Logging;
using Skytells.Emulator.Accounts;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Http;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// Turns a request into an answer: route, then authenticate (key, then the Edge plan rule), then the handler.
/// Errors become the unified envelope here so that every caller gets a finished <see cref="ApiResult"/>.
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
                return ErrorEnvelope.ToResult(ApiError.EndpointNotFound(http.Method, path));
            }

            request.RouteValues = values;
            if (route.Access == RouteAccess.ApiKey)
            {
                if (!_accounts.TryGet(request.ApiKey, out var account))
                {
                    return ErrorEnvelope.ToResult(ApiError.Unauthorized());
                }

                // The plan gate applies to the whole Edge gateway and comes before any model check.
                if (request.Gateway == EmulatorGateway.Edge && !account.MayUseEdge)
                {
                    return ErrorEnvelope.ToResult(ApiError.EdgeUpgradeRequired());
                }

                request.Account = account;
            }

            return await route.Handler(request).ConfigureAwait(false);
        }
        catch (ApiErrorException e)
        {
            return ErrorEnvelope.ToResult(e.Error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // An emulator bug must still reach the client as an API error, not as a dropped connection.
            EmulatorLog.UnhandledFailure(_logger, e, http.Method, path, request.Gateway);
            return ErrorEnvelope.ToResult(ApiError.Internal());
        }
    }
}
