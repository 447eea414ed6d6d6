using System.Text;
using System.Text.Json;
using Skytells.Tests.Fuzzing;

namespace Skytells.Tests.Serialization;

/// <summary>The hand-written prediction reader: deferred parts, wrong types, and agreement with the serializer path.</summary>
public sealed class PredictionReaderTests
{
    private static Prediction Read(string json) => PredictionReader.Read(Encoding.UTF8.GetBytes(json))!;

    private static string Write(Prediction prediction) => JsonSerializer.Serialize(prediction, SkytellsJsonContext.Default.Prediction);

    [Fact]
    public void Deferred_parts_read_as_received_and_can_be_replaced()
    {
        var prediction = Read("""{"id":"p","input":{"prompt":"fox","steps":[1,2]},"shard":"eu","urls":{"get":"https://api.skytells.ai/v1/predictions/p"}}""");
        Assert.Equal("""{"prompt":"fox","steps":[1,2]}""", prediction.Input!.Value.GetRawText());
        Assert.Equal("eu", prediction.AdditionalProperties!["shard"].GetString());
        Assert.Equal("https://api.skytells.ai/v1/predictions/p", prediction.Urls!.Get!.OriginalString);

        prediction.Input = null;
        prediction.AdditionalProperties = null;
        Assert.Null(prediction.Input);
        Assert.Null(prediction.AdditionalProperties);
        Assert.DoesNotContain("shard", Write(prediction), StringComparison.Ordinal);
    }

    [Fact]
    public void Absent_parts_read_as_null()
    {
        var prediction = Read("""{"id":"p","input":null,"urls":null}""");
        Assert.Null(prediction.Input);
        Assert.Null(prediction.Urls);
        Assert.Null(prediction.AdditionalProperties);
        Assert.Null(prediction.CreatedAt);
    }

