using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.InteropServices;
using System.Text;
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
/// <param name="Total">Positive minus negative evidence.</param>
/// <param name="Positive">Evidence for an appeal.</param>
/// <param name="Negative">Evidence for news (attribution, third parties, the media business, big money).</param>
/// <param name="Family">The kind of appeal the positive evidence points to.</param>
/// <param name="OutletVoice">The outlet speaks about itself (mission, greeting, letter, its own name, "we" alone).</param>
/// <param name="Attributed">The words are someone else's (reported speech, quotes, a transcript).</param>
/// <param name="Addressed">The paragraph speaks to the reader or as the outlet ("you", "we"), or the outlet describes itself by name.</param>
/// <param name="Business">The paragraph talks about the media business (publishers, subscribers, revenue).</param>
/// <param name="Calls">The paragraph opens with a button or a call to action.</param>
/// <param name="SelfTalk">The paragraph talks of the outlet's mission, greets the reader or is part of a letter.</param>
/// <param name="Speech">The paragraph has a speech tag ("said", "says", "in a statement"): it reports someone's words.</param>
/// <param name="BlockBonus">What the paragraph adds toward the appeal-block threshold only (an outlet describing itself by name).</param>
/// <param name="ThirdParty">The paragraph names a third party (a charity, a foundation, an agency, a government, residents who can act).</param>
internal readonly record struct AppealScore(int Total, int Positive, int Negative, AppealFamily Family, bool OutletVoice, bool Attributed, bool Addressed = false, bool Business = false, bool Calls = false, bool SelfTalk = false, bool Speech = false, int BlockBonus = 0, bool ThirdParty = false)
{
    public static readonly AppealScore Zero = new(0, 0, 0, AppealFamily.None, false, false);
}

/// <summary>
/// The thresholds a document's analysis may rely on (see <see cref="AppealAnalyzer.AnalyzeAll(Internals.Utf8ParagraphList, string?, AppealScore[], AppealFloors)"/>).
/// </summary>
/// <param name="Rules">The lowest threshold the rules compare scores with (threshold or block threshold): a paragraph that cannot reach it is scored <see cref="AppealScore.Zero"/> without its news-cue scan (or once that scan has taken it below), unless the learned model may still remove it.</param>
/// <param name="Model">The lowest score the learned model may remove at (<see cref="int.MaxValue"/> without the model).</param>
/// <param name="StrongAt">
/// The lowest threshold of the filters that use the learned model: below <paramref name="Rules"/>, the model may remove a
/// paragraph only in a document holding an appeal at that threshold, or one that calls to action.
/// </param>
internal readonly record struct AppealFloors(int Rules, int Model = int.MaxValue, int StrongAt = int.MaxValue)
{
    /// <summary>Exact scores for every paragraph.</summary>
    public static readonly AppealFloors None = new(0);

    /// <summary>The floors of a set of filters' deciders (none: <see cref="None"/>).</summary>
    public static AppealFloors Of(IEnumerable<AppealDecider> deciders)
    {
        int rules = int.MaxValue, model = int.MaxValue, strongAt = int.MaxValue;
        bool any = false;
        foreach (AppealDecider decider in deciders)
        {
            any = true;
            rules = Math.Min(rules, decider.RulesFloor);
            model = Math.Min(model, decider.ModelFloor);
            strongAt = Math.Min(strongAt, decider.ModelStrongAt);
        }

        return any ? new AppealFloors(rules, model, strongAt) : None;
    }

    /// <summary>The lowest score any decision depends on.</summary>
    public int Lowest => Math.Min(Rules, Model);

    /// <summary>
    /// Whether an analysis with these floors gives <paramref name="decider"/> the decisions of exact scores: true for the
    /// deciders the floors were made from, false for one with lower thresholds (a built-in filter that a user's own
    /// filter wraps, which the pipeline cannot see, may have other options).
    /// </summary>
    public bool Cover(AppealDecider decider)
    {
        if (Lowest <= 0)
        {
            return true;
        }

        if (Model >= Rules)
        {
            // Exact at and above Rules, zero below.
            return decider.Floor >= Rules;
        }

        // Exact at and above Rules; between Model and Rules, exact where the document reaches StrongAt or the paragraph
        // may call to action.
        return decider.RulesFloor >= Rules && decider.ModelFloor >= Model && (decider.ModelFloor >= Rules || decider.ModelStrongAt >= StrongAt);
    }
}

/// <summary>Scores paragraphs against <see cref="AppealLexicon"/>. Stateless and thread-safe; allocates only when asked to list matches.</summary>
internal static class AppealAnalyzer
{
    private const int ShortParagraphWords = 6;
    private const int ShortLineWords = 8;
    private const int OpeningScanChars = 128;
    private const int OpeningWeight = 6;
    private const int LetterCeiling = AppealFilterOptions.DefaultThreshold - 1;
    private const int ImperativeWeight = 4;
    private const int SelfDescriptionBlockWeight = 3;
    private const int ProfileWords = 24;            // a longer paragraph that opens with the outlet's name is news about it
    private static readonly int CueCount = Enum.GetValues<AppealCue>().Length;

    /// <summary>The ints each paragraph takes in the buffer of paragraphs left for the model: a flag, then its cue sums.</summary>
    private static readonly int DeferredSlot = CueCount + 1;
    private static readonly int SeenWords = (AppealLexicon.Phrases.Length + 63) / 64;
    private static readonly AppealFamily[] ButtonFamilies = BuildButtonFamilies();

