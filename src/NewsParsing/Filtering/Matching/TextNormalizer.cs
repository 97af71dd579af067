using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsParsing.Filtering.Matching;

/// <summary>
/// Maps text to the small alphabet the cue automaton runs on, so that one pattern matches both typographies:
/// ASCII letters fold to lower case; apostrophes, quotation marks, parentheses, slashes and currency signs are
/// deleted (as the normalized corpora delete them: <c>We’re</c> and <c>Were</c>, <c>$6/month</c> and <c>$6month</c>
/// read the same); a run of digits (with <c>.</c> or <c>,</c> inside) becomes one digit symbol; every other
/// punctuation or white space becomes one space; other letters become a neutral letter symbol.
/// </summary>
internal static class TextNormalizer
{
    public const int SymbolCount = 29;
    public const byte Digit = 26;
    public const byte Space = 27;
    public const byte OtherLetter = 28;
    public const byte Skip = 255;

    private static readonly byte[] Ascii = BuildAsciiMap();

    /// <summary>The symbol of one UTF-16 code unit (or <see cref="Skip"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Map(char c) => c < 128 ? Ascii[c] : MapNonAscii(c);

    /// <summary>The symbol of one Unicode scalar value (or <see cref="Skip"/>).</summary>
    public static byte Map(int scalar) => scalar < 128 ? Ascii[scalar] : scalar <= char.MaxValue ? MapNonAscii((char)scalar) : OtherLetter;

    /// <summary>Whether a quotation mark was seen; kept apart because quotes mark reported speech.</summary>
    public static bool IsQuote(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    /// <summary>Normalizes <paramref name="text"/> to the automaton's symbols, for pattern compilation (and tests).</summary>
    public static byte[] Normalize(ReadOnlySpan<char> text)
    {
        var symbols = new List<byte>(text.Length + 2);
        byte last = Space;
        for (int i = 0; i < text.Length; i++)
        {
            byte s = Map(text[i]);
            if (s == Skip || (s == last && s is Space or Digit) || IsDigitSeparator(text, i, last))
            {
                continue;
            }

            symbols.Add(s);
            last = s;
        }

        return [.. symbols];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigitSeparator(ReadOnlySpan<char> text, int i, byte last) =>
        last == Digit && text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigitSeparator(ReadOnlySpan<byte> utf8, int i, byte last) =>
        last == Digit && utf8[i] is (byte)'.' or (byte)',' && i + 1 < utf8.Length && (uint)(utf8[i + 1] - '0') <= 9;

    /// <summary>Decodes one non-ASCII scalar at <paramref name="i"/>; returns its symbol and length in bytes.</summary>
    public static byte MapUtf8(ReadOnlySpan<byte> utf8, int i, out int length)
    {
        if (Rune.DecodeFromUtf8(utf8[i..], out Rune rune, out length) != OperationStatus.Done)
        {
            return Space;
        }

        return Map(rune.Value);
    }

    private static byte MapNonAscii(char c) => c switch
    {
        '’' or '‘' or 'ʼ' or '′' or '“' or '”' or '„' or '«' or '»' or '£' or '€' or '¥' or '₴' or '₽' or '₹' => Skip,
        '\u00A0' or '\u2007' or '\u202F' or '—' or '–' or '‒' or '―' or '…' or '•' or '·' or '\u2009' or '\u200A' or '\u2002' or '\u2003' => Space,
        _ when char.IsLetter(c) => OtherLetter,
        _ when char.IsDigit(c) => Digit,
        _ when char.IsSurrogate(c) => OtherLetter,
        _ => Space,
    };

    private static byte[] BuildAsciiMap()
    {
        byte[] map = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            map[c] = c switch
            {
                >= 'a' and <= 'z' => (byte)(c - 'a'),
                >= 'A' and <= 'Z' => (byte)(c - 'A'),
                >= '0' and <= '9' => Digit,
                '\'' or '"' or '(' or ')' or '/' or '$' or '`' or '[' or ']' or '{' or '}' or '*' or '_' => Skip,
                _ => Space,
            };
        }

        return map;
    }
}
