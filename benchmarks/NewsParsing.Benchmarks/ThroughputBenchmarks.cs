using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;
using NewsParsing.Reading;

namespace NewsParsing.Benchmarks;

/// <summary>
/// Every method processes the same ~50 MB generated corpus per invocation, so times compare directly.
/// Baseline: the naive parse a user writes by hand.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    public const int Seed = 20240501;
    public const long TargetBytes = 50L * 1024 * 1024;

    /// <summary>
    /// How many cue phrases the hand-written regex holds: the first 60 of the built-in lexicon (its strongest asks),
    /// about what a user would write by hand. A regex of every built-in cue is measured apart, in <see cref="FullLexiconRegexBenchmarks"/>.
    /// </summary>
    public const int RegexPhraseCount = 60;

    /// <summary>Every distinct positive cue phrase of the built-in lexicon, in its order (what <see cref="FullLexiconRegexBenchmarks"/> puts in its regex).</summary>
    public static string[] LexiconPhrases() => [.. AppealLexicon.PositivePhrases];

    /// <summary>
    /// The same number of phrases taken evenly across the whole built-in lexicon (every <c>n / 60</c>-th distinct
    /// positive phrase), so that they span every kind of appeal (asks, membership, paywalls, meters, newsletters, log-ins)
    /// as a user writing a filter for all of them would, instead of the first 60, which are all asks for money and
    /// start with eight letters.
    /// </summary>
    public static string[] SampledRegexPhrases() => CueMatchingBench.SampleEvenly(LexiconPhrases(), RegexPhraseCount);

    private static readonly Lazy<GeneratedCorpus> SharedCorpus = new(() => new CorpusGenerator(Seed).Generate(TargetBytes));

    private GeneratedCorpus _corpus = null!;
    private Regex _cues = null!;
    private Regex _sampledCues = null!;
    private NewsParser _parser = null!;
    private NewsFilterPipeline _pipeline = null!;

    /// <summary>The corpus size and document count, for the throughput columns.</summary>
    public static (long Bytes, int Documents) CorpusSize => (SharedCorpus.Value.TotalBytes, SharedCorpus.Value.Documents.Length);

    [GlobalSetup]
    public void Setup() => Setup(SharedCorpus.Value);

    /// <summary>Sets up over a given corpus (the tests use a small one).</summary>
    internal void Setup(GeneratedCorpus corpus)
    {
        _corpus = corpus;
        _cues = NaiveBaseline.BuildCueRegex(AppealLexicon.PositivePhrases.Take(RegexPhraseCount));
        _sampledCues = NaiveBaseline.BuildCueRegex(SampledRegexPhrases());
        _parser = NewsParser.Default;
        _pipeline = NewsFilterPipeline.Default;
    }

    [Benchmark]
    public int LineScanLimit() => _corpus.All.AsSpan().Count((byte)'\n');

    [Benchmark(Baseline = true)]
    public int NaiveParse()
    {
        int paragraphs = 0;
        foreach (string text in _corpus.Texts)
        {
            paragraphs += NaiveBaseline.Parse(text).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>
    /// The naive parse from the same UTF-8 bytes the library's methods start from (decoding each document to a string
    /// first, as a user reading files would): not a target of the performance issue, whose baseline starts from strings.
    /// </summary>
    [Benchmark]
    public int NaiveParseFromUtf8()
    {
        int paragraphs = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            paragraphs += NaiveBaseline.Parse(Encoding.UTF8.GetString(doc)).Paragraphs.Count;
        }

        return paragraphs;
    }

    [Benchmark]
    public int NaiveParseAndRegexFilter() => NaiveParseAndFilter(_cues);

    /// <summary><see cref="NaiveParseAndRegexFilter"/> with <see cref="SampledRegexPhrases"/> instead of the first 60 phrases.</summary>
    [Benchmark]
    public int NaiveParseAndSampledRegexFilter() => NaiveParseAndFilter(_sampledCues);

    /// <summary>The naive parse of every document plus the given regex on each paragraph; the number of paragraphs kept.</summary>
    internal int NaiveParseAndFilter(Regex cues)
    {
        int kept = 0;
        foreach (string text in _corpus.Texts)
        {
            kept += NaiveBaseline.ParseAndFilter(text, cues).Paragraphs.Count;
        }

        return kept;
    }

    [Benchmark]
    public long ReaderSpans()
    {
        long sum = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            var reader = new NewsReader(doc);
            while (reader.Read())
            {
                sum += reader.ValueSpan.Length + reader.LineNumber;
            }
        }

        return sum;
    }

    [Benchmark]
    public int ParseDocuments()
    {
        int paragraphs = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            paragraphs += _parser.Parse(doc).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>The same parse, but the documents refer to the input arrays instead of copying their bodies (<see cref="NewsParser.ParseWithoutCopying"/>).</summary>
    [Benchmark]
    public int ParseDocumentsWithoutCopying()
    {
        int paragraphs = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            paragraphs += _parser.ParseWithoutCopying(doc).Paragraphs.Count;
        }

        return paragraphs;
    }

    /// <summary>ParseDocuments, then every paragraph read as a string (what a consumer that touches all text pays).</summary>
    [Benchmark]
    public long ParseDocumentsToStrings()
    {
        long chars = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            foreach (string paragraph in _parser.Parse(doc).Paragraphs)
            {
                chars += paragraph.Length;
            }
        }

        return chars;
    }

    /// <summary>ParseAndClean, then every kept paragraph read as a string.</summary>
    [Benchmark]
    public long ParseAndCleanToStrings()
    {
        long chars = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            foreach (string paragraph in _pipeline.Clean(_parser.Parse(doc)).Document.Paragraphs)
            {
                chars += paragraph.Length;
            }
        }

        return chars;
    }

    [Benchmark]
    public int ParseAndClean()
    {
        int kept = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            kept += _pipeline.Clean(_parser.Parse(doc)).Document.Paragraphs.Count;
        }

        return kept;
    }

    /// <summary>
    /// ParseAndClean, then every removal's reason read: what a run that writes the removal report pays (the built-in
    /// filters put a reason into words when it is first read).
    /// </summary>
    [Benchmark]
    public long ParseAndCleanWithReasons()
    {
        long total = 0;
        foreach (byte[] doc in _corpus.Documents)
        {
            NewsCleaningResult result = _pipeline.Clean(_parser.Parse(doc));
            total += result.Document.Paragraphs.Count;
            foreach (NewsRemovedParagraph removed in result.Removed)
            {
                total += removed.Reason.Length;
            }
        }

        return total;
    }
}
