using NewsParsing.Filtering.Matching;

namespace NewsParsing.Tests.Filtering;

public class CueAutomatonTests
{
    private static List<int> Matches(CueAutomaton automaton, string text)
    {
        var sink = new CollectingSink([]);
        automaton.Scan(text.AsSpan(), ref sink);
        var bytes = new CollectingSink([]);
        automaton.Scan(System.Text.Encoding.UTF8.GetBytes(text).AsSpan(), ref bytes);
        sink.Ids.Should().Equal(bytes.Ids, "the UTF-16 and UTF-8 paths must agree");
        return sink.Ids;
    }

    [Fact]
    public void Patterns_WithSurroundingPunctuation_MatchTheirWords()
    {
        var automaton = new CueAutomaton(["Subscribe!", "(support us)", "  read more  "]);

        Matches(automaton, "Please subscribe, support us and read more today.").Should().Equal(0, 1, 2);
    }

    [Fact]
    public void Scan_StopsAtTheMatch_WhoseSinkAsksToStop()
    {
        var automaton = new CueAutomaton(["alpha", "beta", "gamma"]);
        const string Text = "alpha then beta then gamma then alpha";
        Matches(automaton, Text).Should().Equal(0, 1, 2, 0);

        var chars = new StoppingSink(stopAfter: 2);
        automaton.Scan(Text.AsSpan(), ref chars);
        var bytes = new StoppingSink(stopAfter: 2);
        automaton.Scan(System.Text.Encoding.UTF8.GetBytes(Text).AsSpan(), ref bytes);

        chars.Ids.Should().Equal(0, 1);
        bytes.Ids.Should().Equal(0, 1);
    }

    [Fact]
    public void TooManyPatterns_ForOneAutomaton_AreRefusedWithAReason()
    {
        var random = new Random(7);
        string[] patterns = [.. Enumerable.Range(0, 3_000).Select(_ => new string([.. Enumerable.Range(0, 25).Select(_ => (char)('a' + random.Next(26)))]))];

        Action build = () => _ = new CueAutomaton(patterns);

        build.Should().Throw<ArgumentException>().WithMessage("Too many patterns*");
    }

    [Theory]
    [InlineData("We’re glad you’re here", true)]
    [InlineData("Were glad youre here", true)]
    [InlineData("WE'RE GLAD YOU'RE HERE!", true)]
    [InlineData("we were glad youre herein", false)]
    [InlineData("glad you are here", false)]
    public void Scan_WholeWords_IgnoringCaseApostrophesAndPunctuation(string text, bool expected)
    {
        var automaton = new CueAutomaton(["were glad youre here"]);

        Matches(automaton, text).Any().Should().Be(expected);
    }

    [Theory]
    [InlineData("only $6/month", true)]
    [InlineData("only $6month", true)]
    [InlineData("only £12.50 a month", false)]
    [InlineData("only 12month", true)]
    [InlineData("only 12.50month", false)]
    [InlineData("only 6 months", false)]
    public void Scan_NumbersCollapseToOneDigitSymbol(string text, bool expected)
    {
        var automaton = new CueAutomaton(["only 0month"]);

        Matches(automaton, text).Any().Should().Be(expected);
    }

    [Fact]
    public void Scan_PrefixPatterns_MatchWordStarts_AndOverlappingPatternsAllReport()
    {
        var automaton = new CueAutomaton(["subscri*", "subscribe now", "now"]);

        Matches(automaton, "Subscribers: subscribe now").Should().BeEquivalentTo([0, 0, 1, 2]);
        Matches(automaton, "unsubscribe").Should().BeEmpty();
    }

    [Fact]
    public void Scan_ThousandsOfPatterns_StillFindsEachOne()
    {
        // Digits all read as one symbol, so the patterns differ in letters: cue + i written in base 26.
        static string Letters(int i) => new([(char)('a' + (i / 676)), (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26))]);
        string[] patterns = [.. Enumerable.Range(0, 3000).Select(i => $"cue{Letters(i)} word")];
        var automaton = new CueAutomaton(patterns);

