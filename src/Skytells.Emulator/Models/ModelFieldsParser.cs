namespace Skytells.Emulator.Models;

/// <summary>Reads the <c>fields</c> query value (a comma list; unknown names are ignored, as upstream).</summary>
internal static class ModelFieldsParser
{
    public static ModelFields Parse(string? fields)
    {
        var result = ModelFields.None;
        foreach (var name in (fields ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= name.ToUpperInvariant() switch
            {
                "INPUT_SCHEMA" => ModelFields.InputSchema,
                "OUTPUT_SCHEMA" => ModelFields.OutputSchema,
                _ => ModelFields.None,
            };
        }

        return result;
    }
}
