using Skytells.Emulator.Faults;

namespace Skytells.Emulator.Tests;

public sealed class HostileFaultRuleTests
{
    public static TheoryData<string, EmulatorFault> Contradictions() => new()
    {
        { "redirect and status", new EmulatorFault { RedirectLocation = "/x", StatusCode = 500 } },
        { "redirect and body", new EmulatorFault { RedirectLocation = "/x", Body = [1] } },
        { "redirect and reset", new EmulatorFault { RedirectLocation = "/x", ResetConnection = true } },
        { "body and malformed", new EmulatorFault { Body = [1], MalformedBody = true } },
        { "body and close", new EmulatorFault { Body = [1], CloseWithoutResponse = true } },
        { "close and reset", new EmulatorFault { CloseWithoutResponse = true, ResetConnection = true } },
        { "close and status", new EmulatorFault { CloseWithoutResponse = true, StatusCode = 503 } },
        { "cut and truncated", new EmulatorFault { ResetAfterBodyBytes = 1, TruncatedBody = true } },
        { "cut and status", new EmulatorFault { ResetAfterBodyBytes = 1, StatusCode = 500 } },
        { "cut and close", new EmulatorFault { ResetAfterBodyBytes = 1, CloseWithoutResponse = true } },
        { "redirect status alone", new EmulatorFault { RedirectStatusCode = 301 } },
        { "empty location", new EmulatorFault { RedirectLocation = string.Empty } },
        { "location with a line break", new EmulatorFault { RedirectLocation = "/a\r\nSet-Cookie: x=1" } },
        { "location not ASCII", new EmulatorFault { RedirectLocation = "/café" } },
        { "content type without body", new EmulatorFault { BodyContentType = "text/html", StatusCode = 500 } },
        { "body status without body", new EmulatorFault { BodyStatusCode = 503, Delay = TimeSpan.FromSeconds(1) } },
        { "repeat without body", new EmulatorFault { BodyRepeat = 2, ResetConnection = true } },
        { "chunked without body", new EmulatorFault { BodyChunked = true, ResetAfterBodyBytes = 1 } },
        { "content type with a line break", new EmulatorFault { Body = [1], BodyContentType = "text/html\n" } },
        { "204 with a body", new EmulatorFault { Body = [1], BodyStatusCode = 204 } },
        { "304 chunked", new EmulatorFault { Body = [], BodyStatusCode = 304, BodyChunked = true } },
        { "cut past the body", new EmulatorFault { Body = new byte[10], BodyRepeat = 3, ResetAfterBodyBytes = 30 } },
        { "cut past the built-in answer", new EmulatorFault { ResetAfterBodyBytes = FaultBodies.ResetSource.Length } },
        { "headers without an answer", new EmulatorFault { Delay = TimeSpan.FromSeconds(1), ResponseHeaders = { ["X-A"] = "1" } } },
        { "headers on a reset", new EmulatorFault { ResetConnection = true, ResponseHeaders = { ["X-A"] = "1" } } },
        { "headers on a close", new EmulatorFault { CloseWithoutResponse = true, ResponseHeaders = { ["X-A"] = "1" } } },
        { "content-length header", new EmulatorFault { Body = [1], ResponseHeaders = { ["content-length"] = "5" } } },
        { "transfer-encoding header", new EmulatorFault { StatusCode = 500, ResponseHeaders = { ["Transfer-Encoding"] = "chunked" } } },
        { "header name with a space", new EmulatorFault { StatusCode = 500, ResponseHeaders = { ["Retry After"] = "1" } } },
        { "header value with a line break", new EmulatorFault { StatusCode = 500, ResponseHeaders = { ["X-A"] = "1\r\nX-B: 2" } } },
        { "stream fault and body", new EmulatorFault { StreamOmitDone = true, Body = [1] } },
        { "stream fault and close", new EmulatorFault { StreamKeepAlive = true, CloseWithoutResponse = true } },
    };

    public static TheoryData<string, EmulatorFault> OutOfRange() => new()
    {
        { "redirect status 200", new EmulatorFault { RedirectLocation = "/x", RedirectStatusCode = 200 } },
        { "redirect status 400", new EmulatorFault { RedirectLocation = "/x", RedirectStatusCode = 400 } },
        { "body status 199", new EmulatorFault { Body = [1], BodyStatusCode = 199 } },
        { "body status 600", new EmulatorFault { Body = [1], BodyStatusCode = 600 } },
        { "repeat 0", new EmulatorFault { Body = [1], BodyRepeat = 0 } },
        { "negative cut", new EmulatorFault { ResetAfterBodyBytes = -1 } },
    };

    [Theory]
    [MemberData(nameof(Contradictions))]
    public void Contradictory_rule_is_refused_with_an_argument_exception(string why, EmulatorFault rule)
    {
        var error = Assert.ThrowsAny<ArgumentException>(rule.Validate);

        Assert.False(string.IsNullOrWhiteSpace(error.Message), why);
    }

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Out_of_range_value_is_refused_with_argument_out_of_range(string why, EmulatorFault rule)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(rule.Validate);