    public static AppealScore Analyze(ReadOnlySpan<char> text, string? outletKey, List<int>? matches = null)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        IgnoreOutletName(seen, outletKey);
        var tally = new Tally(sums, seen, matches, AppealLexicon.AutomatonPhraseIds, NewsBound.Never);
        AppealLexicon.Automaton.Scan(text, ref tally);
        DropNames(sums, seen, text, matches);
        return Score(sums, seen, outletKey, text, default, matches);
    }

    public static AppealScore Analyze(ReadOnlySpan<byte> utf8, string? outletKey, List<int>? matches = null)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        IgnoreOutletName(seen, outletKey);
        var tally = new Tally(sums, seen, matches, AppealLexicon.AutomatonPhraseIds, NewsBound.Never);
        AppealLexicon.Automaton.Scan(utf8, ref tally);
        DropNames(sums, seen, utf8, matches);
        return Score(sums, seen, outletKey, default, utf8, matches);
    }

    /// <summary>
    /// Analyzes every paragraph of a parsed document in one multi-text scan (see <see cref="CueAutomaton.ScanMany"/>);
    /// with <paramref name="floor"/> 0, the same scores as one <see cref="Analyze(ReadOnlySpan{byte}, string?, List{int}?)"/>
    /// call per paragraph.
    /// </summary>
    /// <param name="paragraphs">The paragraphs.</param>
    /// <param name="outletKey">The outlet's key (<see cref="OutletKey"/>), or null.</param>
    /// <param name="scores">Receives one score per paragraph.</param>
    /// <param name="floor">
    /// The lowest threshold the scores will be compared with (see <see cref="AppealDecider.Floor"/>): a paragraph whose
    /// score stays below it even without news cues is scored <see cref="AppealScore.Zero"/>, without the news-cue scan,
    /// and so is one whose news cues take it below, as soon as they do; 0 scores every paragraph exactly.
    /// </param>
    public static void AnalyzeAll(Internals.Utf8ParagraphList paragraphs, string? outletKey, AppealScore[] scores, int floor = 0) =>
        AnalyzeAll(paragraphs, outletKey, scores, new AppealFloors(floor));

    /// <summary>Scores every paragraph, eight at a time, with the shortcuts <paramref name="floors"/> allow.</summary>
    /// <remarks>
    /// A paragraph whose score, even without news cues, stays below <see cref="AppealFloors.Lowest"/> is scored
    /// <see cref="AppealScore.Zero"/> without the news-cue scan; one whose news cues take its score (with the block
    /// bonus) below the floor that still matters to it is scored Zero as soon as they do, and the scan stops there.
    /// One that reaches only the learned model's floor is
    /// finished after the whole document, and only when the model may remove it: when the document holds an appeal at
    /// <see cref="AppealFloors.StrongAt"/>, or when the paragraph may call to action. Every other paragraph of that kind
    /// stays <see cref="AppealScore.Zero"/>, which every decision treats as its exact score.
    /// </remarks>
    public static void AnalyzeAll(Internals.Utf8ParagraphList paragraphs, string? outletKey, AppealScore[] scores, AppealFloors floors)
    {
        Span<int> sums = stackalloc int[CueCount];
        Span<ulong> seen = stackalloc ulong[SeenWords];
        int ownName = OwnNameId(outletKey);
        int[]? deferred = floors.Model < floors.Rules ? ArrayPool<int>.Shared.Rent(paragraphs.Count * DeferredSlot) : null;
        try
        {
            var tally = new LaneTally(sums, seen, paragraphs, outletKey, scores, ownName, floors, deferred);
            AppealLexicon.Automaton.ScanMany(paragraphs.Buffer, paragraphs.Ranges, ref tally);
            if (deferred is not null)
            {
                FinishDeferred(paragraphs, outletKey, scores, floors, seen, ownName, deferred.AsSpan(0, paragraphs.Count * DeferredSlot));
            }
        }
        finally
        {
            if (deferred is not null)
            {
                ArrayPool<int>.Shared.Return(deferred);
            }
        }
    }

    /// <summary>Scores exactly the paragraphs left for the learned model that it may still remove (see <see cref="AnalyzeAll(Internals.Utf8ParagraphList, string?, AppealScore[], AppealFloors)"/>).</summary>
    private static void FinishDeferred(Internals.Utf8ParagraphList paragraphs, string? outletKey, AppealScore[] scores, AppealFloors floors, Span<ulong> seen, int ownName, Span<int> deferred)
    {
        int max = int.MinValue;
        foreach (AppealScore score in scores)
        {
            max = Math.Max(max, score.Total);
        }

        // A deferred paragraph scores under Rules, so it cannot be the document's strong appeal itself.
        bool strong = max >= floors.StrongAt;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            Span<int> slot = deferred.Slice(i * DeferredSlot, DeferredSlot);
            if (slot[0] == NotDeferred || (slot[0] == DeferredUnlessStrong && !strong))
            {
                continue;
            }

            // The news cues' phrase bits were empty but for the outlet's own name when the paragraph was deferred.
            seen.Clear();
            MarkOwnName(seen, ownName);
            scores[i] = Score(slot[1..], seen, outletKey, default, paragraphs.GetUtf8(i), null, floors.Model);
        }
    }

    private const int NotDeferred = 0;
    private const int DeferredUnlessStrong = 1;
    private const int DeferredCalls = 2;

    private static AppealScore Finish(Span<int> sums, Span<ulong> seen, ReadOnlySpan<byte> utf8, string? outletKey, int floor, int deferFloor, Span<int> deferInto)
    {
        DropNames(sums, seen, utf8, null);
        return Score(sums, seen, outletKey, default, utf8, null, floor, deferFloor, deferInto);
    }

    /// <summary>
    /// Marks a one-word news phrase that is the outlet's own name (spokesman.com, "The Spokesman-Review") as already
    /// counted, so that the outlet naming itself is not read as a spokesman, a union or a tribune of the news.
    /// </summary>
    private static void IgnoreOutletName(Span<ulong> seen, string? outletKey) => MarkOwnName(seen, OwnNameId(outletKey));

    /// <summary>Marks the phrase <paramref name="id"/> (from <see cref="OwnNameId"/>) as already counted, unless it is -1.</summary>
    private static void MarkOwnName(Span<ulong> seen, int id)
    {
        if (id >= 0)
        {
            seen[id >> 6] |= 1UL << (id & 63);
        }
    }

    /// <summary>The one-word news phrase that is the outlet's own name, or -1.</summary>
    private static int OwnNameId(string? outletKey) =>
        outletKey is not null && AppealLexicon.OneWordNewsPhrases.TryGetValue(outletKey, out int id) ? id : -1;

    /// <summary>The letters of the outlet's name as the host spells it (<c>www.theguardian.com</c> → <c>theguardian</c>), or null when too short to be telling.</summary>
    public static string? OutletKey(string host)
    {
        // The longest label but the last (the top-level domain), on the first of equal length; empty labels are skipped.
        ReadOnlySpan<char> name = host;
        ReadOnlySpan<char> best = default;
        ReadOnlySpan<char> pending = default; // the latest label, which is the last one unless another follows
        foreach (Range range in name.Split('.'))
        {
            ReadOnlySpan<char> label = name[range];
            if (label.IsEmpty)
            {
                continue;
            }

            // Section labels are skipped. Shorter ones ("www", "m", "amp", "en", "news") need no rule: a key of fewer
            // than five letters is dropped below, and a label longer than them replaces them.
            if (!pending.IsEmpty && !pending.SequenceEqual("english") && !pending.SequenceEqual("edition") && pending.Length > best.Length)
            {
                best = pending;
            }

            pending = label;
        }

        if (best.IsEmpty)
        {
            return null;
        }

        Span<char> letters = best.Length <= 256 ? stackalloc char[best.Length] : new char[best.Length];
        int count = 0;
        foreach (char c in best)
        {
            if (char.IsAsciiLetter(c))
            {
                letters[count++] = char.ToLowerInvariant(c);
            }
        }

        letters = letters[..count];

        // A generic word at the end of the host name is not part of the name the outlet writes (arabtimesonline.com is
        // "Arab Times", wansolwaranews.com "Wansolwara"), as long as a distinctive name of nine letters or more is left
        // (pakistanlive.com keeps its key: "Pakistan" alone is a country, not the outlet).
        foreach (string suffix in HostSuffixes)
        {
            if (letters.Length - suffix.Length >= 9 && letters.EndsWith(suffix, StringComparison.Ordinal))
            {
                letters = letters[..^suffix.Length];
                break;
            }
        }

        return letters.Length >= 5 ? new string(letters) : null;
    }

    /// <summary>Generic words that hosts append to an outlet's name.</summary>
    private static readonly string[] HostSuffixes = ["online", "news", "media", "live", "web", "hq"];

    // deferFloor and deferInto: when deferInto is not empty, a paragraph under floor but not under deferFloor (the
    // learned model's floor, see AnalyzeAll) is left for the model: deferInto receives DeferredUnlessStrong, or
    // DeferredCalls when it may call to action, followed by its cue sums; NotDeferred otherwise.
    private static AppealScore Score(Span<int> s, Span<ulong> seen, string? outletKey, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8, List<int>? matches, int floor = 0, int deferFloor = int.MaxValue, Span<int> deferInto = default)
    {
        if (!deferInto.IsEmpty)
        {
            deferInto[0] = NotDeferred;
        }

        int donation = Cap(s, AppealCue.Ask, 14) + Cap(s, AppealCue.Membership, 12) + Cap(s, AppealCue.Platform, 10)
            + Cap(s, AppealCue.Goal, 12) + Cap(s, AppealCue.Mission, 10) + Cap(s, AppealCue.Salutation, 10);
        int paywall = Cap(s, AppealCue.Meter, 12) + Cap(s, AppealCue.Paywall, 14) + Cap(s, AppealCue.Login, 12);
        int newsletter = Cap(s, AppealCue.Newsletter, 12);
        // Whether the paragraph opens with a call to action matters only beside an appeal cue or a price (or a button or
        // a letter's line, which Classify knows), so the imperative check is skipped for the rest.
        bool cueOrPrice = donation + paywall + newsletter > 0 || s[(int)AppealCue.Price] > 0;
        Opening opening = text.IsEmpty ? ReadOpening(utf8, cueOrPrice) : ReadOpening(text, cueOrPrice);
        if (opening.Button >= 0)
        {
            matches?.Add(AppealLexicon.ButtonPhraseIds[opening.Button]);
            switch (ButtonFamilies[opening.Button])
            {
                case AppealFamily.Paywall: paywall += 10; break;
                case AppealFamily.Newsletter: newsletter += 10; break;
                default: donation += 10; break;
            }
        }

        // A short greeting ("Dear Tablet reader,") or sign-off ("Jane Roe, editor-in-chief") is part of a letter to
        // the reader: never enough alone, but part of the block when the document holds a strong appeal.
        bool letter = opening.Salutation || opening.Signoff;
        if (letter)
        {
            // Enough for the block rule, never enough to reach the default threshold on its own.
            donation += Math.Clamp(LetterCeiling - (donation + paywall + newsletter), 0, OpeningWeight);
        }

        // A short paragraph that opens with the outlet's own name and says what the publication is or since when
        // ("Lusaka Times, Zambia's independent online newspaper", "Matangi Tonga has reported on Tonga since 1986")
        // describes the outlet: weak evidence, enough only for the block rule beside a strong appeal. Longer ones that
        // open with the name are news about the outlet ("Meydan TV, which has been based in Berlin since its founding
        // in 2013, has been blocked ...") or a dateline ("TEMPO.CO, Jakarta - Fishermen ...").
        int outletAt = outletKey is null ? -1 : s[(int)AppealCue.Profile] > 0 ? FindOutlet(outletKey, text, utf8) : -2;
        int profile = outletAt == 0 && (text.IsEmpty ? WordsUpTo(utf8, ProfileWords + 1) : WordsUpTo(text, ProfileWords + 1)) <= ProfileWords ? 3 : 0;
        if (profile == 0 && s[(int)AppealCue.Profile] > 0)
        {
            matches?.RemoveAll(id => AppealLexicon.Cues[id] == AppealCue.Profile);
        }

        donation += profile;
        int positive = donation + paywall + newsletter;
        int voice = Cap(s, AppealCue.Reader, 4) + Cap(s, AppealCue.Outlet, 3);

        // A paragraph that opens with a call to action ("Get the ...", "Become a ...") and carries any appeal cue or a price.
        bool imperative = opening.Imperative && (positive > 0 || s[(int)AppealCue.Price] > 0);
        if (imperative)
        {
            positive += ImperativeWeight;
            donation += donation + paywall + newsletter == 0 ? ImperativeWeight : 0;
        }

        if (positive + voice == 0)
        {
            if (matches is not null)
            {
                // Listing cues (explain, reasons) shows the news cues of every paragraph.
                CountNews(s, seen, text, utf8, matches, NewsBound.Never);
            }

            return AppealScore.Zero;
        }

        // Without any appeal cue, a paragraph in the outlet's voice ("we", "our", "you") still gets a score, so that
        // the appeal-block rule can take persuasion prose whose wording no cue foresaw; it never reaches Threshold alone.
        bool voiceOnly = positive == 0;
        // A price per period backs up an appeal (it is everywhere in consumer news), so it counts only beside clear evidence.
        positive += (positive >= 6 || imperative ? Cap(s, AppealCue.Price, 8) : 0) + voice;
        outletAt = outletAt == -2 ? FindOutlet(outletKey!, text, utf8) : outletAt;
        bool outletName = outletAt >= 0;
        // Opening with its own name and speaking as "we" or of its mission ("Inside Croydon is published by volunteers.
        // We take no council money") is how an outlet describes itself; a mention elsewhere, or an opening without that
        // voice ("The Insider has been designated an undesirable organisation"), is weaker evidence.
        bool selfDescription = outletAt == 0 && (voice > 0 || s[(int)AppealCue.Mission] >= 8 || profile > 0);
        if (outletName)
        {
            positive += 3;
        }

        if (voiceOnly)
        {
            positive = Math.Min(positive, 9);
        }

        // News cues only lower a score. When even the score without them stays below every threshold the caller decides
        // by (Total < floor, and Total + BlockBonus < floor), no decision depends on them, so the second scan is skipped.
        if (matches is null && positive + (selfDescription ? SelfDescriptionBlockWeight : 0) < floor)
        {
            if (!deferInto.IsEmpty && positive + (selfDescription ? SelfDescriptionBlockWeight : 0) >= deferFloor)
            {
                // The learned model may still remove it: in a document with a strong appeal, or when it calls to action,
                // which (as below) is its opening or, when it has no voice, a later sentence.
                bool mayCall = opening.Button >= 0 || opening.Imperative
                    || (voice == 0 && positive > 0 && (text.IsEmpty ? HasSentenceCall(utf8) : HasSentenceCall(text)));
                deferInto[0] = mayCall ? DeferredCalls : DeferredUnlessStrong;
                s.CopyTo(deferInto[1..]);
            }

            return AppealScore.Zero;
        }

        bool quoted = (text.IsEmpty ? Quotes(utf8) : Quotes(text)) >= 2;
        bool transcript = text.IsEmpty ? StartsWithSpeakerLabel(utf8) : StartsWithSpeakerLabel(text);
        int unscanned = (quoted ? 4 : 0) + (transcript ? 12 : 0);

        // The score can only fall as the news cues add up. Once it falls, with the block bonus, below every threshold
        // the caller decides by (as above), no decision depends on the rest of the scan: it stops, and the paragraph
        // scores Zero, as one that never reached the floor does. Exact scores (floor 0) and listing cues scan to the end.
        int lowest = Math.Min(floor, deferFloor);
        var bound = matches is null && lowest > 0 ? new NewsBound(positive + (selfDescription ? SelfDescriptionBlockWeight : 0) - lowest, unscanned, profile > 0) : NewsBound.Never;
        if (unscanned > bound.Slack || !CountNews(s, seen, text, utf8, matches, bound))
        {
            return AppealScore.Zero;
        }

        int negative = Negative(s, unscanned, profile > 0);
        AppealFamily family = paywall >= donation && paywall >= newsletter && paywall > 0 ? AppealFamily.Paywall
            : newsletter > donation ? AppealFamily.Newsletter
            : AppealFamily.Donation;
        bool outletVoice = s[(int)AppealCue.Mission] + s[(int)AppealCue.Salutation] > 0 || outletName || letter || (voiceOnly && s[(int)AppealCue.Outlet] > 0);
        // A speech tag, or words in quotation marks beside a reporting verb ("… now is the moment," she wrote; "We ask you,
        // humbly …," reads one version of the banner), is someone else's appeal.
        bool speech = s[(int)AppealCue.Speech] > 0 || (quoted && s[(int)AppealCue.Reported] > 0);
        bool attributed = speech || s[(int)AppealCue.Reported] > 0 || quoted || transcript;
        bool business = s[(int)AppealCue.MediaBusiness] > 0;
        bool calls = opening.Button >= 0 || opening.Imperative;
        if (!calls && business && !attributed && voice == 0 && positive - voice > 0)
        {
            // Talk of plans and prices that is not reported (no attribution) and not in the reader's or outlet's voice is
            // a report on a media business, unless a later sentence calls to action ("… Subscribe to the Monitor …").
            calls = text.IsEmpty ? HasSentenceCall(utf8) : HasSentenceCall(text);
        }

        return new AppealScore(positive - negative, positive, negative, family, outletVoice, attributed, voice > 0 || selfDescription, business, calls,
            s[(int)AppealCue.Salutation] > 0 || letter || s[(int)AppealCue.Mission] >= 6 || (s[(int)AppealCue.Mission] > 0 && s[(int)AppealCue.Outlet] > 0), speech, selfDescription ? SelfDescriptionBlockWeight : 0,
            s[(int)AppealCue.ThirdParty] > 0);
    }

    /// <summary>
    /// The evidence for news: the news cues' sums (capped) and what was found without the news scan
    /// (<paramref name="unscanned"/>: quotation marks, a transcript's speaker label).
    /// </summary>
    /// <param name="sums">The cue sums.</param>
    /// <param name="unscanned">The news evidence found without the news scan.</param>
    /// <param name="profile">
    /// Whether the paragraph is the outlet's profile: its media-business words ("Pattaya Mail has been the city's
    /// newspaper since 1993") are the outlet describing its own business, not a report on someone else's.
    /// </param>
    private static int Negative(Span<int> sums, int unscanned, bool profile) =>
        Math.Min(sums[(int)AppealCue.Reported] + sums[(int)AppealCue.Speech], 24) + unscanned + Cap(sums, AppealCue.ThirdParty, 6)
        + Cap(sums, AppealCue.ThirdPerson, 4) + (profile ? 0 : Cap(sums, AppealCue.MediaBusiness, 8)) + Cap(sums, AppealCue.BigMoney, 5);

    /// <summary>Adds the news cues of the paragraph (a second scan, with <see cref="AppealLexicon.NewsAutomaton"/>) to the sums.</summary>
    /// <returns>False when the scan stopped early, as <paramref name="bound"/> allows: the news evidence outweighed its slack.</returns>
    private static bool CountNews(Span<int> sums, Span<ulong> seen, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8, List<int>? matches, NewsBound bound)
    {
        var tally = new Tally(sums, seen, matches, AppealLexicon.NewsPhraseIds, bound);
        if (text.IsEmpty)
        {
            AppealLexicon.NewsAutomaton.Scan(utf8, ref tally);
        }
        else
        {
            AppealLexicon.NewsAutomaton.Scan(text, ref tally);
        }

        return !tally.Stopped;
    }

    /// <summary>When a news-cue scan may stop: once <see cref="Negative"/> exceeds <see cref="Slack"/>.</summary>
    /// <param name="Slack">How much news evidence the paragraph's score can take before it falls below every threshold that matters.</param>
    /// <param name="Unscanned">The news evidence found without the scan.</param>
    /// <param name="Profile">Whether the paragraph is the outlet's profile (see <see cref="Negative"/>).</param>
    private readonly record struct NewsBound(int Slack, int Unscanned, bool Profile)
    {
        /// <summary>A scan that never stops early (and a tally of any automaton's cues).</summary>
        public static NewsBound Never => new(int.MaxValue, 0, false);

        public bool Stops => Slack != int.MaxValue;
    }

    /// <summary>Whether a sentence after the first opens with a call to action (<see cref="AppealLexicon.SentenceCallSymbols"/>).</summary>
    /// <remarks>Only ASCII matters to the call words; any other character reads as a space, the same in UTF-16 and UTF-8.</remarks>
    internal static bool HasSentenceCall<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<byte> symbols = stackalloc byte[24];
        T period = T.CreateTruncating('.');
        T question = T.CreateTruncating('?');
        T exclamation = T.CreateTruncating('!');
        int from = 0;
        while (from < text.Length)
        {
            int end = text[from..].IndexOfAny(period, question, exclamation);
            if (end < 0)
            {
                return false;
            }

            int next = from + end + 1;
            from = next;
            if (next >= text.Length || int.CreateTruncating(text[next]) != ' ')
            {
                continue;
            }

            int n = 0;
            byte last = TextNormalizer.Space;
            for (int j = next; j < text.Length && n < symbols.Length; j++)
            {
                int c = int.CreateTruncating(text[j]);
                byte symbol = c < 128 ? TextNormalizer.AsciiSymbols[c] : TextNormalizer.Space;
                if (symbol == TextNormalizer.Skip || (symbol == last && symbol == TextNormalizer.Space))
                {
                    continue;
                }

                symbols[n++] = symbol;
                last = symbol;
            }

            if (StartsWithAny(symbols[..n], AppealLexicon.SentenceCallSymbols, out _))
            {
                return true;
            }
        }

        return false;
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
                return letters >= 2 && !IsEditorialLabel(text[..i]);
            }
            else if (c is not (' ' or '.' or '\'' or '-'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a capitalized label before a colon is a site's own kicker ("READ ALSO:", "PAY ATTENTION:", "EDITOR'S
    /// NOTE:") rather than a speaker's name in a transcript.
    /// </summary>
    private static bool IsEditorialLabel<T>(ReadOnlySpan<T> label)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<char> letters = stackalloc char[label.Length];
        int n = 0;
        foreach (T unit in label)
        {
            int c = int.CreateTruncating(unit);
            if (c is >= 'A' and <= 'Z' || (c == ' ' && n > 0 && letters[n - 1] != ' '))
            {
                letters[n++] = (char)c;
            }
        }

        ReadOnlySpan<char> name = letters[..n].TrimEnd(' ');
        foreach (string kicker in EditorialLabels)
        {
            if (name.SequenceEqual(kicker))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Kickers that sites put before a colon, in capitals, letters and single spaces only.</summary>
    private static readonly string[] EditorialLabels =
    [
        "READ ALSO", "ALSO READ", "READ MORE", "PAY ATTENTION", "RELATED", "SEE ALSO", "WATCH", "LISTEN", "EDITORS NOTE",
        "NOTE", "UPDATE", "EXCLUSIVE", "BREAKING", "ADVERTISEMENT", "SPONSORED", "SUBSCRIBE", "DONATE", "SUPPORT US",
    ];

    /// <summary>Reads the start of a paragraph: a button, a call to action, a greeting or a sign-off.</summary>
    private static Opening ReadOpening(ReadOnlySpan<char> text, bool needImperative)
    {
        // Both paths normalize to the same symbols, so a paragraph scores the same as UTF-16 and as UTF-8.
        Span<byte> symbols = stackalloc byte[OpeningScanChars];
        int n = 0;
        int spaces = 0;
        byte last = TextNormalizer.Space;
        bool complete = true;
        foreach (char c in text)
        {
            if (!Append(TextNormalizer.Map(c), symbols, ref n, ref spaces, ref last))
            {
                complete = false;
                break;
            }
        }

        return Classify(symbols[..n], complete, complete && text.Contains(','), needImperative);
    }

    private static Opening ReadOpening(ReadOnlySpan<byte> utf8, bool needImperative)
    {
        if (!needImperative && IsLongerThanShortLine(utf8))
        {
            // Only a call to action could be read from a long paragraph's opening, and none is needed here.
            return new Opening(-1, false, false, false);
        }

        Span<byte> symbols = stackalloc byte[OpeningScanChars];
        int n = 0;
        int spaces = 0;
        byte last = TextNormalizer.Space;
        bool complete = true;
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

            if (!Append(s, symbols, ref n, ref spaces, ref last))
            {
                complete = false;
                break;
            }
        }

        return Classify(symbols[..n], complete, complete && utf8.Contains((byte)','), needImperative);
    }

    /// <summary>
    /// A quick, exact test that the paragraph has more words than a short line: at least <see cref="ShortLineWords"/> + 2
    /// spaces that are followed by an ASCII letter or digit. Each of them after the first (which may follow only
    /// punctuation) starts a new word, so <see cref="Append"/> would stop at the last one; one vectorized search per word
    /// instead of normalizing every character.
    /// </summary>
    internal static bool IsLongerThanShortLine(ReadOnlySpan<byte> utf8)
    {
        const int Window = 128;
        if (Vector256.IsHardwareAccelerated && utf8.Length > Window)
        {
            // Most paragraphs show ten words within their first 128 bytes: count them 32 positions at a time.
            int count = 0;
            for (int offset = 0; offset < Window; offset += Vector256<byte>.Count)
            {
                Vector256<byte> current = Vector256.Create(utf8.Slice(offset, Vector256<byte>.Count));
                Vector256<byte> following = Vector256.Create(utf8.Slice(offset + 1, Vector256<byte>.Count));
                Vector256<byte> letter = Vector256.LessThan((following | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a'), Vector256.Create((byte)26));
                Vector256<byte> digit = Vector256.LessThan(following - Vector256.Create((byte)'0'), Vector256.Create((byte)10));
                Vector256<byte> starts = Vector256.Equals(current, Vector256.Create((byte)' ')) & (letter | digit);
                count += BitOperations.PopCount(starts.ExtractMostSignificantBits());
            }

            if (count >= ShortLineWords + 2)
            {
                return true;
            }
        }

        int found = 0;
        int from = 0;
        while (true)
        {
            int i = utf8[from..].IndexOf((byte)' ');
            if (i < 0)
            {
                return false;
            }

            from += i + 1;
            if (from < utf8.Length && char.IsAsciiLetterOrDigit((char)utf8[from]) && ++found == ShortLineWords + 2)
            {
                return true;
            }
        }
    }

    /// <summary>Appends a symbol (collapsing runs; <c>spaces</c> counts the word breaks so far); false when the paragraph is too long to be a short line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Append(byte s, Span<byte> symbols, ref int n, ref int spaces, ref byte last)
    {
        if (s == TextNormalizer.Skip || (s == last && s is TextNormalizer.Space or TextNormalizer.Digit))
        {
            return true;
        }

        if (s == TextNormalizer.Space)
        {
            if (spaces >= ShortLineWords)
            {
                // Too long to be a short line: stop after the first words instead of normalizing the whole paragraph.
                return false;
            }

            spaces++;
        }

        if (n == symbols.Length)
        {
            return false;
        }

        symbols[n++] = s;
        last = s;
        return true;
    }

    /// <param name="symbols">The first words, normalized.</param>
    /// <param name="complete">Whether <paramref name="symbols"/> hold the whole paragraph.</param>
    /// <param name="comma">Whether the paragraph holds a comma (looked for only when <paramref name="complete"/>).</param>
    /// <param name="needImperative">Whether the paragraph has an appeal cue or a price, beside which a call to action counts.</param>
    private static Opening Classify(ReadOnlySpan<byte> symbols, bool complete, bool comma, bool needImperative)
    {
        if (!symbols.IsEmpty && symbols[^1] == TextNormalizer.Space)
        {
            symbols = symbols[..^1];
        }

        int words = symbols.IsEmpty ? 0 : symbols.Count(TextNormalizer.Space) + 1;
        ReadOnlySpan<byte> first = symbols.IndexOf(TextNormalizer.Space) is int space and >= 0 ? symbols[..space] : symbols;
        if (!complete)
        {
            return new Opening(-1, needImperative && StartsWithAny(symbols, AppealLexicon.ImperativeSymbols, out _), false, false);
        }

        int button = words <= ShortParagraphWords && StartsWithAny(symbols, AppealLexicon.ButtonSymbols, out int b) ? b : -1;
        bool salutation = words <= ShortParagraphWords && StartsWithAny(first, AppealLexicon.GreetingSymbols, out _) && words >= 2;
        bool signoff = comma && words <= ShortLineWords && EndsWithAny(symbols, AppealLexicon.SignoffSymbols);
        bool imperative = (needImperative || button >= 0 || salutation || signoff) && StartsWithAny(symbols, AppealLexicon.ImperativeSymbols, out _);
        return new Opening(button, imperative, salutation, signoff);
    }

    private static bool StartsWithAny(ReadOnlySpan<byte> symbols, byte[][] phrases, out int index)
    {
        for (int k = 0; k < phrases.Length; k++)
        {
            byte[] phrase = phrases[k];
            if (symbols.StartsWith(phrase) && (symbols.Length == phrase.Length || symbols[phrase.Length] == TextNormalizer.Space))
            {
                index = k;
                return true;
            }
        }

        index = -1;
        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<byte> symbols, byte[][] phrases)
    {
        foreach (byte[] phrase in phrases)
        {
            if (symbols.EndsWith(phrase) && (symbols.Length == phrase.Length || symbols[^(phrase.Length + 1)] == TextNormalizer.Space))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Takes back pronouns that are names or adverbs: "US" in capitals is the country, not the outlet's "us"; "well" in
    /// "as well as" is not "we'll" (<see cref="HasPronounWell"/>); "You" inside a title-case name in sentence-case text
    /// ("Wizz Air's All You Can Fly membership") does not address the reader.
    /// </summary>
    private static void DropNames<T>(Span<int> sums, Span<ulong> seen, ReadOnlySpan<T> text, List<int>? matches)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (IsSeen(seen, AppealLexicon.UsPhraseId) && !HasPronounUs(text))
        {
            sums[(int)AppealCue.Outlet] -= AppealLexicon.Weights[AppealLexicon.UsPhraseId];
            matches?.Remove(AppealLexicon.UsPhraseId);
        }

        if (IsSeen(seen, AppealLexicon.WellPhraseId) && !HasPronounWell(text))
        {
            sums[(int)AppealCue.Outlet] -= AppealLexicon.Weights[AppealLexicon.WellPhraseId];
            matches?.Remove(AppealLexicon.WellPhraseId);
        }

        foreach (int id in AppealLexicon.YouPhraseIds)
        {
            if (IsSeen(seen, id) && !AddressesReader(text))
            {
                sums[(int)AppealCue.Reader] -= AppealLexicon.Weights[id];
                matches?.Remove(id);
            }
        }
    }

    /// <summary>
    /// Whether "you" or "your" in the text addresses the reader: in lower case, or opening a sentence, or anywhere in a
    /// text written in title case (a button, a headline). Not when every one of them is capitalized after a
    /// capitalized word in sentence-case text, as inside the name of a product or a work.
    /// </summary>
    private static bool AddressesReader<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        int words = 0;
        int capitalized = 0;
        bool previousCapitalized = false;
        bool sentenceStart = true;
        for (int i = 0; i < text.Length;)
        {
            int c = int.CreateTruncating(text[i]);
            if (!char.IsAsciiLetterOrDigit((char)c) || c >= 0x80)
            {
                sentenceStart |= c is '.' or '!' or '?' or ':' or ';' or '"';
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && int.CreateTruncating(text[i]) is int d && d < 0x80 && char.IsAsciiLetterOrDigit((char)d))
            {
                i++;
            }

            bool upper = char.IsAsciiLetterUpper((char)c);
            words++;
            capitalized += upper ? 1 : 0;
            int length = i - start;
            if ((length == 3 || length == 4) && (c | 0x20) == 'y' && (int.CreateTruncating(text[start + 1]) | 0x20) == 'o'
                && (int.CreateTruncating(text[start + 2]) | 0x20) == 'u' && (length == 3 || (int.CreateTruncating(text[start + 3]) | 0x20) == 'r'))
            {
                if (!upper || sentenceStart || !previousCapitalized)
                {
                    return true;
                }
            }

            previousCapitalized = upper;
            sentenceStart = false;
        }

        // Every "You" follows a capitalized word: a name, unless the whole text is in title case.
        return capitalized * 2 > words;
    }

    /// <summary>
    /// Whether the text holds "we'll" (the outlet's voice) rather than only the adverb "well": with an apostrophe it is
    /// the pronoun; without one (normalized text), not after "as", "very", "so" and the like, nor before a hyphen or
    /// words such as "short", "above", "known" ("as well as", "went well", "well-known", "well short of").
    /// </summary>
    internal static bool HasPronounWell<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        int previousStart = -1, previousEnd = -1;
        for (int i = 0; i < text.Length;)
        {
            if (!IsAsciiLetter(text, i))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsAsciiLetter(text, i))
            {
                i++;
            }

            ReadOnlySpan<T> word = text[start..i];
            if (LowerEquals(word, "we") && ApostropheAt(text, i, out int width) && i + width + 1 < text.Length
                && (int.CreateTruncating(text[i + width]) | 0x20) == 'l' && (int.CreateTruncating(text[i + width + 1]) | 0x20) == 'l')
            {
                return true;
            }

            if (LowerEquals(word, "well") && (i == text.Length || int.CreateTruncating(text[i]) != '-')
                && !(previousStart >= 0 && IsInList(text[previousStart..previousEnd], AdverbLeads))
                && !IsInList(NextWord(text, i), AdverbFollowers))
            {
                return true;
            }

            previousStart = start;
            previousEnd = i;
        }

        return false;
    }

    private static bool IsAsciiLetter<T>(ReadOnlySpan<T> text, int i)
        where T : unmanaged, IBinaryInteger<T> => int.CreateTruncating(text[i]) is int c && c < 0x80 && char.IsAsciiLetter((char)c);

    private static bool ApostropheAt<T>(ReadOnlySpan<T> text, int i, out int width)
        where T : unmanaged, IBinaryInteger<T>
    {
        width = 0;
        if (i >= text.Length)
        {
            return false;
        }

        int c = int.CreateTruncating(text[i]);
        if (IsApostrophe(c))
        {
            width = 1;
            return true;
        }

        // U+2019, U+2018, U+2032 and U+02BC in UTF-8 (the apostrophes the normalizer skips).
        if (typeof(T) == typeof(byte) && c == 0xE2 && i + 2 < text.Length && int.CreateTruncating(text[i + 1]) == 0x80
            && int.CreateTruncating(text[i + 2]) is 0x99 or 0x98 or 0xB2)
        {
            width = 3;
            return true;
        }

        if (typeof(T) == typeof(byte) && c == 0xCA && i + 1 < text.Length && int.CreateTruncating(text[i + 1]) == 0xBC)
        {
            width = 2;
            return true;
        }

        return false;
    }

    /// <summary>The apostrophes the text normalizer skips (straight, backtick, curly, modifier letter, prime).</summary>
    internal static bool IsApostrophe(int c) => c is '\'' or '`' or '\u2019' or '\u2018' or '\u02BC' or '\u2032';

    private static bool LowerEquals<T>(ReadOnlySpan<T> word, string lower)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (word.Length != lower.Length)
        {
            return false;
        }

        for (int k = 0; k < word.Length; k++)
        {
            if ((int.CreateTruncating(word[k]) | 0x20) != lower[k])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInList<T>(ReadOnlySpan<T> word, string[] list)
        where T : unmanaged, IBinaryInteger<T>
    {
        foreach (string entry in list)
        {
            if (LowerEquals(word, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next word (a run of ASCII letters) after <paramref name="from"/>, past spaces only; empty if none.</summary>
    private static ReadOnlySpan<T> NextWord<T>(ReadOnlySpan<T> text, int from)
        where T : unmanaged, IBinaryInteger<T>
    {
        int start = from;
        while (start < text.Length && int.CreateTruncating(text[start]) == ' ')
        {
            start++;
        }

        int end = start;
        while (end < text.Length && IsAsciiLetter(text, end))
        {
            end++;
        }

        return text[start..end];
    }

    /// <summary>Words before which "well" is the adverb ("well short of", "well above", "well known").</summary>
    private static readonly string[] AdverbFollowers = ["short", "above", "below", "over", "under", "ahead", "behind", "beyond", "into", "before", "after", "known", "off", "worth", "within", "past", "enough", "established", "received", "documented", "paid", "placed", "positioned", "suited", "aware", "equipped"];

    /// <summary>Words after which "well" is the adverb ("as well", "very well", "went well").</summary>
    private static readonly string[] AdverbLeads = ["as", "very", "so", "too", "quite", "pretty", "fairly", "just", "is", "are", "was", "were", "be", "been", "do", "does", "did", "doing", "done", "go", "goes", "going", "went", "gone", "work", "works", "worked", "working", "perform", "performed", "sell", "sold", "selling", "may", "might", "could", "fare", "fared"];

    /// <summary>How many words (runs of ASCII letters and digits) the text has, counting no further than <paramref name="limit"/>.</summary>
    private static int WordsUpTo<T>(ReadOnlySpan<T> text, int limit)
        where T : unmanaged, IBinaryInteger<T>
    {
        int words = 0;
        bool inWord = false;
        for (int i = 0; i < text.Length && words < limit; i++)
        {
            int c = int.CreateTruncating(text[i]);
            bool letter = c < 0x80 && char.IsAsciiLetterOrDigit((char)c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }

    /// <summary>Whether the text holds "us" as a word in lower or title case (not only the country, "US").</summary>
    private static bool HasPronounUs<T>(ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T> =>
        typeof(T) == typeof(char) ? HasPronounUs(MemoryMarshal.Cast<T, char>(text)) : HasPronounUs(MemoryMarshal.Cast<T, byte>(text));

    private static bool HasPronounUs(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if ((text[i] | 0x20) == 'u' && text[i + 1] == 's' && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 2 == text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasPronounUs(ReadOnlySpan<byte> utf8)
    {
        for (int i = 0; i + 1 < utf8.Length; i++)
        {
            if ((utf8[i] | 0x20) == 'u' && utf8[i + 1] == 's' && (i == 0 || !LetterOrDigitBefore(utf8, i)) && (i + 2 == utf8.Length || !LetterOrDigitAt(utf8, i + 2)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the character that starts at <paramref name="i"/> is a letter or digit, as <see cref="char.IsLetterOrDigit(char)"/>
    /// says of the same character in UTF-16 (so a character beyond the Basic Multilingual Plane, a surrogate pair there,
    /// is not one; invalid UTF-8 is not one either).
    /// </summary>
    private static bool LetterOrDigitAt(ReadOnlySpan<byte> utf8, int i) =>
        utf8[i] < 0x80 ? char.IsAsciiLetterOrDigit((char)utf8[i])
            : Rune.DecodeFromUtf8(utf8[i..], out Rune rune, out _) == OperationStatus.Done && rune.IsBmp && Rune.IsLetterOrDigit(rune);

    /// <summary>Whether the character that ends just before <paramref name="i"/> is a letter or digit (see <see cref="LetterOrDigitAt"/>).</summary>
    private static bool LetterOrDigitBefore(ReadOnlySpan<byte> utf8, int i) =>
        utf8[i - 1] < 0x80 ? char.IsAsciiLetterOrDigit((char)utf8[i - 1])
            : Rune.DecodeLastFromUtf8(utf8[..i], out Rune rune, out _) == OperationStatus.Done && rune.IsBmp && Rune.IsLetterOrDigit(rune);

    private static bool IsSeen(Span<ulong> seen, int id) => (seen[id >> 6] & (1UL << (id & 63))) != 0;

    private static int Quotes(ReadOnlySpan<char> text) => text.Count('"') + text.Count('“') + text.Count('”');

    private static int Quotes(ReadOnlySpan<byte> utf8) => utf8.Count((byte)'"') + utf8.Count("“"u8) + utf8.Count("”"u8);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Cap(Span<int> sums, AppealCue cue, int max) => Math.Min(sums[(int)cue], max);

    /// <summary>
    /// Where the outlet's name first appears, comparing letters only (so "Times of Israel" matches timesofisrael.com and
    /// "Kyiv Independent" kyivindependent.com): 0 when the paragraph opens with it (after an optional "The"), a positive
    /// letter offset when it appears later, -1 when it does not.
    /// </summary>
    private static int FindOutlet(string key, ReadOnlySpan<char> text, ReadOnlySpan<byte> utf8) =>
        text.IsEmpty ? FindOutlet(key, utf8) : FindOutlet<char>(key, text);

    /// <remarks>
    /// Finds the candidates with a vectorized search for the key's first letter (either case), then compares letters
    /// from there; the key is lower-case ASCII letters (see <see cref="OutletKey"/>). Non-ASCII characters and UTF-8
    /// bytes above 0x7F are not letters here.
    /// </remarks>
    private static int FindOutlet<T>(string key, ReadOnlySpan<T> text)
        where T : unmanaged, IBinaryInteger<T>
    {
        T lower = T.CreateTruncating((int)key[0]);
        T upper = T.CreateTruncating(key[0] & ~0x20);
        int from = 0;
        while (from < text.Length)
        {
            int i = text[from..].IndexOfAny(lower, upper);
            if (i < 0)
            {
                return -1;
            }

            i += from;
            if (StartsWithLetters(text[i..], key))
            {
                return LetterOffset(text[..i]);
            }

            from = i + 1;
        }

        return -1;
    }

    /// <summary>Whether the text's ASCII letters, lower-cased and ignoring everything else, start with <paramref name="key"/>.</summary>
    private static bool StartsWithLetters<T>(ReadOnlySpan<T> text, string key)
        where T : unmanaged, IBinaryInteger<T>
    {
        int k = 0;
        foreach (T t in text)
        {
            int c = int.CreateTruncating(t);
            if (!char.IsAsciiLetter((char)c))
            {
                continue;
            }

            if ((c | 0x20) != key[k])
            {
                return false;
            }

            if (++k == key.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>0 when the text before the name has no letters or only "the"; otherwise how many letters it has.</summary>
    private static int LetterOffset<T>(ReadOnlySpan<T> before)
        where T : unmanaged, IBinaryInteger<T>
    {
        int letters = 0;
        Span<int> first = stackalloc int[3];
        foreach (T t in before)
        {
            int c = int.CreateTruncating(t);
            if (char.IsAsciiLetter((char)c))
            {
                if (letters < 3)
                {
                    first[letters] = c | 0x20;
                }

                letters++;
            }
        }

        return letters == 3 && first[0] == 't' && first[1] == 'h' && first[2] == 'e' ? 0 : letters;
    }

    private static AppealFamily[] BuildButtonFamilies()
    {
        int[] ids = AppealLexicon.ButtonPhraseIds;
        var families = new AppealFamily[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            families[i] = AppealLexicon.Phrases[ids[i]] switch
            {
                "subscribe" or "sign in" or "log in" or "keep reading" or "continue" or "get access" or "start free trial" or "register" or "upgrade" or "cancel anytime" or "cancel any time" or "subscriber login" or "subscriber log in" or "member login" or "i subscribe" or "get the magazine" or "premium content" or "create account" => AppealFamily.Paywall,
                string p when p.Contains("offers", StringComparison.Ordinal) || p.Contains("plan", StringComparison.Ordinal) || p.Contains("subscription", StringComparison.Ordinal) => AppealFamily.Paywall,
                "sign up" or "send me the" or "email address" or "your email address" or "enter your email" => AppealFamily.Newsletter,
                _ => AppealFamily.Donation,
            };
        }

        return families;
    }

    /// <summary>What the first words of a paragraph say: a button, a call to action, a greeting or a sign-off.</summary>
    private readonly record struct Opening(int Button, bool Imperative, bool Salutation, bool Signoff);

    /// <summary>A <see cref="Tally"/> for the multi-text scan, which hands over one paragraph at a time; scores each at its end.</summary>
    private ref struct LaneTally(Span<int> sums, Span<ulong> seen, Internals.Utf8ParagraphList paragraphs, string? outletKey, AppealScore[] scores, int ownName, AppealFloors floors, int[]? deferred) : ILaneSink
    {
        private readonly Span<int> _sums = sums;
        private readonly Span<ulong> _seen = seen;

        // Once a paragraph of the document scores a strong appeal, the model may remove any paragraph above its floor, so
        // those are scored at once instead of being left for later.
        private bool _strong;

        // Whether the sums and phrase bits may hold more than the outlet's own name: set by a match and by scoring,
        // cleared with them, so at the end of a paragraph it tells whether the paragraph matched a cue. Most paragraphs
        // of news match none (two thirds of the labeled dev corpus's, 86 % of the benchmark corpus's), and after them
        // there is nothing to clear.
        private bool _dirty = true;

        public void OnStart(int lane, int text)
        {
            if (_dirty)
            {
                _sums.Clear();
                _seen.Clear();
                MarkOwnName(_seen, ownName);
                _dirty = false;
            }
        }

        public void OnMatch(int lane, int patternId)
        {
            Count(_sums, _seen, AppealLexicon.AutomatonPhraseIds[patternId]);
            _dirty = true;
        }

        public void OnEnd(int lane, int text)
        {
            Span<int> slot = deferred is null ? default : deferred.AsSpan(text * DeferredSlot, DeferredSlot);
            ReadOnlySpan<byte> utf8 = paragraphs.GetUtf8(text);
            AppealScore score;
            if (!_dirty && IsLongerThanShortLine(utf8))
            {
                // No cue, and too long to be a button or a letter's greeting or sign-off: Score would find no evidence
                // at all (no sums, no opening) and return Zero.
                if (!slot.IsEmpty)
                {
                    slot[0] = NotDeferred;
                }

                score = AppealScore.Zero;
            }
            else
            {
                bool defer = deferred is not null && !_strong;
                score = Finish(_sums, _seen, utf8, outletKey, defer ? floors.Rules : floors.Lowest, defer ? floors.Model : int.MaxValue, slot);
                _dirty = true;
            }

            _strong |= score.Total >= floors.StrongAt;
            scores[text] = score;
        }
    }

    /// <summary>Collects the cues of one paragraph while the automaton scans it.</summary>
    /// <param name="sums">The sum of each cue kind.</param>
    /// <param name="seen">The phrases already counted, as bits.</param>
    /// <param name="matches">When not null, receives the id of each phrase counted.</param>
    /// <param name="phraseIds">The phrase id of each pattern of the automaton that scans (<see cref="AppealLexicon.AutomatonPhraseIds"/> or <see cref="AppealLexicon.NewsPhraseIds"/>).</param>
    /// <param name="bound">When a news-cue scan may stop (see <see cref="NewsBound"/>).</param>
    private ref struct Tally(Span<int> sums, Span<ulong> seen, List<int>? matches, int[] phraseIds, NewsBound bound) : ICueSink
    {
        private readonly Span<int> _sums = sums;
        private readonly Span<ulong> _seen = seen;
        private readonly List<int>? _matches = matches;

        /// <summary>Whether the scan stopped early (see <see cref="NewsBound"/>).</summary>
        public bool Stopped { get; private set; }

        public bool OnMatch(int patternId)
        {
            if (Count(_sums, _seen, phraseIds[patternId]) is int id and >= 0)
            {
                _matches?.Add(id);
                if (bound.Stops && Negative(_sums, bound.Unscanned, bound.Profile) > bound.Slack)
                {
                    Stopped = true;
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Adds a matched phrase's weight to its cue's sum, once per phrase and paragraph.</summary>
    /// <returns>The phrase id when it was counted now, or -1 when the paragraph had already matched it.</returns>
    private static int Count(Span<int> sums, Span<ulong> seen, int id)
    {
        ref ulong bits = ref seen[id >> 6];
        ulong mask = 1UL << (id & 63);
        if ((bits & mask) != 0)
        {
            return -1;
        }

        bits |= mask;
        sums[(int)AppealLexicon.Cues[id]] += AppealLexicon.Weights[id];
        return id;
    }
}
