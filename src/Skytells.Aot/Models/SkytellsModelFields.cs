namespace Skytells;

/// <summary>Optional parts of a model the server leaves out unless asked (the <c>fields</c> query).</summary>
[Flags]
public enum SkytellsModelFields
{
    /// <summary>Only the default fields.</summary>
    None = 0,

    /// <summary>The input JSON Schema (<c>input_schema</c>).</summary>
    InputSchema = 1,

    /// <summary>The output JSON Schema (<c>output_schema</c>).</summary>
    OutputSchema = 2,

    /// <summary>Both schemas.</summary>
    Schemas = InputSchema | OutputSchema,
}