        Matches(automaton, $"text with cue{Letters(1234)} word and CUE{Letters(2999).ToUpperInvariant()}-word.").Should().Equal(1234, 2999);
        automaton.StateCount.Should().BeLessThan(40_000);
    }

    [Fact]
    public void Compile_PatternWithoutLetters_Throws()
    {
        Action compile = () => _ = new CueAutomaton(["  -- "]);
        Action blank = () => _ = new CueAutomaton(["   "]);
        Action nothing = () => _ = new CueAutomaton([null!]);

        compile.Should().Throw<ArgumentException>().WithMessage("*has no letters or digits*");
        blank.Should().Throw<ArgumentException>().WithParameterName("pattern");
        nothing.Should().Throw<ArgumentNullException>().WithParameterName("pattern");
    }

    /// <summary>Collects the first <c>stopAfter</c> matches, then asks the scan to stop.</summary>
    private ref struct StoppingSink(int stopAfter) : ICueSink
    {
        public List<int> Ids { get; } = [];

        public readonly bool OnMatch(int patternId)
        {
            Ids.Add(patternId);
            return Ids.Count < stopAfter;
        }
    }

    private ref struct CollectingSink(List<int> ids) : ICueSink
    {
        public List<int> Ids { get; } = ids;

        public readonly bool OnMatch(int patternId)
        {
            Ids.Add(patternId);
            return true;
        }
    }

    [Theory]
    [InlineData('\u00A0')]
    [InlineData('\u2007')]
    [InlineData('\u202F')]
    [InlineData('\u2009')]
    [InlineData('\u200A')]
    [InlineData('\u2002')]
    [InlineData('\u2003')]
    [InlineData('—')]
    [InlineData('–')]
    [InlineData('‒')]
    [InlineData('―')]
    [InlineData('…')]
    [InlineData('•')]
    [InlineData('·')]
    public void Normalize_TypographicSpacesAndDashes_SeparateWordsLikeASpace(char separator)
    {
        byte[] expected = TextNormalizer.Normalize("give now");

        TextNormalizer.Normalize($"give{separator}now").Should().Equal(expected);
        Matches(new CueAutomaton(["give now"]), $"Please give{separator}now.").Should().Equal(0);
    }

    [Theory]
    [InlineData('’')]
    [InlineData('‘')]
    [InlineData('ʼ')]
    [InlineData('′')]
    [InlineData('“')]
    [InlineData('”')]
    [InlineData('„')]
    [InlineData('«')]
    [InlineData('»')]
    [InlineData('£')]
    [InlineData('€')]
    [InlineData('¥')]
    [InlineData('₴')]
    [InlineData('₽')]
    [InlineData('₹')]
    public void Normalize_QuotesApostrophesAndCurrencySigns_AreDropped_AsTheNormalizedCorpusDropsThem(char mark)
    {
        // "you’re" must read as the seed corpus's "youre"; "€5" as "5".
        TextNormalizer.Normalize($"you{mark}re").Should().Equal(TextNormalizer.Normalize("youre"));
        Matches(new CueAutomaton(["youre"]), $"Now you{mark}re here.").Should().Equal(0);
    }

    [Fact]
    public void Normalize_LettersBeyondTheBasicPlane_AreLetters_NotSeparators()
    {
        // "give𝐚now" is one word of letters, not "give now".
        Matches(new CueAutomaton(["give now"]), "give\U0001D41Anow").Should().BeEmpty();
        Matches(new CueAutomaton(["give now"]), "give\u00E9now").Should().BeEmpty();
    }

    [Fact]
    public void ScanMany_MapsBlocksOfAsciiWithVectors_ExactlyAsTheCharacterTable()
    {
        // The vector mapping classifies by arithmetic; where the CPU has it, it must agree with the table for every
        // ASCII byte, or the scan would silently fall back to mapping byte by byte.
        CueAutomaton.VectorColumnsAreExact.Should().Be(System.Runtime.Intrinsics.X86.Avx2.IsSupported);
    }

    [Fact]
    public void ScanMany_ReportsForEachTextExactlyWhatASingleScanReports()
    {
        // Sets of 0 to 13 random texts, laid out in one buffer with gaps between them, of pattern words, other words,
        // skipped characters, repeated spaces and digits, non-ASCII letters and punctuation, of very unequal lengths
        // (some empty, some with hundreds of matches, more than the hit buffer first holds, some long enough to be
        // scanned on their own). Every text must start and end once, on one lane, and report between the two exactly
        // what a scan of its own reports, in the same order.
        string[] patterns = ["you", "we", "support us", "subscri*", "0 a month", "read more", "our journalism"];
        const int AsciiWords = 15;
        string[] words = ["you", "We", "support", "us", "Subscribers", "$5", "a", "month", "read", "more", "our", "journalism",
            "news", "'", "99.9", "’", "'", "—", "é", "café", "  ", "99.9", "🙏", "(", ")", "\"", "“", "”", "\u00A0"];
        var automaton = new CueAutomaton(patterns);
        var random = new Random(11);
        int busiest = 0;
        int texts = 0;
        int longest = 0;
        for (int trial = 0; trial < 300; trial++)
        {
            // Every fifth trial is plain ASCII, so that the lanes can fill their hit buffer without a break.
            int choices = trial % 5 == 0 ? AsciiWords : words.Length;
            // Every seventh trial has many texts of up to 4 KB, more than one batch of the eight lanes holds, some
            // just below and some above the length from which a text is scanned on its own.
            bool many = trial % 7 == 3;
            byte[][] parts = [.. Enumerable.Range(0, many ? random.Next(30, 60) : random.Next(0, 14)).Select(_ => Text((many ? 8 : random.Next(0, 8)) switch
            {
                0 => 0,
                1 => random.Next(300, 2_000),
                8 => random.Next(400, 1_000),
                _ => random.Next(1, 60),
            }, choices))];
            (byte[] buffer, int[] ranges) = Layout(parts, () => random.Next(0, 3));
            var sink = new LaneRecorder(parts.Length);
            automaton.ScanMany(buffer, ranges, ref sink);

            for (int t = 0; t < parts.Length; t++)
            {
                sink.Started[t].Should().Be(1, "text {0} of trial {1} starts once", t, trial);
                sink.Ended[t].Should().Be(1, "text {0} of trial {1} ends once", t, trial);
                sink.Ids[t].Should().Equal(Single(parts[t]), "text {0} of trial {1}", t, trial);
                busiest = Math.Max(busiest, sink.Ids[t].Count);
            }

            texts += parts.Length;
            longest = Math.Max(longest, parts.Sum(p => p.Length));
        }

        busiest.Should().BeGreaterThan(200, "some texts must hit far more often than the hit buffer holds");
        texts.Should().BeGreaterThan(3_000);
        longest.Should().BeGreaterThan(100_000, "some trials must need more than one batch of the lanes");

        byte[] Text(int count, int choices) =>
            System.Text.Encoding.UTF8.GetBytes(string.Join(random.Next(3) == 0 ? "  " : " ", Enumerable.Range(0, count).Select(_ => words[random.Next(choices)])));

        List<int> Single(byte[] utf8)
        {
            var sink = new CollectingSink([]);
            automaton.Scan(utf8.AsSpan(), ref sink);
            return sink.Ids;
        }
    }

    [Fact]
    public void ScanMany_MapsTheLastBytesOfEveryLength_AsASingleScanDoes()
    {
        // A text's last bytes are mapped by one more vector that overlaps bytes already mapped, unless those are not
        // ASCII: put a curly apostrophe (three bytes) and an accented letter (two) at every distance from the end of
        // texts of 20 to 130 bytes, so that they fall in the overlap, in the new part and across the boundary, and
        // end texts of every length with invalid UTF-8.
        var automaton = new CueAutomaton(["were here", "here", "café"]);
        var texts = new List<byte[]>();
        for (int before = 0; before <= 70; before++)
        {
            for (int after = 0; after <= 40; after += 3)
            {
                texts.Add(System.Text.Encoding.UTF8.GetBytes($"{new string('a', before)} we’re here {new string('b', after)} café"));
                texts.Add(System.Text.Encoding.UTF8.GetBytes($"{new string('a', before)} café we’re here{new string(' ', after)}"));
            }

            // Invalid UTF-8 where the last vector starts and ends: a sequence cut short at the end, a lone continuation
            // byte, a lead byte followed by ASCII.
            byte[] text = System.Text.Encoding.UTF8.GetBytes($"{new string('a', before)} we’re here café ");
            texts.Add([.. text, 0xE2, 0x80]);
            texts.Add([.. text, 0x80, .. "here"u8]);
            texts.Add([.. text, 0xC3, .. " here"u8]);
        }

        (byte[] buffer, int[] ranges) = Layout(texts);
        var sink = new LaneRecorder(texts.Count);
        automaton.ScanMany(buffer, ranges, ref sink);

        for (int t = 0; t < texts.Count; t++)
        {
            var single = new CollectingSink([]);
            automaton.Scan(texts[t].AsSpan(), ref single);
            single.Ids.Should().Contain([0, 2], "every text holds these patterns");
            sink.Ids[t].Should().Equal(single.Ids, "text {0} ({1} bytes)", t, texts[t].Length);
        }
    }

    [Fact]
    public void ScanMany_DealsTheTextsLongestFirst_EachToTheLaneWithTheLeastToRead()
    {
        // Eight texts of 80 down to 45 characters take one lane each; the shortest, text 0, then joins the lane that
        // read the shortest of them (text 8), after it.
        var automaton = new CueAutomaton(["we"]);
        int[] lengths = [10, 80, 75, 70, 65, 60, 55, 50, 45];
        (byte[] buffer, int[] ranges) = Layout([.. lengths.Select(length => System.Text.Encoding.ASCII.GetBytes(new string('w', length)))]);
        var sink = new LaneRecorder(lengths.Length);
        automaton.ScanMany(buffer, ranges, ref sink);

        int[] lanes = sink.LaneOf;
        lanes[1..].Should().OnlyHaveUniqueItems("the eight longest texts go to eight different lanes");
        lanes[0].Should().Be(lanes[8], "the shortest text joins the lane with the least to read");
        sink.Order.IndexOf(0).Should().BeGreaterThan(sink.Order.IndexOf(8), "a lane reads its texts in the order they were dealt");
    }

    [Fact]
    public void ScanMany_TensOfThousandsOfTinyTexts_AreDealtOutWithoutAQuadraticSort()
    {
        // A hostile document of 60,000 one- or two-letter paragraphs fills batches of tens of thousands of texts; the
        // lanes must still report each exactly as a scan of its own. Sorting a batch longest first must not be
        // quadratic: an insertion sort of 30,000 texts of two lengths makes up to n²/4 moves (here it took 0.8 s in all,
        // a larger document proportionally more).
        var automaton = new CueAutomaton(["we", "us", "a"]);
        string[] words = ["we", "a", "x", "us", "b"];
        (byte[] buffer, int[] ranges) = Layout([.. Enumerable.Range(0, 60_000).Select(t => System.Text.Encoding.UTF8.GetBytes(words[t % words.Length]))]);

        var sink = new LaneRecorder(60_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        automaton.ScanMany(buffer, ranges, ref sink);
        watch.Stop();

        for (int t = 0; t < 60_000; t++)
        {
            sink.Ids[t].Should().HaveCount(words[t % words.Length] is "x" or "b" ? 0 : 1, "text {0}", t);
        }

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "dealing out tiny texts must stay cheap");
    }

    /// <summary>
    /// Lays <paramref name="texts"/> out in one buffer, each after <paramref name="gap"/> filler bytes (none by
    /// default), and returns the buffer with each text's start and length, in pairs.
    /// </summary>
    private static (byte[] Buffer, int[] Ranges) Layout(IReadOnlyList<byte[]> texts, Func<int>? gap = null)
    {
        var buffer = new List<byte>();
        int[] ranges = new int[texts.Count * 2];
        for (int t = 0; t < texts.Count; t++)
        {
            buffer.AddRange(Enumerable.Repeat((byte)'x', gap?.Invoke() ?? 0));
            ranges[t * 2] = buffer.Count;
            ranges[(t * 2) + 1] = texts[t].Length;
            buffer.AddRange(texts[t]);
        }

        return ([.. buffer], ranges);
    }

    /// <summary>Records what a multi-text scan reports, by text, and checks that lanes never mix texts.</summary>
    private readonly struct LaneRecorder : ILaneSink
    {
        private readonly int[] _laneText = [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];

        public LaneRecorder(int count)
        {
            Ids = [.. Enumerable.Range(0, count).Select(_ => new List<int>())];
            Started = new int[count];
            Ended = new int[count];
            LaneOf = new int[count];
        }

        public List<int>[] Ids { get; }

        /// <summary>The texts in the order they started.</summary>
        public List<int> Order { get; } = [];

        /// <summary>The lane that read each text.</summary>
        public int[] LaneOf { get; }

        public int[] Started { get; }

        public int[] Ended { get; }

        public void OnStart(int lane, int text)
        {
            _laneText[lane].Should().Be(-1, "lane {0} is free when text {1} starts", lane, text);
            _laneText[lane] = text;
            LaneOf[text] = lane;
            Order.Add(text);
            Started[text]++;
        }

        public void OnMatch(int lane, int patternId)
        {
            _laneText[lane].Should().BeGreaterThanOrEqualTo(0, "lane {0} has a text when it reports", lane);
            Ids[_laneText[lane]].Add(patternId);
        }

        public void OnEnd(int lane, int text)
        {
            _laneText[lane].Should().Be(text, "lane {0} ends the text it started", lane);
            _laneText[lane] = -1;
            Ended[text]++;
        }
    }

    [Fact]
    public void Utf8Symbols_AgreeWithTheCharacterMap_ForEveryBmpCharacter()
    {
        // The UTF-8 path reads common sequences from tables; every character must map as its UTF-16 code unit does.
        Span<byte> utf8 = stackalloc byte[4];
        int tabled = 0;
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            int written = new System.Text.Rune(c).EncodeToUtf8(utf8);
            byte symbol = TextNormalizer.MapUtf8(utf8[..written], 0, out int length);

            length.Should().Be(written, "U+{0:X4} is one character", c);
            symbol.Should().Be(TextNormalizer.Map((char)c), "U+{0:X4} maps the same in UTF-8 and UTF-16", c);
            tabled += c < 0x800 || c is >= 0x2000 and < 0x2080 ? 1 : 0;
        }

        tabled.Should().Be(0x800 - 0x80 + 0x80);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })]
    [InlineData(new byte[] { 0xC3, 0x41 })]
    [InlineData(new byte[] { 0xE2, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x80, 0x41 })]
    [InlineData(new byte[] { 0x80, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0x80 })]
    public void Utf8Symbols_OfBrokenSequences_AreSpaces(byte[] utf8)
    {
        TextNormalizer.MapUtf8(utf8, 0, out int length).Should().Be(TextNormalizer.Space);
        length.Should().BeInRange(1, utf8.Length);
    }
}
