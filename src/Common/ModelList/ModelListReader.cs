using System;
using System.Collections.Generic;
using System.Text;

namespace Skytells;

/// <summary>
/// Reads a saved <c>GET /models</c> answer (a JSON array of model objects, spec sections 2.7 and 8) into its slugs and
/// <c>metadata.edge_compatible</c> flags. Dependency-free and netstandard2.0-compatible, because the analyzer compiles
/// it too and may load no System.Text.Json of its own. Unknown fields are skipped whatever they hold; anything that is
/// not JSON, or not that shape, is a <see cref="ModelListFormatException"/> naming the line and column.
/// </summary>
internal sealed class ModelListReader
{
    // Schemas nest a few levels; far deeper input is malformed or hostile and must not exhaust the stack.
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _position;

    private ModelListReader(string text) => _text = text;

    /// <summary>Parses <paramref name="text"/>; models appear in file order, each slug once.</summary>
    /// <exception cref="ModelListFormatException">The text is not a <c>GET /models</c> answer.</exception>
    public static IReadOnlyList<ModelListEntry> Parse(string text)
    {
        var reader = new ModelListReader(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            reader._position = 1;
        }

        var models = reader.ReadModels();
        reader.SkipWhitespace();
        if (reader._position < text.Length)
        {
            throw reader.Error("unexpected text after the end of the model list");
        }

        return models;
    }

    private List<ModelListEntry> ReadModels()
    {
        SkipWhitespace();
        if (Peek() != '[')
        {
            throw Error("expected '[': the file must be the JSON array that GET /models returns");
        }

        _position++;
        var models = new List<ModelListEntry>();
        var bySlug = new Dictionary<string, ModelListEntry>(StringComparer.Ordinal);
        if (TryConsume(']'))
        {
            return models;
        }

        do
        {
            SkipWhitespace();
            var start = _position;
            var model = ReadModel(models.Count + 1);
            if (bySlug.TryGetValue(model.Slug, out var earlier))
            {
                if (earlier.EdgeCompatible != model.EdgeCompatible)
                {
                    _position = start;
                    throw Error($"model '{model.Slug}' is listed twice with different 'edge_compatible' values");
                }

                continue;
            }

            bySlug.Add(model.Slug, model);
            models.Add(model);
        }
        while (TryConsume(','));

        Expect(']', "expected ',' or ']' after a model");
        return models;
    }

    private ModelListEntry ReadModel(int index)
    {
        var start = _position;
        Expect('{', $"expected '{{' to start model {index}");
        string? slug = null, name = null, type = null, status = null;
        bool? edgeCompatible = null;
        ReadMembers(key =>
        {
            switch (key)
            {
                case "namespace":
                    slug = ReadStringOrNull(key);
                    break;
                case "name":
                    name = ReadStringOrNull(key);
                    break;
                case "type":
                    type = ReadStringOrNull(key);
                    break;
                case "status":
                    status = ReadStringOrNull(key);
                    break;
                case "metadata":
                    edgeCompatible = ReadMetadata();
                    break;
                default:
                    SkipValue(depth: 1);
                    break;
            }
        });

        if (string.IsNullOrEmpty(slug))
        {
            _position = start;
            throw Error($"model {index} has no 'namespace' (its slug)");
        }

        return new ModelListEntry(slug!, edgeCompatible, name, type, status);
    }

    // `metadata` may be null or lack the flag: the model is then listed without saying whether Edge serves it.
    private bool? ReadMetadata()
    {
        SkipWhitespace();
        if (TryConsumeLiteral("null"))
        {
            return null;
        }

        Expect('{', "expected an object or null for 'metadata'");
        bool? edgeCompatible = null;
        ReadMembers(key =>
        {
            if (key != "edge_compatible")
            {
                SkipValue(depth: 2);
                return;
            }

            SkipWhitespace();
            if (TryConsumeLiteral("true"))
            {
                edgeCompatible = true;
            }
            else if (TryConsumeLiteral("false"))
            {
                edgeCompatible = false;
            }
            else if (!TryConsumeLiteral("null"))
            {
                throw Error("expected true, false or null for 'edge_compatible'");
            }
        });
        return edgeCompatible;
    }

