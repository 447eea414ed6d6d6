using System.Text.Json;

namespace Skytells;

/// <summary>
/// Reads a prediction in one pass over the answer's bytes. Fields a caller reads at once are parsed here; the input
/// echo, the URLs and unknown fields are copied, as received, into one array the prediction owns and parsed on first
/// read. Values of the wrong JSON type fail as <see cref="JsonException"/>, as the serializer's would.
/// </summary>
internal static class PredictionReader
{
    /// <summary>Reads a body that holds one prediction (null for a JSON <c>null</c>).</summary>
    public static Prediction? Read(ReadOnlySpan<byte> json) => JsonValueReader.Guard(json, static json =>
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            throw new JsonException("The body holds no JSON value.");
        }

        var prediction = ReadValue(ref reader, json);

        // Anything after the value is malformed; the reader throws on it.
        reader.Read();
        return prediction;
    });

    /// <summary>Reads the prediction at the reader's current token; <paramref name="json"/> is the whole input the reader runs over.</summary>
    public static Prediction? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> json)
    {
        if (!JsonValueReader.StartsObject(ref reader, "prediction"))
        {
            return null;
        }

        var prediction = new Prediction();
        Range input = default, urls = default;
        var unknown = new UnknownMembers(stackalloc Range[8]);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = PredictionFieldNames.Of(ref reader);
            if (field == PredictionField.Unknown)
            {
                unknown.Add(UnknownMembers.Extent(ref reader));
                continue;
            }

            reader.Read();
            switch (field)
            {
                case PredictionField.Id:
                    prediction.Id = JsonValueReader.String(ref reader, "id") ?? "";
                    break;
                case PredictionField.Status:
                    prediction.Status = PredictionStatusConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Type:
                    prediction.Type = JsonValueReader.RecurringString(ref reader, "type");
                    break;
                case PredictionField.Stream:
                    prediction.Stream = JsonValueReader.Boolean(ref reader, "stream");
                    break;
                case PredictionField.Model:
                    prediction.Model = PredictionModelConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Input:
                    input = reader.TokenType == JsonTokenType.Null ? default : JsonValueReader.Extent(ref reader);
                    break;
                case PredictionField.Output:
                    prediction.Output = PredictionOutputConverter.ReadValue(ref reader);
                    break;
                case PredictionField.Response:
                    prediction.Response = JsonValueReader.String(ref reader, "response");
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
                    prediction.Privacy = JsonValueReader.RecurringString(ref reader, "privacy");
                    break;
                case PredictionField.Source:
                    prediction.Source = JsonValueReader.RecurringString(ref reader, "source");
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
                    urls = JsonValueReader.StartsObject(ref reader, "urls") ? JsonValueReader.Extent(ref reader) : default;
                    break;
            }
        }

        Keep(prediction, json, input, urls, unknown);
        return prediction;
    }

    /// <summary>Copies the parts read on demand into one array: the input, the URLs, then the unknown members as an object.</summary>
    private static void Keep(Prediction prediction, ReadOnlySpan<byte> json, Range input, Range urls, UnknownMembers unknown)
    {
        var inputLength = input.End.Value - input.Start.Value;
        var urlsLength = urls.End.Value - urls.Start.Value;
        var unknownLength = unknown.Length;
        var total = inputLength + urlsLength + unknownLength;
        if (total == 0)
        {
            return;
        }

        var owned = new byte[total];
        json[input].CopyTo(owned);
        json[urls].CopyTo(owned.AsSpan(inputLength));
        var unknownStart = inputLength + urlsLength;
        if (unknownLength > 0)
        {
            unknown.WriteTo(json, owned.AsSpan(unknownStart));
        }

        prediction.Receive(
            inputLength > 0 ? new RawJson(owned, 0, inputLength) : default,
            unknownLength > 0 ? new RawJson(owned, unknownStart, unknownLength) : default);
        if (urlsLength > 0)
        {
            prediction.Urls = new PredictionUrls(new RawJson(owned, inputLength, urlsLength));
        }
    }
}
