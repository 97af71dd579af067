using BenchmarkDotNet.Attributes;
using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Benchmarks;

/// <summary>
/// What the learned model's low floor costs the appeal analysis, and what leaving its paragraphs for later saves: the
/// analysis of 8 MB of pre-parsed documents at the rules' floor (what the rules alone need; baseline), at the model's
/// floor (every paragraph the model could remove scored exactly, as before the deferral), and with the deferral the
/// pipeline uses (those paragraphs scored exactly only in documents with a strong appeal, or when they may call to
/// action). With <see cref="AppealsRemoved"/>, the documents are the same ones after the default pipeline removed their
/// appeals, as most documents of a news corpus have none.
/// </summary>
[MemoryDiagnoser]
public class ModelFloorBench
{
    private NewsDocument[] _documents = null!;
    private AppealFloors _floors;

    [Params(false, true)]
    public bool AppealsRemoved { get; set; }

    [GlobalSetup]
    public void Setup() => Setup(new CorpusGenerator(ThroughputBenchmarks.Seed).Generate(8L * 1024 * 1024));

    /// <summary>Sets up over a given corpus (the tests use a small one).</summary>
    internal void Setup(GeneratedCorpus corpus)
    {
        _documents = [.. corpus.Documents.Select(d => NewsParser.Default.Parse(d))];
        if (AppealsRemoved)
        {
            _documents = [.. _documents.Select(d => NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(NewsFilterPipeline.Default.Clean(d).Document)))];
        }

        _floors = Floors();
    }

    /// <summary>The floors of the default filters.</summary>
    internal static AppealFloors Floors() =>
        AppealFloors.Of(new INewsFilter[] { new DonationAppealFilter(), new PaywallAppealFilter(), new NewsletterSignupFilter() }.Select(f => ((IAppealFilter)f).Decider));

    [Benchmark(Baseline = true)]
    public int AnalyzeAtRulesFloor() => Analyze(new AppealFloors(_floors.Rules));

    [Benchmark]
    public int AnalyzeAtModelFloor() => Analyze(new AppealFloors(_floors.Lowest));

    [Benchmark]
    public int AnalyzeDeferred() => Analyze(_floors);

    [Benchmark]
    public int CleanDocuments() => FilterPipelineBench.Clean(_documents);

    private int Analyze(AppealFloors floors)
    {
        int total = 0;
        foreach (NewsDocument document in _documents)
        {
            foreach (AppealScore score in DocumentAppeals.Analyze(document.Utf8Paragraphs!, document.Host, floors).Scores)
            {
                total += score.Total;
            }
        }

        return total;
    }
}
