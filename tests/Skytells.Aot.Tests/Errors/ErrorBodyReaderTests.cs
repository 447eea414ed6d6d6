using System.Net;
using System.Text;

namespace Skytells.Tests.Errors;

public sealed class ErrorBodyReaderTests
{
    private static readonly SecretRedactor NoSecret = new(null);

    private static SkytellsErrorInfo Read(HttpStatusCode status, string body, SecretRedactor? redactor = null) =>
        ErrorBodyReader.Read(status, Encoding.UTF8.GetBytes(body), "req_header", SkytellsGateway.Standard, null, null, redactor ?? NoSecret);

    [Fact]
    public void Reads_the_unified_rest_envelope()
    {
        var info = Read(HttpStatusCode.Unauthorized,
            """{"status":false,"response":"Invalid API key","error":{"http_status":401,"message":"Invalid or missing API key","details":"Invalid API key","error_id":"UNAUTHORIZED"}}""");
        Assert.Equal("Invalid or missing API key", info.Message);
        Assert.Equal("UNAUTHORIZED", info.ErrorId);
        Assert.Equal("Invalid API key", info.Details);
        Assert.Equal("req_header", info.RequestId);
        Assert.Equal(HttpStatusCode.Unauthorized, info.StatusCode);
    }

    [Fact]
    public void Reads_the_inference_envelope_with_its_request_id()
    {
        var info = Read(HttpStatusCode.BadRequest,
            """{"error":{"message":"bad model","type":"invalid_request_error","code":"invalid_parameter","error_id":"INVALID_PARAMETER","status":400,"param":"model","request_id":"req_abc","details":{"category":"request"}}}""");
        Assert.Equal("bad model", info.Message);
        Assert.Equal("INVALID_PARAMETER", info.ErrorId);
        Assert.Equal("invalid_request_error", info.ErrorType);
        Assert.Equal("invalid_parameter", info.ErrorCode);
        Assert.Equal("model", info.Parameter);
        Assert.Equal("req_abc", info.RequestId);
        Assert.Equal("""{"category":"request"}""", info.Details);
    }

    [Fact]
    public void Uses_the_inference_code_as_id_when_no_id_is_sent()
    {
        var info = Read(HttpStatusCode.Unauthorized, """{"error":{"message":"no key","type":"authentication_error","code":"invalid_api_key"}}""");
        Assert.Equal("INVALID_API_KEY", info.ErrorId);
    }

    [Fact]
    public void Reads_the_legacy_flat_shape_and_a_response_only_body()
    {
        Assert.Equal("RATE_LIMIT_EXCEEDED", Read(HttpStatusCode.TooManyRequests, """{"error_id":"RATE_LIMIT_EXCEEDED","message":"slow down"}""").ErrorId);
        Assert.Equal("Upgrade required", Read(HttpStatusCode.Forbidden, """{"status":false,"response":"Upgrade required"}""").Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>bad gateway</html>")]
    [InlineData("{\"error\":")]
    [InlineData("[1,2]")]
    public void A_body_in_no_known_shape_still_gives_a_message_with_the_status(string body)
    {
        var info = Read(HttpStatusCode.BadGateway, body);
        Assert.Contains("502", info.Message, StringComparison.Ordinal);
        Assert.Null(info.ErrorId);
    }

    [Fact]
    public void The_api_key_is_removed_from_server_text()
    {
        var info = Read(HttpStatusCode.Unauthorized,
            """{"error":{"message":"key sk-secret-123 is revoked","details":"sk-secret-123","error_id":"UNAUTHORIZED"}}""",
            new SecretRedactor("sk-secret-123"));
        Assert.DoesNotContain("sk-secret-123", info.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret-123", info.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_cannot_be_decoded_keeps_what_was_read_instead_of_escaping()
    {
        // Found by fuzzing: a lone surrogate escape makes GetString throw InvalidOperationException.
        var info = Read(HttpStatusCode.NotFound, """{"error":{"message":"Not here","error_id":"NOT\uD800\u0041_FOUND"}}""");
        Assert.Equal("Not here", info.Message);
        Assert.Null(info.ErrorId);
        Assert.Equal(HttpStatusCode.NotFound, info.StatusCode);
    }

    [Fact]
    public void Every_field_is_redacted()
    {
        const string Key = "sk-echoed-secret";
        var info = Read(HttpStatusCode.Unauthorized,
            """{"error":{"message":"KEY","error_id":"KEY","type":"KEY","code":"KEY","param":"KEY","request_id":"KEY","details":{"k":"KEY"}}}""".Replace("KEY", Key, StringComparison.Ordinal),
            new SecretRedactor(Key));
        string?[] fields = [info.Message, info.ErrorId, info.ErrorType, info.ErrorCode, info.Parameter, info.RequestId, info.Details];
        Assert.All(fields, field => Assert.DoesNotContain(Key, field ?? string.Empty, StringComparison.Ordinal));
        Assert.All(fields, field => Assert.Contains("[redacted]", field ?? string.Empty, StringComparison.Ordinal));
    }
}
