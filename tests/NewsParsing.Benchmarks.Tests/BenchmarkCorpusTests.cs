using System.Text;
using NewsParsing.Filtering;

namespace NewsParsing.Benchmarks.Tests;

/// <summary>
/// The benchmarks measure what they claim: the generated corpus is deterministic and has the shape the performance
/// issue asks for, and every measured path computes the same documents as the library's public API.
/// </summary>
public class BenchmarkCorpusTests
{
    private const long SmallCorpusBytes = 1024 * 1024;

    private static readonly Lazy<GeneratedCorpus> Small = new(() => new CorpusGenerator(ThroughputBenchmarks.Seed).Generate(SmallCorpusBytes));

    [Fact]
    public void Generator_SameSeed_WritesTheSameBytes_AndAnotherSeedDoesNot()
    {
        GeneratedCorpus first = new CorpusGenerator(ThroughputBenchmarks.Seed).Generate(SmallCorpusBytes);
        GeneratedCorpus again = new CorpusGenerator(ThroughputBenchmarks.Seed).Generate(SmallCorpusBytes);
        GeneratedCorpus other = new CorpusGenerator(ThroughputBenchmarks.Seed + 1).Generate(SmallCorpusBytes);

        again.All.Should().Equal(first.All);
        again.Documents.Length.Should().Be(first.Documents.Length);
        other.All.AsSpan().SequenceEqual(first.All).Should().BeFalse();
        first.TotalBytes.Should().BeGreaterThanOrEqualTo(SmallCorpusBytes);
        first.All.Length.Should().Be((int)first.TotalBytes);
    }

    [Fact]
    public void Generator_WritesTheCorpusTheIssueDescribes()
    {
        GeneratedCorpus corpus = Small.Value;
        var parsed = corpus.Documents.Select(d => NewsParser.Default.Parse(d.AsSpan())).ToList();

        corpus.Documents.Should().OnlyContain(d => d.Length >= 2_000 && d.Length <= 11 * 1024, "documents are 2–10 KB (the last paragraph may pass the target)");
        parsed.Should().OnlyContain(d => d.Paragraphs.Count >= 10 && d.Paragraphs.Count <= 40);
        double crlf = corpus.Documents.Count(d => d.AsSpan().IndexOf("\r\n"u8) >= 0) / (double)corpus.Documents.Length;
        double typographic = corpus.Documents.Count(d => d.AsSpan().ContainsAnyExceptInRange((byte)0, (byte)0x7F)) / (double)corpus.Documents.Length;
        crlf.Should().BeInRange(0.04, 0.2);
        typographic.Should().BeInRange(0.2, 0.45);

        int paragraphs = parsed.Sum(d => d.Paragraphs.Count);
        int appeals = parsed.Sum(d => d.Paragraphs.Count(IsGeneratedAppeal));
        (appeals / (double)paragraphs).Should().BeInRange(0.03, 0.07, "about 5% of paragraphs are appeals");
    }

    [Fact]
    public void EveryParsePath_GivesTheDocumentsOfThePublicApi()
    {
        GeneratedCorpus corpus = Small.Value;
        for (int i = 0; i < corpus.Documents.Length; i++)
        {
            NewsDocument expected = NewsParser.Default.Parse(corpus.Documents[i].AsSpan());
            NaiveDocument naive = NaiveBaseline.Parse(corpus.Texts[i]);

            naive.Title.Should().Be(expected.Title);
            DateOnly.FromDateTime(naive.Date).Should().Be(expected.Date);
            naive.Url.Should().Be(expected.Url);
            naive.Paragraphs.Should().Equal(expected.Paragraphs);
            NewsParser.Default.ParseWithoutCopying(corpus.Documents[i]).Should().Be(expected);
        }
    }

    [Fact]
    public void EveryBenchmarkMethod_ComputesWhatThePublicApiComputes()
    {
        GeneratedCorpus corpus = Small.Value;
        var benchmarks = new ThroughputBenchmarks();
        benchmarks.Setup(corpus);
        var parsed = corpus.Documents.Select(d => NewsParser.Default.Parse(d.AsSpan())).ToList();
        var cleaned = parsed.Select(d => NewsFilterPipeline.Default.Clean(d)).ToList();
        int paragraphs = parsed.Sum(d => d.Paragraphs.Count);

        benchmarks.LineScanLimit().Should().Be(parsed.Sum(d => 3 + d.Paragraphs.Count), "every line of the corpus ends with a line feed");
        benchmarks.NaiveParse().Should().Be(paragraphs);
        benchmarks.NaiveParseFromUtf8().Should().Be(paragraphs);
        benchmarks.ParseDocuments().Should().Be(paragraphs);
        benchmarks.ParseDocumentsWithoutCopying().Should().Be(paragraphs);
        benchmarks.ParseDocumentsToStrings().Should().Be(parsed.Sum(d => d.Paragraphs.Sum(p => (long)p.Length)));
        benchmarks.ReaderSpans().Should().Be(parsed.Sum(ReaderSum));
        benchmarks.ParseAndClean().Should().Be(cleaned.Sum(c => c.Document.Paragraphs.Count));
        benchmarks.ParseAndCleanToStrings().Should().Be(cleaned.Sum(c => c.Document.Paragraphs.Sum(p => (long)p.Length)));
        benchmarks.ParseAndCleanWithReasons().Should().Be(cleaned.Sum(c => c.Document.Paragraphs.Count + c.Removed.Sum(r => (long)r.Reason.Length)));

        // The hand-written regex (60 phrases) drops some of the generated appeals and none of the generated news.
        int regexKept = benchmarks.NaiveParseAndRegexFilter();
        int appeals = parsed.Sum(d => d.Paragraphs.Count(IsGeneratedAppeal));
        regexKept.Should().BeInRange(paragraphs - appeals, paragraphs - 1);
        int sampledKept = benchmarks.NaiveParseAndSampledRegexFilter();
        sampledKept.Should().Be(corpus.Texts.Sum(t => NaiveBaseline.ParseAndFilter(t, NaiveBaseline.BuildCueRegex(ThroughputBenchmarks.SampledRegexPhrases())).Paragraphs.Count));
        sampledKept.Should().BeLessThan(paragraphs, "the sampled phrases catch some generated appeals");
    }

