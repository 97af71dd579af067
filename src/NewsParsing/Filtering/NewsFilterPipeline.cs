using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Filtering;

/// <summary>
/// Applies an ordered list of filters to documents. For each paragraph the filters run in order and the first that
/// removes it wins. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Invariants: the kept paragraphs keep their order; every removed paragraph is reported with its original index,
/// filter and reason, so <see cref="NewsCleaningResult.Rebuild()"/> gives back the original; and cleaning a cleaned
/// document removes nothing more, as long as each filter decides on the paragraph and header alone.
/// </remarks>
public sealed class NewsFilterPipeline
{
    private readonly INewsFilter[] _filters;
    private readonly bool _usesAppealAnalysis;

    /// <summary>Creates a pipeline that runs <paramref name="filters"/> in order.</summary>
    /// <exception cref="ArgumentException">A filter is null, or two filters share a name.</exception>
    public NewsFilterPipeline(IEnumerable<INewsFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        _filters = [.. filters];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (INewsFilter? filter in _filters)
        {
            if (filter is null)
            {
                throw new ArgumentException("A filter is null.", nameof(filters));
            }

            if (string.IsNullOrWhiteSpace(filter.Name) || !names.Add(filter.Name))
            {
                throw new ArgumentException($"Every filter needs a unique, non-blank name; \"{filter.Name}\" is blank or used twice.", nameof(filters));
            }

            _usesAppealAnalysis |= filter is DonationAppealFilter or PaywallAppealFilter or NewsletterSignupFilter;
        }
    }

    /// <summary>The built-in filters with default options: <see cref="DonationAppealFilter"/>, <see cref="PaywallAppealFilter"/>, <see cref="NewsletterSignupFilter"/>.</summary>
    public static NewsFilterPipeline Default { get; } = new NewsFilterPipelineBuilder().AddDefaultFilters().Build();

    /// <summary>The filters, in the order they run.</summary>
    public IReadOnlyList<INewsFilter> Filters => _filters;

    /// <summary>Cleans one document.</summary>
    public NewsCleaningResult Clean(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<string> paragraphs = document.Paragraphs;
        DocumentAppeals? appeals = _usesAppealAnalysis ? DocumentAppeals.Analyze(document) : null;
        string host = document.Host;
        List<NewsRemovedParagraph>? removed = null;
        string[]? kept = null;
        int keptCount = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            string paragraph = paragraphs[i];
            var context = new NewsFilterContext(document.Title, document.Date, document.Url, host, i, paragraphs.Count, appeals);
            NewsRemovedParagraph? removal = Evaluate(paragraph, paragraph, context);
            if (removal is null)
            {
                if (kept is not null)
                {
                    kept[keptCount] = paragraph;
                }

                keptCount++;
                continue;
            }

            if (kept is null)
            {
                kept = new string[paragraphs.Count];
                for (int k = 0; k < keptCount; k++)
                {
                    kept[k] = paragraphs[k];
                }
            }

            (removed ??= []).Add(removal);
        }

        if (removed is null)
        {
            return new NewsCleaningResult(document, []);
        }

        var cleaned = new NewsDocument(document.Title, document.Date, document.Url, kept.AsSpan(0, keptCount).ToArray());
        return new NewsCleaningResult(cleaned, removed);
    }

    private NewsRemovedParagraph? Evaluate(ReadOnlySpan<char> paragraph, string text, in NewsFilterContext context)
    {
        foreach (INewsFilter filter in _filters)
        {
            NewsFilterDecision decision = filter.Evaluate(paragraph, context);
            if (decision.Remove)
            {
                return new NewsRemovedParagraph(context.Index, text, filter.Name, string.IsNullOrWhiteSpace(decision.Reason) ? "(no reason given)" : decision.Reason);
            }
        }

        return null;
    }
}
