using System.Globalization;
using NewsParsing.Filtering;

namespace NewsParsing.Cli;

/// <summary>Cleans documents for the <c>clean</c> command and counts what was removed, per filter.</summary>
internal sealed class CleanStats
{
    private readonly SortedDictionary<string, int> _removedByFilter = new(StringComparer.Ordinal);
    private int _documents;
    private int _paragraphs;

    public (IReadOnlyList<string> Kept, IReadOnlyList<RemovedRecord> Removed) Clean(NewsFilterPipeline pipeline, NewsDocument document)
    {
        NewsCleaningResult result = pipeline.Clean(document);
        _documents++;
        _paragraphs += document.Paragraphs.Count;
        var removed = new RemovedRecord[result.Removed.Count];
        for (int i = 0; i < removed.Length; i++)
        {
            NewsRemovedParagraph r = result.Removed[i];
            removed[i] = new RemovedRecord(r.Index, r.Text, r.Filter, r.Reason);
            _removedByFilter[r.Filter] = _removedByFilter.GetValueOrDefault(r.Filter) + 1;
        }

        return (result.Document.Paragraphs, removed);
    }

    public string Summary()
    {
        int removed = _removedByFilter.Values.Sum();
        string perFilter = _removedByFilter.Count == 0 ? "none" : string.Join(", ", _removedByFilter.Select(kv => $"{kv.Key} {kv.Value}"));
        return string.Create(CultureInfo.InvariantCulture, $"newsparse clean: {_documents} documents, {_paragraphs} paragraphs, {removed} removed ({perFilter})");
    }
}
