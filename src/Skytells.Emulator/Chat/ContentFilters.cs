using System.Text.Json.Serialization;

namespace Skytells.Emulator.Chat;

/// <summary>The content-filter results Azure-style gateways add; the emulator's are always clean (spec section 12, row 23).</summary>
internal sealed record ContentFilters(
    ContentSeverity Hate,
    ContentSeverity SelfHarm,
    ContentSeverity Sexual,
    ContentSeverity Violence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ContentDetection? ProtectedMaterialCode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ContentDetection? ProtectedMaterialText,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ContentDetection? Jailbreak)
{
    private static readonly ContentSeverity Safe = new(false, "safe");
    private static readonly ContentDetection Clean = new(false, false);

    /// <summary>The <c>content_filter_results</c> of a choice.</summary>
    public static ContentFilters Completion { get; } = new(Safe, Safe, Safe, Safe, Clean, Clean, null);

    /// <summary>The <c>content_filter_results</c> of the prompt.</summary>
    public static ContentFilters Prompt { get; } = new(Safe, Safe, Safe, Safe, null, null, Clean);
}

/// <summary>One severity category's verdict.</summary>
internal sealed record ContentSeverity(bool Filtered, string Severity);

/// <summary>One detector's verdict.</summary>
internal sealed record ContentDetection(bool Filtered, bool Detected);

/// <summary>An item of <c>prompt_filter_results</c>.</summary>
internal sealed record PromptFilterResult(int PromptIndex, ContentFilters ContentFilterResults);
