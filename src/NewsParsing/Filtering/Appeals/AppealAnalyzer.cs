using System.Numerics;
using System.Runtime.CompilerServices;
using NewsParsing.Filtering.Matching;

namespace NewsParsing.Filtering.Appeals;

/// <summary>What kind of appeal a paragraph most looks like.</summary>
internal enum AppealFamily : byte
{
    None,
    Donation,
    Paywall,
    Newsletter,
}

/// <summary>The score of one paragraph: evidence for an appeal minus evidence for news.</summary>
internal readonly record struct AppealScore(int Total, int Positive, int Negative, AppealFamily Family, bool OutletVoice, bool Attributed)
{
    public static readonly AppealScore Zero = new(0, 0, 0, AppealFamily.None, false, false);
}

/// <summary>Scores paragraphs against <see cref="AppealLexicon"/>. Stateless and thread-safe; allocates only when asked to list matches.</summary>
internal static class AppealAnalyzer
{
    private const int ShortParagraphWords = 6;
    private const int ButtonScanChars = 96;
    private static readonly int CueCount = Enum.GetValues<AppealCue>().Length;
    private static readonly int SeenWords = (AppealLexicon.Phrases.Length + 63) / 64;
    private static readonly AppealFamily[] ButtonFamilies = BuildButtonFamilies();

