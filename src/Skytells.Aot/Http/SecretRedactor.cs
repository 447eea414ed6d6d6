using System.Collections;

namespace Skytells;

/// <summary>
/// Removes secrets from text the library produces (messages, error fields, telemetry): a hostile or buggy server may
/// echo the key back anywhere, raw or URL-escaped.
/// </summary>
internal sealed class SecretRedactor
{
    private const string Mask = "[redacted]";
    private readonly string[] _secrets;

    public SecretRedactor(params ReadOnlySpan<string?> secrets)
    {
        var forms = new List<string>();
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            forms.Add(secret);
            var escaped = Uri.EscapeDataString(secret);
            if (escaped != secret)
            {
                forms.Add(escaped);
            }
        }

        _secrets = [.. forms];
    }

    public string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A copy of <paramref name="info"/> with every text field redacted.</summary>
    public SkytellsErrorInfo Redact(SkytellsErrorInfo info) => new()
    {
        StatusCode = info.StatusCode,
        Message = Redact(info.Message) ?? string.Empty,
        ErrorId = Redact(info.ErrorId),
        RequestId = Redact(info.RequestId),
        Details = Redact(info.Details),
        ErrorType = Redact(info.ErrorType),
        ErrorCode = Redact(info.ErrorCode),
        Parameter = Redact(info.Parameter),
        RetryAfter = info.RetryAfter,
        Gateway = info.Gateway,
        RateLimit = info.RateLimit,
    };

    /// <summary>
    /// The exception to attach as an inner exception: <paramref name="exception"/> itself when no secret shows in it,
    /// else a stand-in carrying its redacted text (platform messages can quote response headers verbatim).
    /// </summary>
    public Exception? Scrub(Exception? exception)
    {
        if (exception is null || !Contains(exception))
        {
            return exception;
        }

        return new RedactedException($"{exception.GetType().FullName}: {Redact(exception.ToString())}");
    }

    private bool Contains(Exception exception)
    {
        // ToString covers the whole chain of messages and stack traces; Data is not part of it.
        if (Contains(exception.ToString()))
        {
            return true;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            foreach (DictionaryEntry entry in current.Data)
            {
                if (Contains(entry.Key.ToString()) || Contains(entry.Value?.ToString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool Contains(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var secret in _secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Stands in for an inner exception whose text held a secret.</summary>
    private sealed class RedactedException(string message) : Exception(message);
}
