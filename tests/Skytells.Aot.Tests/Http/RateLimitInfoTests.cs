namespace Skytells.Tests.Http;

public sealed class RateLimitInfoTests
{
    [Fact]
    public void Reads_the_current_header_family_and_treats_dash_as_not_applicable()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("x-skytells-ratelimit-limit-requests", "75");
        response.Headers.Add("x-skytells-ratelimit-remaining-requests", "74");
        response.Headers.Add("x-skytells-ratelimit-window", "60");
        response.Headers.Add("x-skytells-ratelimit-limit-tokens-in", "-");
        var info = RateLimitInfo.FromHeaders(response.Headers)!;
        Assert.Equal(75, info.LimitRequests);
        Assert.Equal(74, info.RemainingRequests);
        Assert.Equal(TimeSpan.FromSeconds(60), info.Window);
        Assert.Null(info.LimitTokensIn);
    }

    [Fact]
    public void Reads_the_legacy_edge_family()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Limit-RPM", "30");
        response.Headers.Add("X-RateLimit-Remaining-RPM", "22");
        response.Headers.Add("X-RateLimit-Limit-Streams", "3");
        response.Headers.Add("X-RateLimit-Remaining-Streams", "2");
        response.Headers.Add("X-RateLimit-Reset", "1741910220");
        var info = RateLimitInfo.FromHeaders(response.Headers)!;
        Assert.Equal(30, info.LimitRequests);
        Assert.Equal(22, info.RemainingRequests);
        Assert.Equal(3, info.LimitStreams);
        Assert.Equal(2, info.RemainingStreams);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1741910220), info.Reset);
    }

    [Fact]
    public void No_headers_means_no_info()
    {
        using var response = new HttpResponseMessage();
        Assert.Null(RateLimitInfo.FromHeaders(response.Headers));
    }

    [Theory]
    [InlineData("x-skytells-ratelimit-window", "9223372036854775807")]
    [InlineData("x-skytells-ratelimit-window", "-5")]
    [InlineData("X-RateLimit-Reset", "9223372036854775807")]
    [InlineData("X-RateLimit-Reset", "-9223372036854775808")]
    public void Values_no_time_type_can_hold_read_as_absent(string header, string value)
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add(header, value);
        response.Headers.Add("X-RateLimit-Limit-RPM", "30");
        var info = RateLimitInfo.FromHeaders(response.Headers)!;
        Assert.Equal(30, info.LimitRequests);
        Assert.Null(info.Window);
        Assert.Null(info.Reset);
    }
}
