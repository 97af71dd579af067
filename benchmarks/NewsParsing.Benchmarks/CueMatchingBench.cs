using System.Buffers;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NewsParsing.Filtering.Appeals;
using NewsParsing.Filtering.Matching;

namespace NewsParsing.Benchmarks;

/// <summary>
/// Multi-pattern matchers on the same task: find which of the built-in appeal cue phrases occur in each paragraph of
/// a 2 MB slice of the generated corpus. Baseline: this library's automaton. The regexes get the same phrases as
/// whole-word, case-insensitive alternations; SearchValues gets them as plain strings (no word boundaries, no
/// typography folding, so it does less work than the others).
/// </summary>
[MemoryDiagnoser]
public class CueMatchingBench
{
    private string[] _paragraphs = null!;
    private Regex _compiled = null!;
    private Regex? _nonBacktracking;
    private string? _nonBacktrackingRefusal;
    private SearchValues<string> _searchValues = null!;
    private CueAutomaton _automaton = null!;

    [Params(60, 750)]
    public int Phrases { get; set; }

    /// <summary>
    /// Which phrases: the first <see cref="Phrases"/> of the lexicon (a block of asks for money), or as many taken evenly
    /// across it (<see cref="ThroughputBenchmarks.SampledRegexPhrases"/> for 60), spanning every kind of appeal.
    /// </summary>
    [Params(false, true)]
    public bool Sampled { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        GeneratedCorpus corpus = new CorpusGenerator(ThroughputBenchmarks.Seed).Generate(2L * 1024 * 1024);
        _paragraphs = [.. corpus.Documents.Select(d => NewsParser.Default.Parse(d)).SelectMany(d => d.Paragraphs)];
        string[] phrases = Sampled ? SampleEvenly(ThroughputBenchmarks.LexiconPhrases(), Phrases) : [.. AppealLexicon.PositivePhrases.Take(Phrases)];
        _automaton = new CueAutomaton(phrases);
        _compiled = NaiveBaseline.BuildCueRegex(phrases);
        string alternation = _compiled.ToString();
        try
        {
            _nonBacktracking = new Regex(alternation, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException ex)
        {
            _nonBacktrackingRefusal = ex.Message; // with hundreds of phrases the automaton exceeds NonBacktracking's size limit
        }
        _searchValues = SearchValues.Create([.. phrases.Select(p => p.TrimEnd('*'))], StringComparison.OrdinalIgnoreCase);
    }

    [Benchmark(Baseline = true)]
    public int CueAutomaton()
    {
        int hits = 0;
        foreach (string paragraph in _paragraphs)
        {
            var sink = new AnySink();
            _automaton.Scan(paragraph.AsSpan(), ref sink);
            hits += sink.Found ? 1 : 0;
        }

        return hits;
    }

    [Benchmark]
    public int CompiledIgnoreCaseRegex() => _paragraphs.Count(p => _compiled.IsMatch(p));

    [Benchmark]
    public int NonBacktrackingRegex() =>
        _nonBacktracking is null ? throw new NotSupportedException(_nonBacktrackingRefusal) : _paragraphs.Count(p => _nonBacktracking.IsMatch(p));

    [Benchmark]
    public int SearchValuesOrdinalIgnoreCase() => _paragraphs.Count(p => p.AsSpan().ContainsAny(_searchValues));

    /// <summary><paramref name="count"/> phrases, every <c>all.Length / count</c>-th (the rule of <see cref="ThroughputBenchmarks.SampledRegexPhrases"/>).</summary>
    internal static string[] SampleEvenly(string[] all, int count) => [.. Enumerable.Range(0, count).Select(i => all[i * (all.Length / count)])];

    private struct AnySink : ICueSink
    {
        public bool Found;

        // Scans on after the first match, as the runs recorded in docs/performance-history.md did.
        public bool OnMatch(int patternId)
        {
            Found = true;
            return true;
        }
    }
}
