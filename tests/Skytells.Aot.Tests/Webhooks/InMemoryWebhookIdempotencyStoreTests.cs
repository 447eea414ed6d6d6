namespace Skytells.Tests.Webhooks;

public sealed class InMemoryWebhookIdempotencyStoreTests
{
    [Fact]
    public async Task A_key_is_new_once_and_a_redelivery_afterwards()
    {
        var store = new InMemoryWebhookIdempotencyStore();

        Assert.True(await store.TryMarkAsync("p1:succeeded"));
        Assert.False(await store.TryMarkAsync("p1:succeeded"));
        Assert.True(await store.TryMarkAsync("p1:failed"));
        Assert.True(await store.TryMarkAsync("P1:succeeded")); // keys are compared exactly
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public async Task Past_its_capacity_the_store_forgets_the_oldest_keys_first()
    {
        var store = new InMemoryWebhookIdempotencyStore(capacity: 2);

        Assert.True(await store.TryMarkAsync("a"));
        Assert.True(await store.TryMarkAsync("b"));
        Assert.True(await store.TryMarkAsync("c"));

        Assert.Equal(2, store.Count);
        Assert.False(await store.TryMarkAsync("c"));
        Assert.False(await store.TryMarkAsync("b"));
        Assert.True(await store.TryMarkAsync("a")); // forgotten, so it counts as new again
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public async Task Memory_stays_bounded_under_many_distinct_keys()
    {
        var store = new InMemoryWebhookIdempotencyStore(capacity: 100);

        for (var i = 0; i < 10_000; i++)
        {
            await store.TryMarkAsync($"p{i}:succeeded");
        }

        Assert.Equal(100, store.Count);
        Assert.Equal(100, store.Capacity);
        Assert.False(await store.TryMarkAsync("p9999:succeeded"));
        Assert.True(await store.TryMarkAsync("p0:succeeded"));
    }

    [Fact]
    public async Task Concurrent_redeliveries_of_one_event_let_exactly_one_through()
    {
        var store = new InMemoryWebhookIdempotencyStore();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await store.TryMarkAsync("p1:succeeded"))));

        Assert.Equal(1, results.Count(first => first));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_capacity_below_one_is_refused(int capacity) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryWebhookIdempotencyStore(capacity));
}