        Assert.NotNull(error.ParamName);
        Assert.Contains(error.ParamName, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(why));
    }

    [Fact]
    public void Messages_say_what_is_wrong()
    {
        Assert.Contains("one way only", Message(new EmulatorFault { RedirectLocation = "/x", Body = [1] }), StringComparison.Ordinal);
        Assert.Contains("needs a RedirectLocation", Message(new EmulatorFault { RedirectStatusCode = 301 }), StringComparison.Ordinal);
        Assert.Contains("set Body", Message(new EmulatorFault { BodyChunked = true, StatusCode = 500 }), StringComparison.Ordinal);
        Assert.Contains("(Body.Length × BodyRepeat = 30 bytes)", Message(new EmulatorFault { Body = new byte[10], BodyRepeat = 3, ResetAfterBodyBytes = 30 }), StringComparison.Ordinal);
        Assert.Contains($"({FaultBodies.ResetSource.Length} bytes)", Message(new EmulatorFault { ResetAfterBodyBytes = 100_000 }), StringComparison.Ordinal);
        Assert.Contains("cannot set content-length", Message(new EmulatorFault { Body = [1], ResponseHeaders = { ["content-length"] = "5" } }), StringComparison.Ordinal);
        Assert.Contains("not ResetConnection or CloseWithoutResponse", Message(new EmulatorFault { ResetConnection = true, ResponseHeaders = { ["X"] = "1" } }), StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_combinations_are_accepted()
    {
        var rules = new[]
        {
            new EmulatorFault { RedirectLocation = "https://a.example/b", RedirectStatusCode = 399, ResponseHeaders = { ["Retry-After"] = "1" } },
            new EmulatorFault { Body = [], BodyStatusCode = 204, AfterProcessing = true, Delay = TimeSpan.FromMilliseconds(1) },
            new EmulatorFault { Body = new byte[10], BodyRepeat = 3, BodyChunked = true, ResetAfterBodyBytes = 29, AfterProcessing = true },
            new EmulatorFault { ResetAfterBodyBytes = FaultBodies.ResetSource.Length - 1, ResponseHeaders = { ["X-A"] = "\tok" } },
            new EmulatorFault { CloseWithoutResponse = true, AfterProcessing = true, FailPrediction = "lost" },
            new EmulatorFault { MalformedBody = true, ResponseHeaders = { ["Content-Type"] = "text/html" } },
        };

        Assert.All(rules, rule => rule.Validate());
    }

    [Fact]
    public void Built_in_cut_answer_is_a_json_prediction_of_a_few_kilobytes()
    {
        using var document = System.Text.Json.JsonDocument.Parse(FaultBodies.ResetSource);

        Assert.Equal("succeeded", document.RootElement.GetProperty("status").GetString());
        Assert.InRange(FaultBodies.ResetSource.Length, 3000, 8000);
    }

    [Fact]
    public void ToString_names_the_new_answers_without_dumping_the_body()
    {
        var text = new EmulatorFault
        {
            Body = new byte[1024],
            BodyStatusCode = 503,
            BodyContentType = "text/html",
            BodyRepeat = 3,
            BodyChunked = true,
            ResetAfterBodyBytes = 10,
            ResponseHeaders = { ["Retry-After"] = "5" },
        }.ToString();
        var redirect = new EmulatorFault { RedirectLocation = "/x", RedirectStatusCode = 307 }.ToString();

        Assert.Equal(
            "EmulatorFault { Times = 1, Body = 1024 bytes, BodyContentType = text/html, BodyStatusCode = 503, BodyRepeat = 3, BodyChunked = True, ResetAfterBodyBytes = 10, ResponseHeaders = Retry-After: 5, }",
            text);
        Assert.Equal("EmulatorFault { Times = 1, RedirectStatusCode = 307, RedirectLocation = /x, }", redirect);
        Assert.Equal("EmulatorFault { Times = 1, CloseWithoutResponse = True, }", new EmulatorFault { CloseWithoutResponse = true }.ToString());
    }

    [Fact]
    public void Copy_owns_its_headers_and_body()
    {
        var rule = new EmulatorFault { Body = [1, 2], ResponseHeaders = { ["X-A"] = "1" } };

        var copy = rule.Copy();
        rule.Body[0] = 9;
        rule.ResponseHeaders["X-A"] = "2";
        rule.ResponseHeaders["X-B"] = "3";

        Assert.Equal([1, 2], copy.Body);
        Assert.Equal("1", Assert.Single(copy.ResponseHeaders).Value);
        Assert.True(copy.ResponseHeaders.ContainsKey("x-a"));
    }

    private static string Message(EmulatorFault rule) => Assert.ThrowsAny<ArgumentException>(rule.Validate).Message;
}
