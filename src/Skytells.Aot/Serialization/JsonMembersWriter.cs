using System.Text.Json;

namespace Skytells;

/// <summary>Writes kept unknown members back into the object being written, as the serializer does for extension data.</summary>
internal static class JsonMembersWriter
{
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
