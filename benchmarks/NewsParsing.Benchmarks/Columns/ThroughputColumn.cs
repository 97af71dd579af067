using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsParsing.Benchmarks.Columns;

/// <summary>A column computed from the mean time of one invocation of a <see cref="ThroughputBenchmarks"/> method, which processes the whole corpus.</summary>
public abstract class CorpusColumn(string name, string legend, int priority) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => priority;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        (benchmarkCase.Descriptor.Type == typeof(ThroughputBenchmarks) || benchmarkCase.Descriptor.Type == typeof(FullLexiconRegexBenchmarks)) && summary[benchmarkCase]?.ResultStatistics is { } stats
            ? Format(stats.Mean)
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Formats the value for a mean time in nanoseconds.</summary>
    protected abstract string Format(double meanNanoseconds);
}

/// <summary>MB/s: corpus bytes divided by the mean time of one invocation.</summary>
public sealed class ThroughputColumn() : CorpusColumn("MB/s", "Throughput: corpus megabytes (10^6 bytes) per second of mean time", 0)
{
    protected override string Format(double meanNanoseconds)
    {
        double megabytesPerSecond = ThroughputBenchmarks.CorpusSize.Bytes / 1e6 / (meanNanoseconds / 1e9);
        return megabytesPerSecond.ToString(megabytesPerSecond < 10 ? "N2" : "N0", CultureInfo.InvariantCulture);
    }
}

/// <summary>Mean time per document.</summary>
public sealed class PerDocumentColumn() : CorpusColumn("us/doc", "Mean microseconds per document", 1)
{
    protected override string Format(double meanNanoseconds) =>
        (meanNanoseconds / 1e3 / ThroughputBenchmarks.CorpusSize.Documents).ToString("N2", CultureInfo.InvariantCulture);
}

/// <summary>Bytes allocated per document: the memory diagnoser's bytes per invocation divided by the corpus's documents.</summary>
public sealed class AllocatedPerDocumentColumn : IColumn
{
    public string Id => nameof(AllocatedPerDocumentColumn);

    public string ColumnName => "B/doc";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Bytes allocated per document (allocated bytes per invocation divided by the corpus's documents)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        (benchmarkCase.Descriptor.Type == typeof(ThroughputBenchmarks) || benchmarkCase.Descriptor.Type == typeof(FullLexiconRegexBenchmarks)) && summary[benchmarkCase] is { } report
            ? (report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is long bytes ? (bytes / (double)ThroughputBenchmarks.CorpusSize.Documents).ToString("N0", CultureInfo.InvariantCulture) : "?")
            : "-";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
