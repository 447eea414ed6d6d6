using Skytells.Tests.Integration;

namespace Skytells.Tests.Security;

/// <summary>Every id is exactly one path segment: refused before I/O when it cannot be one, escaped otherwise.</summary>
public sealed class PathSegmentTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    public static TheoryData<string> UnsafeIds => ["", " ", ".", "..", "a\u0000b", "a\nb", "a\rb", "\u007f", "\tx"];

    public static TheoryData<string, string> EscapedIds => new()
    {
        { "a/b", "a%2Fb" },
        { "a?b", "a%3Fb" },
        { "a#b", "a%23b" },
        { "100%", "100%25" },
        { "a\\b", "a%5Cb" },
        { "a b", "a%20b" },
        { "é漢", "%C3%A9%E6%BC%A2" },
        { "...", "..." },
        { "./x", ".%2Fx" },
        { "%2e%2e", "%252e%252e" },
    };

    [Theory]
    [MemberData(nameof(UnsafeIds))]
    public async Task Unsafe_ids_are_refused_before_any_request(string id)
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Predictions.GetAsync(id, TestContext.Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Predictions.CancelAsync(id, TestContext.Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Predictions.DeleteAsync(id, TestContext.Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Predictions.WaitAsync(id, cancellationToken: TestContext.Token));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.Predictions.WaitAsync(new Prediction { Id = id, Status = PredictionStatus.Processing }, cancellationToken: TestContext.Token));

        Assert.Empty(fixture.RequestsOf(key));
    }

    [Theory]
    [MemberData(nameof(EscapedIds))]
    public async Task Every_other_character_reaches_the_server_escaped_inside_one_segment(string id, string segment)
    {
        var key = fixture.NewKey();
        using var client = fixture.Client(key);

        await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.GetAsync(id, TestContext.Token));
        await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.CancelAsync(id, TestContext.Token));
        await Assert.ThrowsAsync<SkytellsNotFoundException>(() => client.Predictions.DeleteAsync(id, TestContext.Token));

        var targets = (await fixture.WaitForRequestsOfAsync(key, 3)).Select(r => $"{r.Method} {r.RawTarget}").ToList();
        Assert.Equal(
            [$"GET /v1/predictions/{segment}", $"POST /v1/predictions/{segment}/cancel", $"DELETE /v1/predictions/{segment}"],
            targets);
    }
}