    [Fact]
    public void SampledRegexPhrases_AreSixtyDistinctPhrases_SpreadOverTheLexicon()
    {
        string[] all = ThroughputBenchmarks.LexiconPhrases();
        string[] sampled = ThroughputBenchmarks.SampledRegexPhrases();

        sampled.Should().HaveCount(ThroughputBenchmarks.RegexPhraseCount).And.OnlyHaveUniqueItems();
        sampled.Should().BeSubsetOf(all);
        sampled[0].Should().Be(all[0]);
        Array.IndexOf(all, sampled[^1]).Should().BeGreaterThan(all.Length * 9 / 10, "the sample reaches the end of the lexicon");
        sampled.Intersect(all.Take(ThroughputBenchmarks.RegexPhraseCount)).Should().HaveCountLessThanOrEqualTo(3, "it is not the first 60 again (one phrase in every stride of them)");
    }

    [Fact]
    public void FullLexiconRegex_RemovesAtLeastWhatTheSixtyPhraseRegexRemoves_AndParseAndCleanMatchesTheApi()
    {
        GeneratedCorpus corpus = Small.Value;
        var full = new FullLexiconRegexBenchmarks();
        full.Setup(corpus);
        var sixty = new ThroughputBenchmarks();
        sixty.Setup(corpus);
        var parsed = corpus.Documents.Select(d => NewsParser.Default.Parse(d.AsSpan())).ToList();
        int paragraphs = parsed.Sum(d => d.Paragraphs.Count);
        int appeals = parsed.Sum(d => d.Paragraphs.Count(IsGeneratedAppeal));

        int fullKept = full.NaiveParseAndFullLexiconRegexFilter();

        FullLexiconRegexBenchmarks.PhraseCount.Should().BeGreaterThan(ThroughputBenchmarks.RegexPhraseCount * 10);
        fullKept.Should().BeLessThanOrEqualTo(sixty.NaiveParseAndRegexFilter(), "its phrases include the sixty");
        fullKept.Should().BeLessThanOrEqualTo(paragraphs - appeals, "every generated appeal holds some built-in cue");
        full.ParseAndClean().Should().Be(parsed.Sum(d => NewsFilterPipeline.Default.Clean(d).Document.Paragraphs.Count));
    }

    [Fact]
    public void ModelFloorBench_WithAppealsRemoved_LeavesNothingToRemove_AndOtherwiseRemovesTheAppeals()
    {
        var withAppeals = new ModelFloorBench { AppealsRemoved = false };
        withAppeals.Setup(Small.Value);
        var without = new ModelFloorBench { AppealsRemoved = true };
        without.Setup(Small.Value);
        int appeals = Small.Value.Documents.Sum(d => NewsParser.Default.Parse(d.AsSpan()).Paragraphs.Count(IsGeneratedAppeal));

        withAppeals.CleanDocuments().Should().Be(appeals);
        without.CleanDocuments().Should().Be(0);
        without.AnalyzeAtRulesFloor().Should().BeLessThan(withAppeals.AnalyzeAtRulesFloor(), "the appeals' scores are gone");
    }

    [Fact]
    public void ParseAndClean_RemovesExactlyTheGeneratedAppeals()
    {
        foreach (byte[] bytes in Small.Value.Documents)
        {
            NewsDocument doc = NewsParser.Default.Parse(bytes.AsSpan());
            NewsCleaningResult result = NewsFilterPipeline.Default.Clean(doc);

            result.Removed.Select(r => r.Text).Should().Equal(doc.Paragraphs.Where(IsGeneratedAppeal), doc.Url.ToString());
        }
    }

    /// <summary>What ReaderSpans adds up for one document: each token's byte length plus its line number (the generated documents have no blank lines).</summary>
    private static long ReaderSum(NewsDocument doc)
    {
        string[] values = [doc.Title, doc.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture), doc.Url.OriginalString, .. doc.Paragraphs];
        return values.Select((v, i) => (long)Encoding.UTF8.GetByteCount(v) + i + 1).Sum();
    }

    private static bool IsGeneratedAppeal(string paragraph) =>
        CorpusGenerator.Appeals.Any(a => paragraph == CorpusGenerator.AppealText(a, typographic: true) || paragraph == CorpusGenerator.AppealText(a, typographic: false));
}
