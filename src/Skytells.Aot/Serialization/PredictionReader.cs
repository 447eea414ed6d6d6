using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads a prediction in one pass over the answer's bytes. Fields a caller reads at once are parsed here; the input
/// echo, the URLs and unknown fields are copied, as received, into one array the prediction owns and parsed on first
/// read. Values of the wrong JSON type fail as <see cref="JsonException"/>, as the serializer's would.
/// </summary>
internal static class PredictionReader
{
    private const int InlineUnknown = 8;

    /// <summary>Reads a body that holds one prediction (null for a JSON <c>null</c>).</summary>
    public static Prediction? Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return ReadBody(json);
        }
        catch (InvalidOperationException exception)
        {
            // The reader's own complaints about a value (an invalid escape, a number out of range) mean malformed JSON.
            throw new JsonException(exception.Message, exception);
        }
    }

    private static Prediction? ReadBody(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            throw new JsonException("The body holds no JSON value.");
        }

        var prediction = ReadValue(ref reader, json);

        // Anything after the value is malformed; the reader throws on it.
        if (reader.Read())
        {
            throw new JsonException("The body holds more than one JSON value.");
        }

        return prediction;
    }

    /// <summary>Reads the prediction at the reader's current token; <paramref name="json"/> is the whole input the reader runs over.</summary>
    public static Prediction? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A prediction must be a JSON object, not {reader.TokenType}.");
        }

        var prediction = new Prediction();
        Range input = default, urls = default;
        Span<Range> inlineUnknown = stackalloc Range[InlineUnknown];
        var unknown = new RangeList(inlineUnknown);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var memberStart = (int)reader.TokenStartIndex;
            var field = PredictionFieldNames.Of(ref reader);
            if (field == PredictionField.Unknown && reader.ValueIsEscaped)
            {
                // Kept names are decoded on first read; one that cannot be decoded must fail now, not then.
                _ = reader.GetString();
            }

            reader.Read();
            switch (field)
            {
                case PredictionField.Id:
                    prediction.Id = Strict(ref reader, "id") ?? "";
                    break;
                case PredictionField.Status:
                    prediction.Status = PredictionStatusConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Type:
                    prediction.Type = Recurring(ref reader, "type");
                    break;
                case PredictionField.Stream:
                    prediction.Stream = reader.TokenType switch
                    {
                        JsonTokenType.True => true,
                        JsonTokenType.False => false,
                        JsonTokenType.Null => null,
                        _ => throw WrongType("stream", "a boolean", reader.TokenType),
                    };
                    break;
                case PredictionField.Model:
                    prediction.Model = PredictionModelConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Input:
                    input = reader.TokenType == JsonTokenType.Null ? default : Value(ref reader);
                    break;
                case PredictionField.Output:
                    prediction.Output = PredictionOutputConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Response:
                    prediction.Response = Strict(ref reader, "response");
                    break;
                case PredictionField.Error:
                    prediction.Error = FlexibleStringConverter.ReadValue(ref reader);
                    break;
                case PredictionField.CreatedAt:
                    prediction.CreatedAt = LenientDateTimeOffsetConverter.ReadValue(ref reader);
                    break;
                case PredictionField.StartedAt:
                    prediction.StartedAt = LenientDateTimeOffsetConverter.ReadValue(ref reader);
                    break;
                case PredictionField.CompletedAt:
                    prediction.CompletedAt = LenientDateTimeOffsetConverter.ReadValue(ref reader);
                    break;
                case PredictionField.UpdatedAt:
                    prediction.UpdatedAt = LenientDateTimeOffsetConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Privacy:
                    prediction.Privacy = Recurring(ref reader, "privacy");
                    break;
                case PredictionField.Source:
                    prediction.Source = Recurring(ref reader, "source");
                    break;
                case PredictionField.Webhook:
                    prediction.Webhook = JsonSerializer.Deserialize(ref reader, SkytellsJsonContext.Default.PredictionWebhookInfo);
                    break;
                case PredictionField.Metrics:
                    prediction.Metrics = PredictionPartsReader.ReadMetrics(ref reader);
                    break;
                case PredictionField.Metadata:
                    prediction.Metadata = PredictionPartsReader.ReadMetadata(ref reader);
                    break;
                case PredictionField.Urls:
                    urls = reader.TokenType switch
                    {
                        JsonTokenType.Null => default,
                        JsonTokenType.StartObject => Value(ref reader),
                        _ => throw WrongType("urls", "an object", reader.TokenType),
                    };
                    break;
                default:
                    reader.Skip();
                    unknown.Add(new Range(memberStart, (int)reader.BytesConsumed));
                    break;
            }
        }

        Keep(prediction, json, input, urls, ref unknown);
        return prediction;
    }

    /// <summary>Copies the parts read on demand into one array: the input, the URLs, then the unknown members as an object.</summary>
    private static void Keep(Prediction prediction, ReadOnlySpan<byte> json, Range input, Range urls, ref RangeList unknown)
    {
        var inputLength = input.End.Value - input.Start.Value;
        var urlsLength = urls.End.Value - urls.Start.Value;
        var unknownLength = 0;
        foreach (var member in unknown.Items)
        {
            unknownLength += member.End.Value - member.Start.Value + 1;
        }

        // "{" + members joined by "," + "}": one separator per member, with the closing brace in the last one's place.
        unknownLength += unknown.Items.Length > 0 ? 1 : 0;
        var total = inputLength + urlsLength + unknownLength;
        if (total == 0)
        {
            return;
        }

        var owned = new byte[total];
        json[input].CopyTo(owned);
        json[urls].CopyTo(owned.AsSpan(inputLength));
        var at = inputLength + urlsLength;
        if (unknown.Items.Length > 0)
        {
            owned[at] = (byte)'{';
            var next = at + 1;
            for (var i = 0; i < unknown.Items.Length; i++)
            {
                var member = json[unknown.Items[i]];
                member.CopyTo(owned.AsSpan(next));
                next += member.Length;
                owned[next++] = i == unknown.Items.Length - 1 ? (byte)'}' : (byte)',';
            }
        }

        prediction.Receive(
            inputLength > 0 ? new RawJson(owned, 0, inputLength) : default,
            unknownLength > 0 ? new RawJson(owned, at, unknownLength) : default);
        if (urlsLength > 0)
        {
            prediction.Urls = new PredictionUrls(new RawJson(owned, inputLength, urlsLength));
        }
    }

    /// <summary>The range of the value at the reader's current token, leaving the reader on its last token.</summary>
    private static Range Value(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }

    private static string? Strict(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw WrongType(name, "a string", reader.TokenType),
    };

    private static string? Recurring(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => RecurringStringConverter.ReadValue(ref reader),
        JsonTokenType.Null => null,
        _ => throw WrongType(name, "a string", reader.TokenType),
    };

    private static JsonException WrongType(string name, string expected, JsonTokenType actual) =>
        PredictionPartsReader.WrongType(name, expected, actual);

    /// <summary>A list of ranges on the stack that moves to the heap past its inline capacity.</summary>
    private ref struct RangeList(Span<Range> inline)
    {
        private Span<Range> _items = inline;
        private int _count;

        public readonly ReadOnlySpan<Range> Items => _items[.._count];

        public void Add(Range range)
        {
            if (_count == _items.Length)
            {
                var larger = new Range[_items.Length * 2];
                _items.CopyTo(larger);
                _items = larger;
            }

            _items[_count++] = range;
        }
    }
}
