using System.Text.Json.Serialization;

namespace Skytells;

/// <summary>Absolute URLs of a prediction's operations; the client prefers them over building paths.</summary>
/// <remarks>
/// Kept as the bytes received and turned into <see cref="Uri"/>s only when asked for: four URL strings per answer
/// cost more than the rest of the prediction, and most callers read none of them. Text that is not an absolute URL
/// reads as null.
/// </remarks>
public sealed class PredictionUrls
{
    private readonly RawJson _received;

    // Mutable structs on purpose: the first read resolves in place (a benign race at worst resolves twice).
    private Link _get;
    private Link _cancel;
    private Link _stream;
    private Link _delete;

    /// <summary>Creates an empty set of URLs.</summary>
    public PredictionUrls()
    {
    }

    internal PredictionUrls(RawJson received) => _received = received;

    /// <summary>GET the prediction.</summary>
    [JsonIgnore]
    public Uri? Get { get => Resolve(ref _get, "get"u8); set => _get = Link.Of(value); }

    /// <summary>Cancel the prediction.</summary>
    [JsonIgnore]
    public Uri? Cancel { get => Resolve(ref _cancel, "cancel"u8); set => _cancel = Link.Of(value); }

    /// <summary>Stream metadata of the prediction.</summary>
    [JsonIgnore]
    public Uri? Stream { get => Resolve(ref _stream, "stream"u8); set => _stream = Link.Of(value); }

    /// <summary>Delete the prediction.</summary>
    [JsonIgnore]
    public Uri? Delete { get => Resolve(ref _delete, "delete"u8); set => _delete = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("get")]
    internal string? GetText { get => Text(ref _get, "get"u8); set => _get = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("cancel")]
    internal string? CancelText { get => Text(ref _cancel, "cancel"u8); set => _cancel = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("stream")]
    internal string? StreamText { get => Text(ref _stream, "stream"u8); set => _stream = Link.Of(value); }

    [JsonInclude]
    [JsonPropertyName("delete")]
    internal string? DeleteText { get => Text(ref _delete, "delete"u8); set => _delete = Link.Of(value); }

    private string? Text(ref Link link, ReadOnlySpan<byte> name)
    {
        if (!link.IsKnown)
        {
            link = Link.Of(_received.FindString(name));
        }

        return link.Text;
    }

    private Uri? Resolve(ref Link link, ReadOnlySpan<byte> name)
    {
        Text(ref link, name);
        return link.Resolve();
    }

    /// <summary>One URL: unknown until read from the answer or set, then its text, then its parsed form.</summary>
    private struct Link
    {
        private Uri? _uri;
        private bool _parsed;

        public string? Text { get; private init; }

        public bool IsKnown { get; private init; }

        public static Link Of(string? text) => new() { Text = text, IsKnown = true };

        public static Link Of(Uri? uri) => new() { Text = uri?.OriginalString, IsKnown = true, _uri = uri, _parsed = true };

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
