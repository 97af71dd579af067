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
    private static readonly int CueCount = Enum.GetValues<AppealCue>().Length;
    private static readonly int SeenWords = (AppealLexicon.Phrases.Length + 63) / 64;
    private static readonly AppealFamily[] ButtonFamilies = BuildButtonFamilies();

    public static AppealScore Analyze(ReadOnlySpan<char> text, string? outletKey, List<int>? matches = null)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        var tally = new Tally(sums, seen, matches);
        AppealLexicon.Automaton.Scan(text, ref tally);
        return Score(ref tally, outletKey, text, default);
    }

    public static AppealScore Analyze(ReadOnlySpan<byte> utf8, string? outletKey, List<int>? matches = null)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        var tally = new Tally(sums, seen, matches);
        AppealLexicon.Automaton.Scan(utf8, ref tally);
        return Score(ref tally, outletKey, default, utf8);
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

    private static AppealScore Score(ref Tally t, string? outletKey, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8)
    {
        Span<int> s = t.Sums;
        int donation = Cap(s, AppealCue.Ask, 14) + Cap(s, AppealCue.Membership, 12) + Cap(s, AppealCue.Platform, 10)
            + Cap(s, AppealCue.Goal, 10) + Cap(s, AppealCue.Mission, 10) + Cap(s, AppealCue.Salutation, 10);
        int paywall = Cap(s, AppealCue.Meter, 12) + Cap(s, AppealCue.Paywall, 14) + Cap(s, AppealCue.Login, 12);
        int newsletter = Cap(s, AppealCue.Newsletter, 12);
        bool isShort = t.Words <= ShortParagraphWords;
        if (isShort && t.ButtonFamily != AppealFamily.None)
        {
            switch (t.ButtonFamily)
            {
                case AppealFamily.Paywall: paywall += 10; break;
                case AppealFamily.Newsletter: newsletter += 10; break;
                default: donation += 10; break;
            }
        }

        int positive = donation + paywall + newsletter;
        if (positive == 0)
        {
            return AppealScore.Zero;
        }

        positive += Cap(s, AppealCue.Price, 8) + Cap(s, AppealCue.Reader, 4) + Cap(s, AppealCue.Outlet, 3);
        bool outletName = outletKey is not null && MentionsOutlet(outletKey, text, utf8);
        if (outletName)
        {
            positive += 3;
        }

        bool transcript = text.IsEmpty ? StartsWithSpeakerLabel(utf8) : StartsWithSpeakerLabel(text);
        int negative = Cap(s, AppealCue.Reported, 14) + (t.Quotes >= 2 ? 4 : 0) + (transcript ? 12 : 0) + Cap(s, AppealCue.ThirdParty, 6)
            + Cap(s, AppealCue.ThirdPerson, 4) + Cap(s, AppealCue.MediaBusiness, 8) + Cap(s, AppealCue.BigMoney, 5);
        AppealFamily family = paywall >= donation && paywall >= newsletter ? AppealFamily.Paywall
            : newsletter > donation ? AppealFamily.Newsletter
            : AppealFamily.Donation;
        bool outletVoice = s[(int)AppealCue.Mission] + s[(int)AppealCue.Salutation] > 0 || outletName;
        bool attributed = s[(int)AppealCue.Reported] > 0 || t.Quotes >= 2 || transcript;
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
        var families = new AppealFamily[AppealLexicon.Phrases.Length];
        for (int i = 0; i < families.Length; i++)
        {
            if (AppealLexicon.Cues[i] != AppealCue.Button)
            {
                continue;
            }

            string phrase = AppealLexicon.Phrases[i];
            families[i] = phrase switch
            {
                "subscribe" or "subscribe now" or "sign in" or "log in" or "keep reading" or "continue" or "get access" or "start free trial" or "see offers" => AppealFamily.Paywall,
                "sign up" => AppealFamily.Newsletter,
                _ => AppealFamily.Donation,
            };
        }

        return families;
    }

    /// <summary>Collects the cues of one paragraph while the automaton scans it.</summary>
    private ref struct Tally(Span<int> sums, Span<ulong> seen, List<int>? matches) : ICueSink
    {
        public readonly Span<int> Sums = sums;
        private readonly Span<ulong> _seen = seen;
        private readonly List<int>? _matches = matches;

        public int Words { get; private set; }

        public int Quotes { get; private set; }

        public AppealFamily ButtonFamily { get; private set; }

        public void OnMatch(int patternId)
        {
            ref ulong bits = ref _seen[patternId >> 6];
            ulong mask = 1UL << (patternId & 63);
            if ((bits & mask) != 0)
            {
                return;
            }

            bits |= mask;
            AppealCue cue = AppealLexicon.Cues[patternId];
            if (cue == AppealCue.Button)
            {
                // A button counts only as the first words of the paragraph ("Donate", "Subscribe now").
                if (Words - AppealLexicon.WordCounts[patternId] == 0 && ButtonFamily == AppealFamily.None)
                {
                    ButtonFamily = ButtonFamilies[patternId];
                    _matches?.Add(patternId);
                }

                return;
            }

            Sums[(int)cue] += AppealLexicon.Weights[patternId];
            _matches?.Add(patternId);
        }

        public void OnWord() => Words++;

        public void OnQuote() => Quotes++;
    }
}
