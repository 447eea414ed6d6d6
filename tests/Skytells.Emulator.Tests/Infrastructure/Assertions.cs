using System.Net;
using System.Text.Json;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>Checks shared by many tests.</summary>
internal static class Assertions
{
    /// <summary>Asserts the unified REST error envelope of spec section 5 with the given status and id.</summary>
    public static JsonElement AssertError(this ApiResponse response, HttpStatusCode status, string errorId)
    {
        Assert.True(response.Status == status, $"Expected {(int)status} {errorId}, got {response}");
        Assert.Equal("application/json", response.ContentType);
        var json = response.Json;
        Assert.False(json.GetProperty("status").GetBoolean());
        var error = json.GetProperty("error");
        Assert.Equal((int)status, error.GetProperty("http_status").GetInt32());
        Assert.Equal(errorId, error.GetProperty("error_id").GetString());
        Assert.Equal(json.GetProperty("response").GetString(), error.GetProperty("message").GetString());
        Assert.True(error.TryGetProperty("details", out _));
        return error;
    }

    public static ApiResponse AssertOk(this ApiResponse response)
    {
        Assert.True(response.Status == HttpStatusCode.OK, $"Expected 200, got {response}");
        Assert.Equal("application/json", response.ContentType);
        return response;
    }
}
