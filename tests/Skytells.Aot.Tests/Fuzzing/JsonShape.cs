using System.Text.Json;

namespace Skytells.Tests.Fuzzing;

/// <summary>
/// Where the values, properties and strings of a JSON document sit, as byte ranges <c>[Start, End)</c>, so a mutation
/// can aim at a value instead of a random byte. Scans as far as the document is readable: a body already broken by an
/// earlier mutation still yields what comes before the break.
/// </summary>
internal sealed class JsonShape
{
    private JsonShape()
    {
    }

    /// <summary>Every value: scalars, and objects and arrays that were closed before the scan stopped.</summary>
    public List<(int Start, int End)> Values { get; } = [];

    /// <summary>Every property: from the opening quote of its name to the end of its value.</summary>
    public List<(int Start, int End)> Properties { get; } = [];

    /// <summary>Every string value, quotes included.</summary>
    public List<(int Start, int End)> Strings { get; } = [];

    public static JsonShape Scan(byte[] json)
    {
        var shape = new JsonShape();
        var containers = new Stack<(int Start, int PropertyStart)>();
        var pendingProperty = -1;
        // Deeper than any corpus entry nests, so only input an earlier mutation already deepened is cut short.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var end = (int)reader.BytesConsumed;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = start;
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        containers.Push((start, pendingProperty));
                        pendingProperty = -1;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var (open, property) = containers.Pop();
                        shape.Add(open, end, property);
                        break;
                    default:
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            shape.Strings.Add((start, end));
                        }

                        shape.Add(start, end, pendingProperty);
                        pendingProperty = -1;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The rest of the document is unreadable; what was found before the break is still worth aiming at.
        }

        return shape;
    }

    private void Add(int start, int end, int propertyStart)
    {
        Values.Add((start, end));
        if (propertyStart >= 0)
        {
            Properties.Add((propertyStart, end));
        }
    }
}
