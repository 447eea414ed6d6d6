using System.Text.Json;
using System.Text.Unicode;

namespace Skytells;

/// <summary>
/// The members of an answer object that no property claims, collected as ranges of the input while reading and
/// written out afterwards as one JSON object (<c>{"a":1,"b":2}</c>) for <see cref="DeferredMembers"/>.
/// </summary>
internal ref struct UnknownMembers(Span<Range> inline)
{
    private Span<Range> _items = inline;
    private int _count;

    /// <summary>Bytes <see cref="WriteTo"/> needs: zero when no member was added.</summary>
    public readonly int Length
    {
        get
        {
            if (_count == 0)
            {
                return 0;
            }

            // "{" + members joined by "," + "}": one separator per member, the closing brace in the last one's place.
            var length = 1;
            foreach (var member in _items[.._count])
            {
                length += member.End.Value - member.Start.Value + 1;
            }

            return length;
        }
    }

    /// <summary>
    /// The range of the member whose property name the reader is on (name through value), leaving the reader on the
    /// value's last token.
    /// </summary>
    public static Range Extent(ref Utf8JsonReader reader)
    {
        var start = (int)reader.TokenStartIndex;
        // Kept names are decoded on first read; one that cannot be decoded must fail now, not then.
        if (reader.ValueIsEscaped)
        {
            _ = reader.GetString();
        }
        else if (!Utf8.IsValid(reader.ValueSpan))
        {
            throw new JsonException("A property name is not valid UTF-8.");
        }

        reader.Read();
        reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }

    /// <summary>Adds a member's range, as <see cref="Extent"/> gives it.</summary>
    public void Add(Range member)
    {
        if (_count == _items.Length)
        {
            var larger = new Range[_items.Length * 2];
            _items.CopyTo(larger);
            _items = larger;
        }

        _items[_count++] = member;
    }

    /// <summary>Writes the object of collected members from <paramref name="json"/> into <paramref name="destination"/>.</summary>
    public readonly void WriteTo(ReadOnlySpan<byte> json, Span<byte> destination)
    {
        destination[0] = (byte)'{';
        var next = 1;
        for (var i = 0; i < _count; i++)
        {
            var member = json[_items[i]];
            member.CopyTo(destination[next..]);
            next += member.Length;
            destination[next++] = i == _count - 1 ? (byte)'}' : (byte)',';
        }
    }

    /// <summary>The collected members in an array of their own; empty when none was added.</summary>
    public readonly RawJson ToRaw(ReadOnlySpan<byte> json)
    {
        var length = Length;
        if (length == 0)
        {
            return default;
        }

        var owned = new byte[length];
        WriteTo(json, owned);
        return new RawJson(owned, 0, length);
    }
}