    // The members of an object whose '{' was just read, through its '}'.
    private void ReadMembers(Action<string> readValue)
    {
        if (TryConsume('}'))
        {
            return;
        }

        do
        {
            SkipWhitespace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }

            var key = ReadString();
            Expect(':', "expected ':' after a property name");
            readValue(key);
        }
        while (TryConsume(','));

        Expect('}', "expected ',' or '}' after a property value");
    }

    private string? ReadStringOrNull(string key)
    {
        SkipWhitespace();
        if (TryConsumeLiteral("null"))
        {
            return null;
        }

        if (Peek() != '"')
        {
            throw Error($"expected a string or null for '{key}'");
        }

        return ReadString();
    }

    private string ReadString()
    {
        _position++; // the opening quote
        StringBuilder? escaped = null;
        var runStart = _position;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '"')
            {
                var run = _text.Substring(runStart, _position - runStart);
                _position++;
                return escaped is null ? run : escaped.Append(run).ToString();
            }

            if (c < ' ')
            {
                throw Error("control character in a string (escape it)");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            escaped ??= new StringBuilder();
            escaped.Append(_text, runStart, _position - runStart).Append(ReadEscape());
            runStart = _position;
        }

        throw Error("unterminated string");
    }

    private char ReadEscape()
    {
        var backslash = _position;
        _position++;
        var c = Peek();
        _position++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                var code = 0;
                for (var digit = 0; digit < 4 && _position + digit < _text.Length; digit++)
                {
                    var value = HexValue(_text[_position + digit]);
                    code = value < 0 ? -1 : code < 0 ? code : (code << 4) | value;
                    if (digit == 3 && code >= 0)
                    {
                        _position += 4;
                        return (char)code;
                    }
                }


                _position = backslash;
                throw Error("expected four hexadecimal digits after '\\u'");
            default:
                _position = backslash;
                throw Error(c == '\0' ? "unterminated string" : $"invalid escape '\\{c}'");
        }
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private void SkipValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"values nest deeper than {MaxDepth} levels");
        }

        SkipWhitespace();
        switch (Peek())
        {
            case '"':
                ReadString();
                return;
            case '{':
                _position++;
                ReadMembers(_ => SkipValue(depth + 1));
                return;
            case '[':
                _position++;
                if (TryConsume(']'))
                {
                    return;
                }

                do
                {
                    SkipValue(depth + 1);
                }
                while (TryConsume(','));

                Expect(']', "expected ',' or ']' in an array");
                return;
            default:
                if (!TryConsumeLiteral("true") && !TryConsumeLiteral("false") && !TryConsumeLiteral("null") && !TrySkipNumber())
                {
                    throw Error("expected a JSON value");
                }

                return;
        }
    }

    // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private bool TrySkipNumber()
    {
        var start = _position;
        TryConsume('-', skipWhitespace: false);
        if (!TryConsume('0', skipWhitespace: false) && !SkipDigits())
        {
            _position = start;
            return false;
        }

        if (TryConsume('.', skipWhitespace: false) && !SkipDigits())
        {
            throw Error("expected digits after '.' in a number");
        }

        if (TryConsume('e', skipWhitespace: false) || TryConsume('E', skipWhitespace: false))
        {
            if (!TryConsume('+', skipWhitespace: false))
            {
                TryConsume('-', skipWhitespace: false);
            }

            if (!SkipDigits())
            {
                throw Error("expected digits in a number's exponent");
            }
        }

        return true;
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private bool TryConsumeLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            return false;
        }

        var end = _position + literal.Length;
        if (end < _text.Length && char.IsLetterOrDigit(_text[end]))
        {
            return false;
        }

        _position = end;
        return true;
    }

    private bool TryConsume(char c, bool skipWhitespace = true)
    {
        if (skipWhitespace)
        {
            SkipWhitespace();
        }

        if (Peek() != c)
        {
            return false;
        }

        _position++;
        return true;
    }

    private void Expect(char c, string problem)
    {
        if (!TryConsume(c))
        {
            throw Error(problem);
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipWhitespace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\n' or '\r')
        {
            _position++;
        }
    }

    private ModelListFormatException Error(string problem)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < _position && i < _text.Length; i++)
        {
            if (_text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return new ModelListFormatException(_position >= _text.Length ? problem + " (the file ends here)" : problem, line, column);
    }
}