    [Fact]
    public void Many_unknown_fields_with_escaped_names_and_duplicates_are_all_kept()
    {
        var members = string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"extra{i}\":{i}"));
        var prediction = Read($$"""{"id":"p",{{members}},"caf\u00e9":"x","dup":1,"dup":2}""");
        var kept = prediction.AdditionalProperties!;
        Assert.Equal(22, kept.Count);
        Assert.Equal(19, kept["extra19"].GetInt32());
        Assert.Equal("x", kept["café"].GetString());
        Assert.Equal(2, kept["dup"].GetInt32());
    }

    [Fact]
    public void An_escaped_known_name_is_recognised()
    {
        var prediction = Read("""{"\u0069d":"p","st\u0061tus":"succeeded"}""");
        Assert.Equal("p", prediction.Id);
        Assert.Equal(PredictionStatus.Succeeded, prediction.Status);
        Assert.Null(prediction.AdditionalProperties);
    }

    [Fact]
    public void Timestamps_keep_their_offset()
    {
        var prediction = Read("""{"id":"p","created_at":"2026-03-04T21:20:58+05:30","updated_at":"2026-03-04T21:20:58Z"}""");
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 21, 20, 58, TimeSpan.FromMinutes(330)), prediction.CreatedAt);
        Assert.Equal(TimeSpan.FromMinutes(330), prediction.CreatedAt!.Value.Offset);
        Assert.Equal(TimeSpan.Zero, prediction.UpdatedAt!.Value.Offset);

        prediction.StartedAt = DateTimeOffset.MinValue;
        Assert.Equal(DateTimeOffset.MinValue, prediction.StartedAt);
        prediction.StartedAt = null;
        Assert.Null(prediction.StartedAt);
    }

    [Theory]
    [InlineData("""{"id":5}""")]
    [InlineData("""{"id":"p","stream":"yes"}""")]
    [InlineData("""{"id":"p","urls":"https://x"}""")]
    [InlineData("""{"id":"p","metrics":{"progress":"most"}}""")]
    [InlineData("""{"id":"p","metrics":{"image_count":1.5}}""")]
    [InlineData("""{"id":"p","metrics":{"total_time":1e999}}""")]
    [InlineData("""{"id":"p","metadata":{"billing":[]}}""")]
    [InlineData("""{"id":"p","type":{}}""")]
    [InlineData("""{"id":"p"} {}""")]
    [InlineData("""[{"id":"p"}]""")]
    [InlineData("""{"id":"p","\uD800x":1}""")]
    [InlineData("""{"id":"p\uD800"}""")]
    [InlineData("")]
    public void Malformed_or_mistyped_bodies_fail_as_json_exceptions(string json)
    {
        Assert.ThrowsAny<JsonException>(() => PredictionReader.Read(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void An_unknown_name_that_is_not_utf8_fails_at_once_not_on_first_read()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"p","mXX":1}""");
        body[11] = 0xC3;
        body[12] = 0x28;
        Assert.ThrowsAny<JsonException>(() => PredictionReader.Read(body));
    }

    [Fact]
    public void A_url_that_decodes_to_no_text_reads_as_null()
    {
        var prediction = Read("""{"id":"p","urls":{"get":"https://a\uD800","cancel":"https://api.skytells.ai/c"}}""");
        Assert.Null(prediction.Urls!.Get);
        Assert.Equal("https://api.skytells.ai/c", prediction.Urls.Cancel!.OriginalString);
    }

    [Fact]
    public void Numbers_may_come_as_strings()
    {
        var prediction = Read("""{"id":"p","metrics":{"image_count":"2","total_time":"1.5"},"metadata":{"billing":{"credits_used":"0.25"}}}""");
        Assert.Equal(2, prediction.Metrics!.ImageCount);
        Assert.Equal(1.5, prediction.Metrics.TotalTime);
        Assert.Equal(0.25, prediction.Metadata!.Billing!.CreditsUsed);
    }

    [Fact]
    public void Concurrent_first_reads_agree()
    {
        var body = Encoding.UTF8.GetBytes("""{"id":"p","input":{"prompt":"fox"},"odd":[1,2],"urls":{"get":"https://api.skytells.ai/v1/predictions/p"}}""");
        for (var round = 0; round < 50; round++)
        {
            var prediction = PredictionReader.Read(body)!;
            var seen = new string[8];
            Parallel.For(0, seen.Length, i =>
                seen[i] = $"{prediction.Input!.Value.GetRawText()}|{prediction.AdditionalProperties!["odd"].GetRawText()}|{prediction.Urls!.Get}");
            Assert.All(seen, text => Assert.Equal("""{"prompt":"fox"}|[1,2]|https://api.skytells.ai/v1/predictions/p""", text));
        }
    }

    [Fact]
    public async Task Mutated_bodies_read_the_same_through_the_serializer_and_every_deferred_part_reads_without_throwing()
    {
        var corpus = WebhookCorpus.All.Where(body => !Encoding.UTF8.GetString(body).Contains("\"data\"", StringComparison.Ordinal)).ToArray();
        await FuzzRun.CheckAsync(JsonMutations.Of(corpus), 1_000, body =>
        {
            string? direct = null, throughSerializer = null;
            try
            {
                direct = Describe(PredictionReader.Read(body));
            }
            catch (JsonException)
            {
            }

            try
            {
                throughSerializer = Describe(JsonSerializer.Deserialize(body, SkytellsJsonContext.Default.Prediction));
            }
            catch (JsonException)
            {
            }

            Assert.Equal(direct, throughSerializer);
            if (direct is not null && direct != "null")
            {
                // What is written reads back as itself.
                Assert.Equal(direct, Describe(PredictionReader.Read(Encoding.UTF8.GetBytes(direct))));
            }

            return ValueTask.CompletedTask;
        });
    }

    // Reads every part, deferred or not, and writes the whole prediction: any throw here would be a getter's.
    private static string Describe(Prediction? prediction)
    {
        if (prediction is null)
        {
            return "null";
        }

        _ = (prediction.Urls?.Get, prediction.Urls?.Cancel, prediction.Urls?.Stream, prediction.Urls?.Delete, prediction.Input, prediction.AdditionalProperties);
        return Write(prediction);
    }
}
