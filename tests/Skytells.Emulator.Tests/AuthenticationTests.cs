using System.Net;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class AuthenticationTests
{
    [Theory]
    [InlineData(EmulatorGateway.Standard, null)]
    [InlineData(EmulatorGateway.Standard, "sk-unknown")]
    [InlineData(EmulatorGateway.Edge, null)]
    [InlineData(EmulatorGateway.Edge, "sk-unknown")]
    public async Task Missing_or_unknown_key_is_401_UNAUTHORIZED(EmulatorGateway gateway, string? apiKey)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.CreateAsync(SkytellsModels.TrueFusionEdge, gateway, apiKey!);

        response.AssertError(HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.StartsWith("req_", response.Headers["x-request-id"]);
    }

    [Fact]
    public async Task Bearer_token_authenticates_when_no_x_api_key_is_sent()
    {
        await using var host = await EmulatorHost.StartAsync();
        using var request = EmulatorHost.Build(HttpMethod.Get, host.Url(EmulatorGateway.Standard, "/predictions"), apiKey: null);
        request.Headers.Authorization = new("Bearer", EmulatorApiKeys.Free);

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task X_api_key_wins_over_bearer_token()
    {
        await using var host = await EmulatorHost.StartAsync();
        using var request = EmulatorHost.Build(HttpMethod.Get, host.Url(EmulatorGateway.Edge, "/predictions"), apiKey: EmulatorApiKeys.Free);
        request.Headers.Authorization = new("Bearer", EmulatorApiKeys.Enterprise);

        var response = await ApiResponse.ReadAsync(await host.Http.SendAsync(request));

        // The Free key decides, so Edge refuses it although the bearer token is an Enterprise key.
        response.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
    }

    [Theory]
    [InlineData(EmulatorApiKeys.Free)]
    [InlineData(EmulatorApiKeys.Pro)]
    public async Task Edge_refuses_free_and_pro_keys_with_403_before_the_model_check(string apiKey)
    {
        await using var host = await EmulatorHost.StartAsync();

        // A non-Edge model would be a 422; the plan gate answers first.
        var response = await host.CreateAsync(SkytellsModels.TrueFusionPro, EmulatorGateway.Edge, apiKey);

        var error = response.AssertError(HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Contains("Upgrade required", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmulatorApiKeys.Free)]
    [InlineData(EmulatorApiKeys.Pro)]
    public async Task Free_and_pro_keys_work_on_standard(string apiKey)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.CreateAsync(SkytellsModels.TrueFusionPro, EmulatorGateway.Standard, apiKey);

        response.AssertOk();
    }

    [Theory]
    [InlineData(EmulatorApiKeys.Business)]
    [InlineData(EmulatorApiKeys.Enterprise)]
    public async Task Business_and_enterprise_keys_work_on_edge(string apiKey)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.CreateAsync(SkytellsModels.TrueFusionEdge, EmulatorGateway.Edge, apiKey);

        Assert.Equal("succeeded", response.AssertOk().Str("status"));
    }

    [Fact]
    public async Task AddApiKey_registers_a_key_and_can_change_its_plan()
    {
        await using var host = await EmulatorHost.StartAsync();
        const string Key = "sk-test-added";

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync(EmulatorGateway.Standard, "/predictions", Key)).Status);

        host.Emulator.AddApiKey(Key, AccountPlan.Pro);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(EmulatorGateway.Standard, "/predictions", Key)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.GetAsync(EmulatorGateway.Edge, "/predictions", Key)).Status);

        host.Emulator.AddApiKey(Key, AccountPlan.Enterprise);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(EmulatorGateway.Edge, "/predictions", Key)).Status);
    }

    [Fact]
    public async Task Keys_from_options_replace_the_defaults_when_removed()
    {
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.ApiKeys.Remove(EmulatorApiKeys.Business);
            o.ApiKeys["sk-options"] = AccountPlan.Business;
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await host.GetAsync(EmulatorGateway.Standard, "/predictions", EmulatorApiKeys.Business)).Status);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(EmulatorGateway.Edge, "/predictions", "sk-options")).Status);
    }

    [Fact]
    public async Task Every_answer_carries_a_request_id_and_json_content_type()
    {
        await using var host = await EmulatorHost.StartAsync();

        var ok = await host.GetAsync(EmulatorGateway.Standard, "/predictions");
        var missing = await host.GetAsync(EmulatorGateway.Edge, "/nowhere");

        Assert.Matches("^req_[a-z0-9]{24}$", ok.Headers["x-request-id"]);
        Assert.Matches("^req_[a-z0-9]{24}$", missing.Headers["x-request-id"]);
        Assert.NotEqual(ok.Headers["x-request-id"], missing.Headers["x-request-id"]);
        Assert.Equal("application/json", ok.ContentType);
        Assert.Equal("application/json", missing.ContentType);
    }
}
