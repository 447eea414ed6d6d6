using System.Text.Json;

namespace Skytells;

/// <summary>A function tool the model may call.</summary>
public sealed class ChatTool
{
    /// <summary>Always <c>function</c>.</summary>
    public string Type { get; init; } = "function";

    /// <summary>The function.</summary>
    public required ChatFunction Function { get; init; }

    /// <summary>A function tool with a JSON-schema <paramref name="parameters"/> object.</summary>
    public static ChatTool ForFunction(string name, string? description = null, JsonElement? parameters = null, bool? strict = null) =>
        new() { Function = new ChatFunction { Name = name, Description = description, Parameters = parameters, Strict = strict } };
}

/// <summary>A function definition.</summary>
public sealed class ChatFunction
{
    /// <summary>The function name.</summary>
    public required string Name { get; init; }

    /// <summary>What the function does.</summary>
    public string? Description { get; init; }

    /// <summary>The JSON schema of its arguments.</summary>
    public JsonElement? Parameters { get; init; }

    /// <summary>Ask for strict schema adherence.</summary>
    public bool? Strict { get; init; }
}
