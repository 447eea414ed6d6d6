namespace Skytells;

/// <summary>One server-sent event was larger than the client accepts.</summary>
internal sealed class SseEventTooLargeException(int limit)
    : IOException($"A stream event exceeded {limit} bytes.")
{
    public int Limit => limit;
}
