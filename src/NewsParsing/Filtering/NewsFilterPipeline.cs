using System.Buffers;
using System.Text;
using NewsParsing.Filtering.Appeals;
using NewsParsing.Internals;

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

    /// <summary>The decider of each built-in filter (null for the others), found once rather than by a cast per paragraph.</summary>
    private readonly AppealDecider?[] _deciders;
    private readonly bool _usesAppealAnalysis;

    /// <summary>Whether every filter is a built-in one, so that a paragraph without appeal evidence needs no filter at all.</summary>
    private readonly bool _onlyAppealFilters;

    /// <summary>The thresholds of the built-in filters, which the analysis may rely on (see <see cref="AppealFloors"/>).</summary>
    private readonly AppealFloors _floors;

    /// <summary>Creates a pipeline that runs <paramref name="filters"/> in order.</summary>
    /// <exception cref="ArgumentException">A filter is null, or two filters share a name.</exception>
    public NewsFilterPipeline(IEnumerable<INewsFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        _filters = [.. filters];
        _deciders = new AppealDecider?[_filters.Length];
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
        }

        for (int k = 0; k < _filters.Length; k++)
        {
            _deciders[k] = (_filters[k] as IAppealFilter)?.Decider;
            _usesAppealAnalysis |= _deciders[k] is not null;
        }

        _onlyAppealFilters = _usesAppealAnalysis && Array.TrueForAll(_deciders, d => d is not null);
        _floors = AppealFloors.Of(_deciders.OfType<AppealDecider>());
    }

    /// <summary>The built-in filters with default options: <see cref="DonationAppealFilter"/>, <see cref="PaywallAppealFilter"/>, <see cref="NewsletterSignupFilter"/>.</summary>
    public static NewsFilterPipeline Default { get; } = new NewsFilterPipelineBuilder().AddDefaultFilters().Build();

    /// <summary>The filters, in the order they run.</summary>
    public IReadOnlyList<INewsFilter> Filters => _filters;

    /// <summary>Cleans one document.</summary>
    /// <remarks>
    /// For a parsed document, the built-in filters decide on the paragraphs' UTF-8 bytes: a kept paragraph becomes a
    /// string only when someone reads it, and a removed one only for the removal report. Custom filters see each
    /// paragraph as a span of characters, decoded into a pooled buffer.
    /// </remarks>
    public NewsCleaningResult Clean(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<string> paragraphs = document.Paragraphs;
        Utf8ParagraphList? utf8 = document.Utf8Paragraphs;
        string host = document.Host;
        DocumentAppeals? appeals = !_usesAppealAnalysis ? null
            : utf8 is null ? DocumentAppeals.Analyze(document)
            : DocumentAppeals.Analyze(utf8, host, _floors);
        List<NewsRemovedParagraph>? removed = null;
        int[] kept = ArrayPool<int>.Shared.Rent(Math.Max(paragraphs.Count, 1));
        char[]? chars = null;
        int keptCount = 0;
        try
        {
            for (int i = 0; i < paragraphs.Count; i++)
            {
                // No built-in filter removes a paragraph without appeal evidence (scored AppealScore.Zero, the family
                // None), so with only built-in filters most paragraphs are kept without asking any of them.
                if (_onlyAppealFilters && appeals!.Scores[i].Family == AppealFamily.None)
                {
                    kept[keptCount++] = i;
                    continue;
                }

                var context = new NewsFilterContext(document, host, i, paragraphs.Count, appeals);
                NewsRemovedParagraph? removal = Evaluate(paragraphs, utf8, context, ref chars);
                if (removal is null)
                {
                    kept[keptCount++] = i;
                }
                else
                {
                    (removed ??= []).Add(removal);
                }
            }

            if (removed is null)
            {
                return new NewsCleaningResult(document, []);
            }

            ReadOnlySpan<int> keptIndexes = kept.AsSpan(0, keptCount);
            NewsDocument cleaned = utf8 is not null
                ? new NewsDocument(document.Title, document.Date, document.UrlText, document.UrlIfCreated, utf8.Select(keptIndexes))
                : new NewsDocument(document.Title, document.Date, document.Url, ToStrings(paragraphs, keptIndexes));
            return new NewsCleaningResult(cleaned, removed);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(kept);
            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private NewsRemovedParagraph? Evaluate(IReadOnlyList<string> paragraphs, Utf8ParagraphList? utf8, in NewsFilterContext context, ref char[]? chars)
    {
        int index = context.Index;
        int charCount = -1;
        for (int k = 0; k < _filters.Length; k++)
        {
            INewsFilter filter = _filters[k];
            if (_deciders[k] is { } decider && context.Appeals is { } appeals)
            {
                if (decider.ShouldRemove(appeals, index, out AppealRemoval how))
                {
                    string text = paragraphs[index];
                    return new NewsRemovedParagraph(index, text, filter.Name, decider.DeferReasonFor(text, appeals, index, how));
                }

                continue;
            }

            ReadOnlySpan<char> span;
            string? decoded = utf8 is null ? paragraphs[index] : utf8.GetCached(index);
            if (decoded is not null)
            {
                span = decoded;
            }
            else
            {
                if (charCount < 0)
                {
                    ReadOnlySpan<byte> bytes = utf8!.GetUtf8(index);
                    int max = Encoding.UTF8.GetMaxCharCount(bytes.Length);
                    if (chars is null || chars.Length < max)
                    {
                        if (chars is not null)
                        {
                            ArrayPool<char>.Shared.Return(chars);
                        }

                        chars = ArrayPool<char>.Shared.Rent(max);
                    }

                    charCount = Encoding.UTF8.GetChars(bytes, chars);
                }

                span = chars.AsSpan(0, charCount);
            }

            NewsFilterDecision decision = filter.Evaluate(span, context);
            if (decision.Remove)
            {
                return new NewsRemovedParagraph(index, paragraphs[index], filter.Name, string.IsNullOrWhiteSpace(decision.Reason) ? "(no reason given)" : decision.Reason);
            }
        }

        return null;
    }

    private static string[] ToStrings(IReadOnlyList<string> paragraphs, ReadOnlySpan<int> indexes)
    {
        string[] result = new string[indexes.Length];
        for (int k = 0; k < indexes.Length; k++)
        {
            result[k] = paragraphs[indexes[k]];
        }

        return result;
    }
}
