namespace Skytells;

/// <summary>Removes a secret from text that may reach messages or logs (a server might echo the key back).</summary>
internal sealed class SecretRedactor(string? secret)
{
    private const string Mask = "[redacted]";

    public string? Redact(string? text) =>
        text is null || string.IsNullOrEmpty(secret) ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
}
