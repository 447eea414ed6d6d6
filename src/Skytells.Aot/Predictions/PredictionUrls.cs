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
    /// <remarks>One reference per URL (a string, a <see cref="Uri"/>, or a marker), not a field per state.</remarks>
    private struct Link
    {
        private static readonly object Absent = new();

        private object? _state;

        public readonly bool IsKnown => _state is not null;

        public readonly string? Text => _state switch
        {
            string text => text,
            Uri uri => uri.OriginalString,
            NotAUrl invalid => invalid.Text,
            _ => null,
        };

        public static Link Of(string? text) => new() { _state = text ?? Absent };

        public static Link Of(Uri? uri) => new() { _state = (object?)uri ?? Absent };

        public Uri? Resolve()
        {
            if (_state is string text)
            {
                _state = Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : new NotAUrl(text);
            }

            return _state as Uri;
        }

        /// <summary>Text that was read and is not an absolute URL: kept to be written back as received.</summary>
        private sealed record NotAUrl(string Text);
    }
}
