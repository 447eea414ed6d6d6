namespace Skytells;

/// <summary>A tool call made by the model.</summary>
public sealed class ChatToolCall
{
    /// <summary>The call id, echoed back by the tool message.</summary>
    public string? Id { get; set; }

    /// <summary>Always <c>function</c>.</summary>
    public string? Type { get; set; } = "function";

    /// <summary>The function called and its arguments.</summary>
    public ChatFunctionCall? Function { get; set; }

    /// <summary>In stream deltas: which tool call this fragment belongs to.</summary>
    public int? Index { get; set; }
}

/// <summary>A function call: the name and the arguments as a JSON string.</summary>
public sealed class ChatFunctionCall
{
    /// <summary>The function name.</summary>
    public string? Name { get; set; }

    /// <summary>The arguments, a JSON document as a string (in a stream, a fragment of it).</summary>
    public string? Arguments { get; set; }
}
