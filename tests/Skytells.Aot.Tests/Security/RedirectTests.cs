using Skytells.Emulator;
using Skytells.Tests.Integration;

namespace Skytells.Tests.Security;

/// <summary>
/// A redirect never takes the key or the body elsewhere: the client's own handler does not follow it, and an answer
/// that a caller's <see cref="HttpClient"/> fetched from another origin is refused.
/// </summary>
public sealed class RedirectTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IAsyncLifetime
{
    private SkytellsEmulator _otherHost = null!;

    public async Task InitializeAsync() => _otherHost = await SkytellsEmulator.StartAsync();

    public async Task DisposeAsync() => await _otherHost.DisposeAsync();

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task A_redirected_create_is_refused_and_names_where_it_pointed(int status)
    {
        var key = fixture.NewKey();
        var elsewhere = new Uri(_otherHost.StandardBaseUrl + "/predictions").AbsoluteUri;
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, RedirectStatusCode = status, RedirectLocation = elsewhere });
        using var client = fixture.Client(key);

        var error = await Assert.ThrowsAsync<SkytellsRedirectException>(() =>
            client.Predictions.CreateAsync(SkytellsModels.TrueFusion, new ImageInput { Prompt = "x" }, cancellationToken: TestContext.Token));

        Assert.Equal(elsewhere, error.Location);
        Assert.False(error.FollowedByHttpClient);
        Assert.Equal(status, (int)error.StatusCode!);
        Assert.Equal(SkytellsRedirectException.RedirectErrorId, error.ErrorId);
        Assert.Contains(elsewhere, error.Message, StringComparison.Ordinal);
        Assert.Single(fixture.RequestsOf(key));
        Assert.Empty(_otherHost.Requests);
    }

    [Fact]
    public async Task A_relative_location_is_reported_as_the_absolute_url_it_means()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, RedirectLocation = "/elsewhere/x" });
        using var client = fixture.Client(key);

        var error = await Assert.ThrowsAsync<SkytellsRedirectException>(() => client.Predictions.GetAsync("p", TestContext.Token));

        Assert.Equal(new Uri(fixture.Emulator.StandardBaseUrl, "/elsewhere/x").AbsoluteUri, error.Location);
    }

    [Fact]
    public async Task A_caller_http_client_that_follows_a_redirect_has_its_answer_refused()
    {
        var key = fixture.NewKey();
        var elsewhere = new Uri(_otherHost.StandardBaseUrl + "/predictions/p").AbsoluteUri;
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, RedirectStatusCode = 302, RedirectLocation = elsewhere });
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true });
        using var client = new SkytellsClient(fixture.Options(key), http);

        var error = await Assert.ThrowsAsync<SkytellsRedirectException>(() => client.Predictions.GetAsync("p", TestContext.Token));

        // That HttpClient did send the key to the other host; the client can only refuse what came back and say so.
        Assert.True(error.FollowedByHttpClient);
        Assert.Equal(elsewhere, error.Location);
        Assert.Contains("AllowAutoRedirect = false", error.Message, StringComparison.Ordinal);
        Assert.Single(_otherHost.Requests);
    }

    [Fact]
    public async Task A_caller_http_client_without_auto_redirect_keeps_everything_at_the_gateway()
    {
        var key = fixture.NewKey();
        fixture.Emulator.InjectFault(new EmulatorFault { ApiKey = key, RedirectStatusCode = 307, RedirectLocation = _otherHost.StandardBaseUrl + "/chat/completions" });
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        using var client = new SkytellsClient(fixture.Options(key), http);

        var error = await Assert.ThrowsAsync<SkytellsRedirectException>(() =>
            client.Chat.StreamAsync(new ChatCompletionRequest { Model = SkytellsModels.DeepBrainRouter, Messages = [ChatMessage.User("hi")] }, cancellationToken: TestContext.Token)
                .ToCompletionAsync(TestContext.Token));

        Assert.False(error.FollowedByHttpClient);
        Assert.Empty(_otherHost.Requests);
    }
}
