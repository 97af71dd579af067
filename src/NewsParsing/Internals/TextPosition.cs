using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsParsing.Internals;

/// <summary>Helpers for error positions and excerpts. Only used on error paths.</summary>
internal static class TextPosition
{
    private const int MaxExcerptRunes = 40;

    /// <summary>1-based column of <paramref name="offset"/> within <paramref name="line"/>, counted in Unicode scalar values.</summary>
    public static int Column(ReadOnlySpan<byte> line, int offset)
    {
        int column = 1;
        offset = Math.Min(offset, line.Length);
        for (int i = 0; i < offset; i++)
        {
            if ((line[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return column;
    }

    /// <summary>Quotes the start of <paramref name="value"/> for an error message, with control characters escaped.</summary>
    public static string Quote(ReadOnlySpan<byte> value)
    {
        var sb = new StringBuilder(MaxExcerptRunes + 8);
        sb.Append('"');
        int runes = 0;
        while (!value.IsEmpty && runes < MaxExcerptRunes)
        {
            OperationStatus status = Rune.DecodeFromUtf8(value, out Rune rune, out int consumed);
            if (status != OperationStatus.Done)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{value[0]:X2}");
                consumed = 1;
            }
            else
            {
                AppendRune(sb, rune);
            }

            value = value[consumed..];
            runes++;
        }

        if (!value.IsEmpty)
        {
            sb.Append('…');
        }

        return sb.Append('"').ToString();
    }

    private static void AppendRune(StringBuilder sb, Rune rune)
    {
        switch (rune.Value)
        {
            case '"': sb.Append("\\\""); break;
            case '\\': sb.Append("\\\\"); break;
            case '\t': sb.Append("\\t"); break;
            case < 0x20 or 0x7F: sb.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"); break;
            default: sb.Append(rune.ToString()); break;
        }
    }

    /// <summary>Index of the first byte that starts an invalid UTF-8 sequence, or -1.</summary>
    public static int IndexOfInvalidUtf8(ReadOnlySpan<byte> value)
    {
        int offset = 0;
        while (offset < value.Length)
        {
            if (value[offset] < 0x80)
            {
                offset++;
                continue;
            }

            if (Rune.DecodeFromUtf8(value[offset..], out _, out int consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>1-based line and column of <paramref name="offset"/> in UTF-16 <paramref name="text"/>, with LF, CRLF or CR line breaks; the text before <paramref name="offset"/> must be valid UTF-16.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<char> text, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = 1;
        for (int i = lineStart; i < offset; i++)
        {
            // Count Unicode scalar values, as every other error does: a surrogate pair is one column. The text before
            // offset is valid UTF-16 (offset is the first unpaired surrogate), so every low surrogate there ends a pair.
            if (!char.IsLowSurrogate(text[i]))
            {
                column++;
            }
        }

        return (line, column);
    }
}
