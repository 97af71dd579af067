using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Benchmarks;

/// <summary>
/// <see cref="ThroughputBenchmarks.NaiveParseAndRegexFilter"/> taken literally: a compiled <c>IgnoreCase</c> regex of
/// every built-in appeal cue phrase (<see cref="AppealLexicon.PositivePhrases"/>), not the first 60, against the
/// library's parse and clean, over the same ~50 MB corpus as <see cref="ThroughputBenchmarks"/>. One pass of that regex
/// takes minutes, so each iteration is one invocation, with one warm-up and three measured iterations:
/// <c>dotnet run -c Release --project benchmarks/NewsParsing.Benchmarks -- --filter '*FullLexiconRegex*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class FullLexiconRegexBenchmarks
{
    private readonly ThroughputBenchmarks _throughput = new();
    private Regex _allCues = null!;

    /// <summary>How many phrases the regex holds.</summary>
    public static int PhraseCount => AppealLexicon.PositivePhrases.Count();

    [GlobalSetup]
    public void Setup()
    {
        _throughput.Setup();
        _allCues = NaiveBaseline.BuildCueRegex(AppealLexicon.PositivePhrases);
    }

    /// <summary>Sets up over a given corpus (the tests use a small one).</summary>
    internal void Setup(GeneratedCorpus corpus)
    {
        _throughput.Setup(corpus);
        _allCues = NaiveBaseline.BuildCueRegex(AppealLexicon.PositivePhrases);
    }

    [Benchmark(Baseline = true)]
    public int ParseAndClean() => _throughput.ParseAndClean();

    [Benchmark]
    public int NaiveParseAndFullLexiconRegexFilter() => _throughput.NaiveParseAndFilter(_allCues);
}
