using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Absolute URLs of a prediction's operations; the client prefers them over building paths.</summary>
/// <remarks>
/// Read as text and turned into <see cref="Uri"/>s only when asked for: parsing four URLs per answer cost more than
/// the rest of the prediction, and most callers read none of them. Text that is not an absolute URL reads as null.
/// </remarks>
public sealed class PredictionUrls
{
    // Mutable structs on purpose: the first read parses in place (a benign race at worst parses twice).
    private Link _get;
    private Link _cancel;
    private Link _stream;
    private Link _delete;

    /// <summary>GET the prediction.</summary>
    [JsonIgnore]
    public Uri? Get { get => _get.Resolve(); set => _get = Link.Of(value); }

    /// <summary>Cancel the prediction.</summary>
    [JsonIgnore]
    public Uri? Cancel { get => _cancel.Resolve(); set => _cancel = Link.Of(value); }

    /// <summary>Stream metadata of the prediction.</summary>
    [JsonIgnore]
    public Uri? Stream { get => _stream.Resolve(); set => _stream = Link.Of(value); }

    /// <summary>Delete the prediction.</summary>
    [JsonIgnore]
    public Uri? Delete { get => _delete.Resolve(); set => _delete = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("get")]
    internal string? GetText { get => _get.Text; set => _get = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("cancel")]
    internal string? CancelText { get => _cancel.Text; set => _cancel = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("stream")]
    internal string? StreamText { get => _stream.Text; set => _stream = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("delete")]
    internal string? DeleteText { get => _delete.Text; set => _delete = Link.Of(value); }

    /// <summary>One URL, kept as the text received and parsed on first use.</summary>
    private struct Link
    {
        private Uri? _uri;
        private bool _parsed;

        public string? Text { get; private init; }

        public static Link Of(string? text) => new() { Text = text };

        public static Link Of(Uri? uri) => new() { Text = uri?.OriginalString, _uri = uri, _parsed = true };

        public Uri? Resolve()
        {
            if (!_parsed)
            {
                _uri = Uri.TryCreate(Text, UriKind.Absolute, out var uri) ? uri : null;
                _parsed = true;
            }

            return _uri;
        }
    }
}
