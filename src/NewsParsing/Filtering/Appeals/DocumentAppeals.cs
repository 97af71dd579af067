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
    /// Paragraphs are scanned eight at a time (see <see cref="AppealAnalyzer.AnalyzeAll"/>). With a positive
    /// <paramref name="floor"/>, a paragraph that cannot reach it scores zero (decisions at thresholds of at least
    /// <paramref name="floor"/> are the same as with exact scores).
    /// </remarks>
    public static DocumentAppeals Analyze(Internals.Utf8ParagraphList paragraphs, string host, int floor = 0)
    {
        string? key = AppealAnalyzer.OutletKey(host);
        var scores = new AppealScore[paragraphs.Count];
        AppealAnalyzer.AnalyzeAll(paragraphs, key, scores, floor);
        return new DocumentAppeals(scores, key);
    }
}