    public static AppealScore Analyze(ReadOnlySpan<char> text, string? outletKey, List<int>? matches = null)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        var tally = new Tally(sums, seen, matches);
        AppealLexicon.Automaton.Scan(text, ref tally);
        return Score(sums, outletKey, text, default, matches);
    }

    public static AppealScore Analyze(ReadOnlySpan<byte> utf8, string? outletKey, List<int>? matches = null)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        var tally = new Tally(sums, seen, matches);
        AppealLexicon.Automaton.Scan(utf8, ref tally);
        return Score(sums, outletKey, default, utf8, matches);
    }

    /// <summary>The letters of the outlet's name as the host spells it (<c>www.theguardian.com</c> → <c>theguardian</c>), or null when too short to be telling.</summary>
    public static string? OutletKey(string host)
    {
        string[] labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        string? best = null;
        for (int i = 0; i < labels.Length - 1; i++)
        {
            string label = labels[i];
            if (label is "www" or "m" or "amp" or "en" or "english" or "edition" or "news" || label.Length <= (best?.Length ?? 0))
            {
                continue;
            }

            best = label;
        }

        if (best is null)
        {
            return null;
        }

        string letters = new([.. best.Where(char.IsAsciiLetter).Select(char.ToLowerInvariant)]);
        return letters.Length >= 5 ? letters : null;
    }

    private static AppealScore Score(Span<int> s, string? outletKey, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8, List<int>? matches)
    {
        int donation = Cap(s, AppealCue.Ask, 14) + Cap(s, AppealCue.Membership, 12) + Cap(s, AppealCue.Platform, 10)
            + Cap(s, AppealCue.Goal, 10) + Cap(s, AppealCue.Mission, 10) + Cap(s, AppealCue.Salutation, 10);
        int paywall = Cap(s, AppealCue.Meter, 12) + Cap(s, AppealCue.Paywall, 14) + Cap(s, AppealCue.Login, 12);
        int newsletter = Cap(s, AppealCue.Newsletter, 12);
        int button = text.IsEmpty ? Button(utf8) : Button(text);
        if (button >= 0)
        {
            matches?.Add(AppealLexicon.ButtonPhraseIds[button]);
            switch (ButtonFamilies[button])
            {
                case AppealFamily.Paywall: paywall += 10; break;
                case AppealFamily.Newsletter: newsletter += 10; break;
                default: donation += 10; break;
            }
        }

        int positive = donation + paywall + newsletter;
        int voice = Cap(s, AppealCue.Reader, 4) + Cap(s, AppealCue.Outlet, 3);
        if (positive + voice == 0)
        {
            return AppealScore.Zero;
        }

        // Without any appeal cue, a paragraph in the outlet's voice ("we", "our", "you") still gets a score, so that
        // the appeal-block rule can take persuasion prose whose wording no cue foresaw; it never reaches Threshold alone.
        bool voiceOnly = positive == 0;
        // A price per period backs up an appeal (it is everywhere in consumer news), so it counts only beside clear evidence.
        positive += (positive >= 6 ? Cap(s, AppealCue.Price, 8) : 0) + voice;
        bool outletName = outletKey is not null && MentionsOutlet(outletKey, text, utf8);
        if (outletName)
        {
            positive += 3;
        }

        if (voiceOnly)
        {
            positive = Math.Min(positive, 9);
        }

        bool quoted = (text.IsEmpty ? Quotes(utf8) : Quotes(text)) >= 2;
        bool transcript = text.IsEmpty ? StartsWithSpeakerLabel(utf8) : StartsWithSpeakerLabel(text);
        int negative = Cap(s, AppealCue.Reported, 14) + (quoted ? 4 : 0) + (transcript ? 12 : 0) + Cap(s, AppealCue.ThirdParty, 6)
            + Cap(s, AppealCue.ThirdPerson, 4) + Cap(s, AppealCue.MediaBusiness, 8) + Cap(s, AppealCue.BigMoney, 5);
        AppealFamily family = paywall >= donation && paywall >= newsletter && paywall > 0 ? AppealFamily.Paywall
            : newsletter > donation ? AppealFamily.Newsletter
            : AppealFamily.Donation;
        bool outletVoice = s[(int)AppealCue.Mission] + s[(int)AppealCue.Salutation] > 0 || outletName || (voiceOnly && s[(int)AppealCue.Outlet] > 0);
        bool attributed = s[(int)AppealCue.Reported] > 0 || quoted || transcript;
        return new AppealScore(positive - negative, positive, negative, family, outletVoice, attributed);
    }

    /// <summary>Whether the paragraph opens with a transcript speaker label such as <c>JANE DOE:</c> (the words are someone else's).</summary>
    internal static bool StartsWithSpeakerLabel<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        int letters = 0;
        int limit = Math.Min(text.Length, 48);
        for (int i = 0; i < limit; i++)
        {
            int c = int.CreateTruncating(text[i]);
            if (c is >= 'A' and <= 'Z')
            {
                letters++;
            }
            else if (c == ':')
            {
                return letters >= 2;
            }
            else if (c is not (' ' or '.' or '\'' or '-'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The index of the button phrase that makes up a very short paragraph's start, or -1.</summary>
    private static int Button(ReadOnlySpan<char> text)
    {
        // Both paths count normalized symbols, so a paragraph scores the same as UTF-16 and as UTF-8.
        Span<byte> symbols = stackalloc byte[ButtonScanChars];
        int n = 0;
        byte last = TextNormalizer.Space;
        foreach (char c in text)
        {
            if (!Append(TextNormalizer.Map(c), symbols, ref n, ref last))
            {
                return -1;
            }
        }

        return MatchButton(symbols[..n]);
    }

    private static int Button(ReadOnlySpan<byte> utf8)
    {
        Span<byte> symbols = stackalloc byte[ButtonScanChars];
        int n = 0;
        byte last = TextNormalizer.Space;
        for (int i = 0; i < utf8.Length; i++)
        {
            byte s;
            if (utf8[i] < 0x80)
            {
                s = TextNormalizer.AsciiSymbols[utf8[i]];
            }
            else
            {
                s = TextNormalizer.MapUtf8(utf8, i, out int length);
                i += length - 1;
            }

            if (!Append(s, symbols, ref n, ref last))
            {
                return -1;
            }
        }

        return MatchButton(symbols[..n]);
    }

    /// <summary>Appends a symbol (collapsing runs); false when the paragraph is too long to be a button.</summary>
    private static bool Append(byte s, Span<byte> symbols, ref int n, ref byte last)
    {
        if (s == TextNormalizer.Skip || (s == last && s is TextNormalizer.Space or TextNormalizer.Digit))
        {
            return true;
        }

        if (n == symbols.Length || (s == TextNormalizer.Space && n > 0 && symbols[..n].Count(TextNormalizer.Space) >= ShortParagraphWords))
        {
            // Too long to be a button: stop at the seventh word instead of normalizing the whole paragraph.
            return false;
        }

        symbols[n++] = s;
        last = s;
        return true;
    }

    private static int MatchButton(ReadOnlySpan<byte> symbols)
    {
        if (!symbols.IsEmpty && symbols[^1] == TextNormalizer.Space)
        {
            symbols = symbols[..^1];
        }

        if (symbols.Count(TextNormalizer.Space) + 1 > ShortParagraphWords)
        {
            return -1;
        }

        byte[][] buttons = AppealLexicon.ButtonSymbols;
        for (int b = 0; b < buttons.Length; b++)
        {
            if (symbols.StartsWith(buttons[b]) && (symbols.Length == buttons[b].Length || symbols[buttons[b].Length] == TextNormalizer.Space))
            {
                return b;
            }
        }

        return -1;
    }

    private static int Quotes(ReadOnlySpan<char> text) => text.Count('"') + text.Count('“') + text.Count('”');

    private static int Quotes(ReadOnlySpan<byte> utf8) => utf8.Count((byte)'"') + utf8.Count("“"u8) + utf8.Count("”"u8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Cap(Span<int> sums, AppealCue cue, int max) => Math.Min(sums[(int)cue], max);

    private static bool MentionsOutlet(string key, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8)
    {
        // Compare letters only, so "Times of Israel" matches timesofisrael.com and "Kyiv Independent" kyivindependent.com.
        int length = text.IsEmpty ? utf8.Length : text.Length;
        Span<char> letters = length <= 2048 ? stackalloc char[length] : new char[length];
        int n = 0;
        if (!text.IsEmpty)
        {
            foreach (char c in text)
            {
                if (char.IsAsciiLetter(c))
                {
                    letters[n++] = (char)(c | 0x20);
                }
            }
        }
        else
        {
            foreach (byte b in utf8)
            {
                if (char.IsAsciiLetter((char)b))
                {
                    letters[n++] = (char)(b | 0x20);
                }
            }
        }

        return letters[..n].IndexOf(key.AsSpan()) >= 0;
    }

    private static AppealFamily[] BuildButtonFamilies()
    {
        int[] ids = AppealLexicon.ButtonPhraseIds;
        var families = new AppealFamily[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            families[i] = AppealLexicon.Phrases[ids[i]] switch
            {
                "subscribe" or "subscribe now" or "subscribe today" or "sign in" or "log in" or "keep reading" or "continue" or "get access" or "start free trial" or "see offers" or "register" => AppealFamily.Paywall,
                "sign up" or "sign up now" => AppealFamily.Newsletter,
                _ => AppealFamily.Donation,
            };
        }

        return families;
    }

    /// <summary>Collects the cues of one paragraph while the automaton scans it.</summary>
    private ref struct Tally(Span<int> sums, Span<ulong> seen, List<int>? matches) : ICueSink
    {
        private readonly Span<int> _sums = sums;
        private readonly Span<ulong> _seen = seen;
        private readonly List<int>? _matches = matches;

        public readonly void OnMatch(int patternId)
        {
            int id = AppealLexicon.AutomatonPhraseIds[patternId];
            ref ulong bits = ref _seen[id >> 6];
            ulong mask = 1UL << (id & 63);
            if ((bits & mask) != 0)
            {
                return;
            }

            bits |= mask;
            _sums[(int)AppealLexicon.Cues[id]] += AppealLexicon.Weights[id];
            _matches?.Add(id);
        }
    }
}
