using System.Text.Json;

namespace Skytells;

/// <summary>Members the hand-written converters write: optional strings, and kept unknown members as extension data.</summary>
internal static class JsonMembersWriter
{
    /// <summary>Writes <paramref name="text"/> under <paramref name="name"/> unless it is null, as the serializer's options do.</summary>
    public static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, text);
        }
    }

    /// <summary>Writes kept unknown members back into the object being written.</summary>
    public static void WriteUnknown(Utf8JsonWriter writer, Dictionary<string, JsonElement>? members)
    {
        if (members is null)
        {
            return;
        }

        foreach (var (name, element) in members)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }
    }
}
