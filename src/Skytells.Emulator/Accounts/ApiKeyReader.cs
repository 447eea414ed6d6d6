using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Accounts;

/// <summary>Finds the API key a request presents: <c>x-api-key</c> first, then <c>Authorization: Bearer</c>.</summary>
internal static class ApiKeyReader
{
    private const string BearerPrefix = "Bearer ";

    public static string? Read(IHeaderDictionary headers)
    {
        var apiKey = headers["x-api-key"].ToString().Trim();
        if (apiKey.Length > 0)
        {
            return apiKey;
        }

        var authorization = headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var token = authorization[BearerPrefix.Length..].Trim();
            return token.Length > 0 ? token : null;
        }

        return null;
    }
}
