using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsParsing.Filtering.Matching;

/// <summary>
/// Maps text to the small alphabet the cue automaton runs on, so that one pattern matches both typographies:
/// ASCII letters fold to lower case; apostrophes, quotation marks, parentheses, slashes and currency signs are
/// deleted (as the normalized corpora delete them: <c>We’re</c> and <c>Were</c>, <c>$6/month</c> and <c>$6month</c>
/// read the same); a run of digits becomes one digit symbol (<c>9.99</c> reads as two numbers); every other
/// punctuation or white space becomes one space; other letters become a neutral letter symbol.
/// </summary>
internal static class TextNormalizer
{
    public const int SymbolCount = 29;
    public const byte Digit = 26;
    public const byte Space = 27;
    public const byte OtherLetter = 28;
    public const byte Skip = 255;


    /// <summary>The symbol of each ASCII character (letters fold to lower case; see the class remarks).</summary>
    public static ReadOnlySpan<byte> AsciiSymbols => [27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27, 255, 27, 255, 27, 27, 255, 255, 255, 255, 27, 27, 27, 27, 255, 26, 26, 26, 26, 26, 26, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 255, 27, 255, 27, 255, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 255, 27, 255, 27, 27];

    /// <summary>The symbol of one UTF-16 code unit (or <see cref="Skip"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Map(char c) => c < 128 ? AsciiSymbols[c] : MapNonAscii(c);

    /// <summary>Normalizes <paramref name="text"/> to the automaton's symbols, for pattern compilation (and tests).</summary>
    public static byte[] Normalize(ReadOnlySpan<char> text)
    {
        var symbols = new List<byte>(text.Length + 2);
        byte last = Space;
        for (int i = 0; i < text.Length; i++)
        {
            byte s = Map(text[i]);
            if (s == Skip || (s == last && s is Space or Digit))
            {
                continue;
            }

            symbols.Add(s);
            last = s;
        }

        return [.. symbols];
    }

    /// <summary>Decodes one non-ASCII scalar at <paramref name="i"/>; returns its symbol and length in bytes.</summary>
    public static byte MapUtf8(ReadOnlySpan<byte> utf8, int i, out int length)
    {
        // Tables for the common cases: two-byte sequences (Latin letters with accents, the no-break space, «», £, €
        // signs of Latin-1) and E2 80 xx / E2 81 xx (curly quotes, dashes, ellipses, typographic spaces).
        int lead = utf8[i];
        if (i + 1 < utf8.Length && (utf8[i + 1] & 0xC0) == 0x80)
        {
            if ((uint)(lead - 0xC2) <= 0xDF - 0xC2)
            {
                length = 2;
                return TwoByteSymbols[((lead & 0x1F) << 6) | (utf8[i + 1] & 0x3F)];
            }

            if (lead == 0xE2 && utf8[i + 1] <= 0x81 && i + 2 < utf8.Length && (utf8[i + 2] & 0xC0) == 0x80)
            {
                length = 3;
                return PunctuationSymbols[((utf8[i + 1] & 0x01) << 6) | (utf8[i + 2] & 0x3F)];
            }
        }

        if (Rune.DecodeFromUtf8(utf8[i..], out Rune rune, out length) != OperationStatus.Done)
        {
            return Space;
        }

        // A sequence that decodes from a byte at or above 0x80 is never ASCII; beyond the BMP are letters of other scripts.
        return rune.Value <= char.MaxValue ? MapNonAscii((char)rune.Value) : OtherLetter;
    }

    /// <summary>The symbols of U+0000–U+07FF, indexed by code point (the two-byte UTF-8 range).</summary>
    private static readonly byte[] TwoByteSymbols = BuildSymbols(0, 0x800);

    /// <summary>The symbols of U+2000–U+207F (general punctuation), indexed from U+2000.</summary>
    private static readonly byte[] PunctuationSymbols = BuildSymbols(0x2000, 0x80);

    private static byte[] BuildSymbols(int first, int count)
    {
        byte[] symbols = new byte[count];
        for (int k = 0; k < count; k++)
        {
            symbols[k] = Map((char)(first + k));
        }

        return symbols;
    }

    private static byte MapNonAscii(char c) => c switch
    {
        '’' or '‘' or 'ʼ' or '′' or '“' or '”' or '„' or '«' or '»' or '£' or '€' or '¥' or '₴' or '₽' or '₹' => Skip,
        _ when char.IsLetter(c) => OtherLetter,
        _ when char.IsDigit(c) => Digit,
        _ when char.IsSurrogate(c) => OtherLetter,
        _ => Space, // typographic spaces, dashes, ellipses, bullets and other punctuation separate words
    };
}
