using System.Net;
using Skytells.Emulator.Errors;
using Skytells.Emulator.Faults;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class HostileFaultHeaderTests
{
    [Fact]
    public void Redirect_items_set_the_location_and_status()
    {
        var fault = FaultHeader.Parse("redirect=https://a.example/v1/x?y=1&z=a=b; redirect-status=307");

        Assert.Equal("https://a.example/v1/x?y=1&z=a=b", fault.RedirectLocation);
        Assert.Equal(307, fault.RedirectStatusCode);
    }

    [Fact]
    public void Redirect_alone_defaults_to_no_status_which_answers_302()
    {
        var fault = FaultHeader.Parse("REDIRECT=/v1/moved");

        Assert.Equal("/v1/moved", fault.RedirectLocation);
        Assert.Null(fault.RedirectStatusCode);
    }

    [Fact]
    public void Reset_after_bytes_and_close_items_set_their_properties()
    {
        var cut = FaultHeader.Parse("reset_after_bytes=12; after-processing");
        var close = FaultHeader.Parse(" close ");

        Assert.Equal(12, cut.ResetAfterBodyBytes);
        Assert.True(cut.AfterProcessing);
        Assert.True(close.CloseWithoutResponse);
        Assert.Null(close.ResetAfterBodyBytes);
    }

    [Theory]
    [InlineData("redirect", "redirect needs a value")]
    [InlineData("redirect=", "redirect needs a value")]
    [InlineData("redirect-status=abc", "redirect-status 'abc' is not a number")]
    [InlineData("redirect-status=301", "needs a RedirectLocation")]
    [InlineData("redirect=/x; redirect-status=200", "300 to 399")]
    [InlineData("redirect=/x; status=500", "one way only")]
    [InlineData("reset-after-bytes=-1", "reset-after-bytes '-1' is not a byte count")]
    [InlineData("reset-after-bytes=lots", "is not a byte count")]
    [InlineData("reset-after-bytes=100000", "smaller than the built-in answer")]
    [InlineData("reset-after-bytes=5; truncated", "one way only")]
    [InlineData("close=now", "close takes no value")]
    [InlineData("close; reset", "one way only")]
    public void Invalid_items_are_refused_with_the_reason(string header, string reason)
    {
        var error = Assert.Throws<ApiErrorException>(() => FaultHeader.Parse(header));

        Assert.Equal(400, error.Error.StatusCode);
        Assert.Contains("x-emulator-fault", error.Error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("redirect-status=302")]
    [InlineData("reset-after-bytes=x")]
    [InlineData("close; redirect=/x")]
    public async Task Invalid_hostile_header_fault_is_400_INVALID_REQUEST_on_the_wire(string header)
    {
        await using var host = await EmulatorHost.StartAsync();

        var response = await host.SendAsync(
            HttpMethod.Get, EmulatorGateway.Standard, "/predictions", headers: new Dictionary<string, string> { ["x-emulator-fault"] = header });

        response.AssertError(HttpStatusCode.BadRequest, "INVALID_REQUEST");
        Assert.Equal(400, Assert.Single(host.Emulator.Requests).StatusCode);
    }
}
