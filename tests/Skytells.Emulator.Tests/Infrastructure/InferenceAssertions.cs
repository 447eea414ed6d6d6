using System.Net;
using System.Text.Json;

namespace Skytells.Emulator.Tests.Infrastructure;

/// <summary>Checks of the inference error envelope (spec section 5, shape 2) used by chat.</summary>
internal static class InferenceAssertions
{
    /// <summary>Asserts <c>{"error":{message,type,code,error_id,status,param,request_id,details}}</c> with the given status and id.</summary>
    public static JsonElement AssertInferenceError(this ApiResponse response, HttpStatusCode status, string errorId)
    {
        Assert.True(response.Status == status, $"Expected {(int)status} {errorId}, got {response}");
        Assert.Equal("application/json", response.ContentType);
        var json = response.Json;
        Assert.False(json.TryGetProperty("status", out _), "The REST envelope's top-level status must not appear.");
        return AssertInferenceErrorObject(json.GetProperty("error"), (int)status, errorId, response.Headers["x-request-id"]);
    }

    public static JsonElement AssertInferenceErrorObject(JsonElement error, int status, string errorId, string requestId)
    {
        Assert.Equal(errorId, error.GetProperty("error_id").GetString());
        Assert.Equal(status, error.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("code").GetString()));
        Assert.True(error.TryGetProperty("param", out _));
        Assert.Equal(requestId, error.GetProperty("request_id").GetString());
        Assert.Equal(JsonValueKind.Object, error.GetProperty("details").ValueKind);
        return error;
    }
}
