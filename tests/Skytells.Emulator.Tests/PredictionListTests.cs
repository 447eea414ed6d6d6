using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Skytells.Emulator.Tests.Infrastructure;

namespace Skytells.Emulator.Tests;

public sealed class PredictionListTests
{
    [Fact]
    public async Task List_is_newest_first_with_default_pagination()
    {
        await using var host = await EmulatorHost.StartAsync();
        var first = (await host.CreateAsync(SkytellsModels.TrueFusionPro)).AssertOk().Str("id");
        var second = (await host.CreateAsync(SkytellsModels.Veo31)).AssertOk().Str("id");

        var json = (await host.GetAsync(EmulatorGateway.Standard, "/predictions")).AssertOk().Json;

        Assert.Equal([second, first], Ids(json));
        var pagination = json.GetProperty("pagination");
        Assert.Equal(1, pagination.GetProperty("current_page").GetInt32());
        Assert.Equal(20, pagination.GetProperty("per_page").GetInt32());
        Assert.Equal(2, pagination.GetProperty("total").GetInt32());
        Assert.Equal(1, pagination.GetProperty("last_page").GetInt32());
    }

    [Fact]
    public async Task Pages_split_the_list()
    {
        await using var host = await EmulatorHost.StartAsync();
        var created = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await host.CreateAsync(SkytellsModels.TrueFusionPro)).AssertOk().Str("id"));
        }

        created.Reverse();
        var page2 = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?page=2&per_page=2")).AssertOk().Json;
        var page3 = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?page=3&per_page=2")).AssertOk().Json;
        var beyond = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?page=9&per_page=2")).AssertOk().Json;

        Assert.Equal(created.Skip(2).Take(2), Ids(page2));
        Assert.Equal(created.Skip(4), Ids(page3));
        Assert.Empty(Ids(beyond));
        Assert.Equal(3, page2.GetProperty("pagination").GetProperty("last_page").GetInt32());
        Assert.Equal(5, page2.GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Per_page_is_capped_at_50()
    {
        await using var host = await EmulatorHost.StartAsync();

        var json = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?per_page=500")).AssertOk().Json;

        Assert.Equal(50, json.GetProperty("pagination").GetProperty("per_page").GetInt32());
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=abc")]
    [InlineData("per_page=-1")]
    [InlineData("status=sleeping")]
    public async Task Bad_paging_or_status_is_422_VALIDATION_ERROR(string query)
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions?" + query)).AssertError((HttpStatusCode)422, "VALIDATION_ERROR");
    }

    [Fact]
    public async Task Model_and_status_filters_apply()
    {
        await using var host = await EmulatorHost.StartAsync(o =>
        {
            o.ModelLatency[SkytellsModels.TrueFusion] = TimeSpan.Zero;
            o.ModelLatency[SkytellsModels.Veo31] = TimeSpan.FromHours(1);
        });
        var image = (await host.CreateAsync(SkytellsModels.TrueFusion)).AssertOk().Str("id");
        var video = (await host.CreateAsync(SkytellsModels.Veo31)).AssertOk().Str("id");

        var byModel = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?model=veo-3.1")).AssertOk().Json;
        var byStatus = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?status=succeeded")).AssertOk().Json;
        var none = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?model=veo-3.1&status=succeeded")).AssertOk().Json;

        Assert.Equal([video], Ids(byModel));
        Assert.Equal([image], Ids(byStatus));
        Assert.Empty(Ids(none));
        Assert.Equal(0, none.GetProperty("pagination").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Only_the_calling_keys_predictions_are_listed()
    {
        await using var host = await EmulatorHost.StartAsync();
        var mine = (await host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: EmulatorApiKeys.Pro)).AssertOk().Str("id");
        (await host.CreateAsync(SkytellsModels.TrueFusionPro, apiKey: EmulatorApiKeys.Business)).AssertOk();

        var json = (await host.GetAsync(EmulatorGateway.Standard, "/predictions", EmulatorApiKeys.Pro)).AssertOk().Json;

        Assert.Equal([mine], Ids(json));
    }

    [Theory]
    [InlineData("from=2026-03-02&to=2026-03-02", "b")]
    [InlineData("from=2026-03-02", "c,b")]
    [InlineData("to=2026-03-02", "b,a")]
    [InlineData("since=2026-03-03&until=2026-03-09", "c")]
    [InlineData("from=2026-03-04&to=2026-03-09", "")]
    public async Task Date_filters_select_whole_utc_days(string query, string expected)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 23, 59, 0, TimeSpan.Zero));
        await using var host = await EmulatorHost.StartAsync(o => o.TimeProvider = clock);
        var names = new Dictionary<string, string>();
        foreach (var name in new[] { "a", "b", "c" })
        {
            names[(await host.CreateAsync(SkytellsModels.TrueFusionPro)).AssertOk().Str("id")] = name;
            clock.Advance(TimeSpan.FromDays(1));
        }

        var json = (await host.GetAsync(EmulatorGateway.Standard, "/predictions?" + query)).AssertOk().Json;

        Assert.Equal(expected, string.Join(",", Ids(json).Select(id => names[id])));
    }

    [Theory]
    [InlineData("from=2026-3-1")]
    [InlineData("to=yesterday")]
    [InlineData("since=2026-02-30")]
    [InlineData("from=2026-03-01T00:00:00Z")]
    public async Task Bad_date_is_422_INVALID_DATE_FORMAT(string query)
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions?" + query)).AssertError((HttpStatusCode)422, "INVALID_DATE_FORMAT");
    }

    [Fact]
    public async Task From_after_to_is_422_INVALID_DATE_RANGE()
    {
        await using var host = await EmulatorHost.StartAsync();

        (await host.GetAsync(EmulatorGateway.Standard, "/predictions?from=2026-03-05&to=2026-03-01")).AssertError((HttpStatusCode)422, "INVALID_DATE_RANGE");
    }

    private static List<string> Ids(JsonElement list) =>
        [.. list.GetProperty("data").EnumerateArray().Select(p => p.GetProperty("id").GetString()!)];
}
