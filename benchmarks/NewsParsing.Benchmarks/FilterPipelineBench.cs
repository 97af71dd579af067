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

    /// <summary>The appeal analysis of every document on its UTF-8 paragraphs, one paragraph per automaton scan.</summary>
    [Benchmark]
    public int AnalyzeDocumentsOneByOne()
    {
        int total = 0;
        foreach (NewsDocument document in _documents)
        {
            Internals.Utf8ParagraphList utf8 = document.Utf8Paragraphs!;
            string? key = AppealAnalyzer.OutletKey(document.Host);
            for (int i = 0; i < utf8.Count; i++)
            {
                total += AppealAnalyzer.Analyze(utf8.GetUtf8(i), key).Total;
            }
        }

        return total;
    }

    /// <summary>The same analysis as the pipeline runs it: one multi-text scan (eight lanes) over all of a document's paragraphs.</summary>
    [Benchmark]
    public int AnalyzeDocumentsAllLanes()
    {
        int total = 0;
        foreach (NewsDocument document in _documents)
        {
            DocumentAppeals appeals = DocumentAppeals.Analyze(document.Utf8Paragraphs!, document.Host);
            foreach (AppealScore score in appeals.Scores)
            {
                total += score.Total;
            }
        }

        return total;
    }

    [Benchmark]
    public int CleanDocuments() => Clean(_documents);

    /// <summary>Cleans every document with the default pipeline; the number of paragraphs removed.</summary>
    internal static int Clean(NewsDocument[] documents)
    {
        int removed = 0;
        foreach (NewsDocument document in documents)
        {
            removed += NewsFilterPipeline.Default.Clean(document).Removed.Count;
        }

        return removed;
    }

    private struct CountingSink : ICueSink
    {
        public int Count;

        public bool OnMatch(int patternId)
        {
            Count++;
            return true;
        }
    }
}
