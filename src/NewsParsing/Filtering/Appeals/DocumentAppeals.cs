namespace NewsParsing.Filtering.Appeals;

/// <summary>The appeal scores of every paragraph of one document, computed once and shared by the built-in filters.</summary>
internal sealed class DocumentAppeals
{
    private DocumentAppeals(AppealScore[] scores, string? outletKey)
    {
        Scores = scores;
        OutletKey = outletKey;
        foreach (AppealScore score in scores)
        {
            MaxTotal = Math.Max(MaxTotal, score.Total);
        }
    }

    public AppealScore[] Scores { get; }

    public string? OutletKey { get; }

    /// <summary>The highest score in the document: a strong appeal anywhere makes its outlet-voice paragraphs suspect.</summary>
    public int MaxTotal { get; }

    public static DocumentAppeals Analyze(NewsDocument document)
    {
        string? key = AppealAnalyzer.OutletKey(document.Host);
        var scores = new AppealScore[document.Paragraphs.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = AppealAnalyzer.Analyze(document.Paragraphs[i], key);
        }

        return new DocumentAppeals(scores, key);
    }

    /// <summary>Analyzes a parsed document's paragraphs on their UTF-8 bytes, without creating strings.</summary>
    /// <remarks>
    /// Paragraphs are scanned two at a time (see <see cref="AppealAnalyzer.Analyze(ReadOnlySpan{byte}, ReadOnlySpan{byte}, string?)"/>),
    /// paired by length so that little of the longer one is left to scan alone.
    /// </remarks>
    public static DocumentAppeals Analyze(Internals.Utf8ParagraphList paragraphs, string host)
    {
        string? key = AppealAnalyzer.OutletKey(host);
        var scores = new AppealScore[paragraphs.Count];
        Span<int> order = scores.Length <= 256 ? stackalloc int[scores.Length] : new int[scores.Length];
        SortByLength(paragraphs, order);
        int k = 0;
        for (; k + 1 < order.Length; k += 2)
        {
            int i = order[k];
            int j = order[k + 1];
            (scores[i], scores[j]) = AppealAnalyzer.Analyze(paragraphs.GetUtf8(i), paragraphs.GetUtf8(j), key);
        }

        if (k < order.Length)
        {
            scores[order[k]] = AppealAnalyzer.Analyze(paragraphs.GetUtf8(order[k]), key);
        }

        return new DocumentAppeals(scores, key);
    }

    /// <summary>Fills <paramref name="order"/> with the paragraph indexes, shortest first (an insertion sort: documents hold tens of paragraphs).</summary>
    internal static void SortByLength(Internals.Utf8ParagraphList paragraphs, Span<int> order)
    {
        for (int n = 0; n < order.Length; n++)
        {
            int length = paragraphs.GetUtf8(n).Length;
            int at = n;
            while (at > 0 && paragraphs.GetUtf8(order[at - 1]).Length > length)
            {
                order[at] = order[at - 1];
                at--;
            }

            order[at] = n;
        }
    }
}
