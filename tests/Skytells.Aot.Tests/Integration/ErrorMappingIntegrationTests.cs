using System.Net;
using Skytells.Emulator;

namespace Skytells.Tests.Integration;

public sealed class ErrorMappingIntegrationTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static ImageInput Input => new() { Prompt = "x" };

    private SkytellsClient NoRetryClient(string key)
    {
        var options = fixture.Options(key);
        options.Retry.MaxRetries = 0;
        return new SkytellsClient(options);
    }

    [Fact]
    public async Task An_unknown_key_is_an_authentication_error_that_never_shows_the_key()
    {
        const string key = "sk-not-registered-secret-42";
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsAuthenticationException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("UNAUTHORIZED", error.ErrorId);
        Assert.NotNull(error.RequestId);
        Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_prediction_is_not_found()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.GetAsync("00000000-0000-4000-8000-000000000000", TestContext.Token));
        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task Missing_input_fields_are_a_validation_error()
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);
        var error = await Assert.ThrowsAsync<SkytellsValidationException>(() =>
            client.Predictions.CreateAsync(new PredictionRequest { Model = SkytellsModels.DeepBrainRouter, Input = [] }, TestContext.Token));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.IsNotType<SkytellsEdgeNotSupportedException>(error);
    }

    [Theory]
    [InlineData(400, "INVALID_REQUEST", typeof(SkytellsValidationException))]
    [InlineData(402, "INSUFFICIENT_CREDITS", typeof(SkytellsPaymentRequiredException))]
    [InlineData(403, "ACCOUNT_SUSPENDED", typeof(SkytellsPermissionException))]
    [InlineData(422, "VALIDATION_ERROR", typeof(SkytellsValidationException))]
    [InlineData(429, "RATE_LIMIT_EXCEEDED", typeof(SkytellsRateLimitException))]
    [InlineData(500, "INTERNAL_ERROR", typeof(SkytellsServerException))]
    [InlineData(503, "SERVICE_UNAVAILABLE", typeof(SkytellsServerException))]
    [InlineData(451, "CONTENT_POLICY_VIOLATION", typeof(SkytellsException))]
    public async Task Each_error_status_from_the_server_maps_to_its_type(int status, string errorId, Type expected)
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = status, ErrorId = errorId, Message = $"injected {status}" });
        using var client = NoRetryClient(key);
        var error = await Assert.ThrowsAnyAsync<SkytellsException>(() => client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token));

        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(errorId, error.ErrorId);
        Assert.Equal($"injected {status}", error.Message);
        Assert.Equal(SkytellsGateway.Standard, error.Gateway);
    }

    [Fact]
    public async Task A_malformed_body_is_a_typed_error_that_keeps_the_body()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "GET", MalformedBody = true });
        using var client = NoRetryClient(key);
        var created = await client.Predictions.CreateAsync(SkytellsModels.TrueFusion, Input, cancellationToken: TestContext.Token);
        var error = await Assert.ThrowsAsync<SkytellsInvalidResponseException>(() => client.Predictions.GetAsync(created.Id, TestContext.Token));

        Assert.Equal("INVALID_RESPONSE", error.ErrorId);
        Assert.False(string.IsNullOrEmpty(error.ResponseBody));
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task A_truncated_body_is_a_network_error()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, Method = "GET", TruncatedBody = true });
        using var client = NoRetryClient(key);
        var error = await Assert.ThrowsAsync<SkytellsNetworkException>(() => client.Predictions.GetAsync("any", TestContext.Token));
        Assert.True(error.MayHaveReachedServer);
    }

    [Fact]
    public async Task A_connection_reset_is_a_network_error()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, ResetConnection = true });
        using var client = NoRetryClient(key);
        var error = await Assert.ThrowsAsync<SkytellsNetworkException>(() => client.Predictions.GetAsync("any", TestContext.Token));
        Assert.Equal("NETWORK_ERROR", error.ErrorId);
    }

    [Fact]
    public async Task Rate_limit_headers_and_retry_after_are_exposed_on_the_exception()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, StatusCode = 429, ErrorId = "RATE_LIMIT_EXCEEDED", RetryAfter = TimeSpan.FromSeconds(12) });
        using var client = NoRetryClient(key);
        var error = await Assert.ThrowsAsync<SkytellsRateLimitException>(() => client.Predictions.GetAsync("any", TestContext.Token));
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
    }
}
