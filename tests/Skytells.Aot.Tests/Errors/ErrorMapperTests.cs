using System.Net;

namespace Skytells.Tests.Errors;

public sealed class ErrorMapperTests
{
    private static SkytellsException Map(int status, string message = "m", string? errorId = null, string? model = null) =>
        SkytellsErrorMapper.FromInfo(new SkytellsErrorInfo { StatusCode = (HttpStatusCode)status, Message = message, ErrorId = errorId }, model);

    [Theory]
    [InlineData(400, typeof(SkytellsValidationException))]
    [InlineData(401, typeof(SkytellsAuthenticationException))]
    [InlineData(402, typeof(SkytellsPaymentRequiredException))]
    [InlineData(403, typeof(SkytellsPermissionException))]
    [InlineData(404, typeof(SkytellsNotFoundException))]
    [InlineData(408, typeof(SkytellsTimeoutException))]
    [InlineData(422, typeof(SkytellsValidationException))]
    [InlineData(429, typeof(SkytellsRateLimitException))]
    [InlineData(500, typeof(SkytellsServerException))]
    [InlineData(502, typeof(SkytellsServerException))]
    [InlineData(503, typeof(SkytellsServerException))]
    [InlineData(504, typeof(SkytellsServerException))]
    [InlineData(451, typeof(SkytellsException))]
    public void Each_status_maps_to_its_type(int status, Type expected)
    {
        var error = Map(status);
        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
    }

    [Fact]
    public void A_422_with_the_edge_message_maps_to_the_edge_exception_naming_the_model()
    {
        var error = Assert.IsType<SkytellsEdgeNotSupportedException>(Map(422, "This model does not support Edge routing.", model: SkytellsModels.TrueFusionPro));
        Assert.Equal(SkytellsModels.TrueFusionPro, error.Model);
        Assert.Equal([SkytellsModels.TrueFusionEdge], error.EdgeAlternatives);
        Assert.False(error.RejectedBeforeSending);
        Assert.IsAssignableFrom<SkytellsValidationException>(error);
    }

    [Fact]
    public void A_422_with_the_edge_error_id_maps_to_the_edge_exception()
    {
        Assert.IsType<SkytellsEdgeNotSupportedException>(Map(422, "rejected", errorId: "EDGE_NOT_SUPPORTED"));
    }

    [Fact]
    public void The_guard_exception_matches_the_server_message_and_names_the_counterpart()
    {
        var error = SkytellsEdgeNotSupportedException.BeforeSending(SkytellsModels.TrueFusionPro);
        Assert.StartsWith("This model does not support Edge routing.", error.Message, StringComparison.Ordinal);
        Assert.Contains("truefusion-pro", error.Message, StringComparison.Ordinal);
        Assert.Contains("truefusion-edge", error.Message, StringComparison.Ordinal);
        Assert.True(error.RejectedBeforeSending);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("EDGE_NOT_SUPPORTED", error.ErrorId);
    }

    [Fact]
    public void Exception_text_includes_status_id_and_request_id()
    {
        var error = SkytellsErrorMapper.FromInfo(new SkytellsErrorInfo
        {
            StatusCode = HttpStatusCode.TooManyRequests,
            Message = "slow down",
            ErrorId = "RATE_LIMIT_EXCEEDED",
            RequestId = "req_1",
            RetryAfter = TimeSpan.FromSeconds(12),
        }, null);
        var text = error.ToString();
        Assert.Contains("429", text, StringComparison.Ordinal);
        Assert.Contains("RATE_LIMIT_EXCEEDED", text, StringComparison.Ordinal);
        Assert.Contains("req_1", text, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
    }
}
