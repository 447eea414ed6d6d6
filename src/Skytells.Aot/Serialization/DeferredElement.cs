using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Skytells;

/// <summary>
/// Backing store of a <see cref="JsonElement"/> property that is kept as received bytes and parsed on first read
/// (content filters, log probabilities, an input echo: rarely read, costly to parse). Concurrent first reads may
/// both parse; they store equal values.
/// </summary>
internal struct DeferredElement
{
    private readonly RawJson _received;

    // Null until read or set; a box so that "read, and null" differs from "not read yet" in one reference.
    private StrongBox<JsonElement?>? _value;

    public DeferredElement(RawJson received) => _received = received;

    public JsonElement? Get() => (Volatile.Read(ref _value) ?? Store(_received.ToElement())).Value;

    public void Set(JsonElement? value) => Store(value);

    private StrongBox<JsonElement?> Store(JsonElement? value)
    {
        var box = new StrongBox<JsonElement?>(value);
        Volatile.Write(ref _value, box);
        return box;
    }
}

/// <summary>Backing store of an <c>AdditionalProperties</c> dictionary kept as the received unknown members until read.</summary>
internal struct DeferredMembers
{
    // Stands for "read, and there were none" so that one reference tells both states apart.
    private static readonly Dictionary<string, JsonElement> None = [];

    private readonly RawJson _received;
    private Dictionary<string, JsonElement>? _value;

    public DeferredMembers(RawJson received) => _received = received;

    public Dictionary<string, JsonElement>? Get()
    {
        var value = Volatile.Read(ref _value);
        if (value is null)
        {
            value = _received.ToDictionary() ?? None;
            Volatile.Write(ref _value, value);
        }

        return ReferenceEquals(value, None) ? null : value;
    }

    public void Set(Dictionary<string, JsonElement>? value) => Volatile.Write(ref _value, value ?? None);
}
