using BenchmarkDotNet.Attributes;
using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;
using NewsParsing.Filtering.Matching;

namespace NewsParsing.Benchmarks;

/// <summary>Where cleaning time goes: the raw automaton scan, the appeal analysis, and the whole pipeline, on pre-parsed documents.</summary>
[MemoryDiagnoser]
public class FilterPipelineBench
{
    private NewsDocument[] _documents = null!;
    private string[] _paragraphs = null!;

    [GlobalSetup]
    public void Setup()
    {
        GeneratedCorpus corpus = new CorpusGenerator(ThroughputBenchmarks.Seed).Generate(8L * 1024 * 1024);
        _documents = [.. corpus.Documents.Select(d => NewsParser.Default.Parse(d))];
        _paragraphs = [.. _documents.SelectMany(d => d.Paragraphs)];
    }

    [Benchmark(Baseline = true)]
    public int ScanAutomaton()
    {
        var sink = new CountingSink();
        foreach (string paragraph in _paragraphs)
        {
            AppealLexicon.Automaton.Scan(paragraph.AsSpan(), ref sink);
        }

        return sink.Count;
    }

    [Benchmark]
    public int AnalyzeParagraphs()
    {
        int total = 0;
        foreach (string paragraph in _paragraphs)
        {
            total += AppealAnalyzer.Analyze(paragraph, "examplegazette").Total;
        }

        return total;
    }

    [Benchmark]
    public int CleanDocuments()
    {
        int removed = 0;
        foreach (NewsDocument document in _documents)
        {
            removed += NewsFilterPipeline.Default.Clean(document).Removed.Count;
        }

        return removed;
    }

    private struct CountingSink : ICueSink
    {
        public int Count;

        public void OnMatch(int patternId) => Count++;
    }
}
