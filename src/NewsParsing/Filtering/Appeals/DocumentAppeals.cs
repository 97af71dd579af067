namespace NewsParsing.Filtering.Appeals;

/// <summary>The appeal scores of every paragraph of one document, computed once and shared by the built-in filters.</summary>
internal sealed class DocumentAppeals
{
    private readonly IReadOnlyList<string>? _strings;
    private readonly Internals.Utf8ParagraphList? _utf8;
    private float[]? _probabilities;
    private DocumentAppeals? _exact;

    private DocumentAppeals(AppealScore[] scores, string? outletKey, IReadOnlyList<string>? strings, Internals.Utf8ParagraphList? utf8, AppealFloors floors)
    {
        Scores = scores;
        OutletKey = outletKey;
        _strings = strings;
        _utf8 = utf8;
        Floors = floors;
        foreach (AppealScore score in scores)
        {
            MaxTotal = Math.Max(MaxTotal, score.Total);
        }
    }

    public AppealScore[] Scores { get; }

    /// <summary>The floors the scores were computed with (<see cref="AppealFloors.None"/>: exact).</summary>
    public AppealFloors Floors { get; }

    /// <summary>
    /// This analysis when its floors give <paramref name="decider"/> the decisions of exact scores; otherwise the exact
    /// analysis of the same paragraphs, computed once (for a built-in filter inside a user's own filter, whose options the
    /// pipeline could not see).
    /// </summary>
    public DocumentAppeals For(AppealDecider decider)
    {
        if (Floors.Cover(decider))
        {
            return this;
        }

        // Only an analysis of UTF-8 paragraphs has floors that may not cover a decider.
        return _exact ??= AnalyzeWithKey(_utf8!, OutletKey, AppealFloors.None);
    }

    public string? OutletKey { get; }

    /// <summary>The highest score in the document: a strong appeal anywhere makes its outlet-voice paragraphs suspect.</summary>
    public int MaxTotal { get; }

    /// <summary>
    /// The learned model's probability that paragraph <paramref name="index"/> is an appeal, computed on first use and
    /// cached (the deciders ask only for paragraphs their rules already see evidence in).
    /// </summary>
    public float Probability(int index)
    {
        _probabilities ??= CreateUnknown(Scores.Length);
        float p = _probabilities[index];
        if (float.IsNaN(p))
        {
            string? text = _utf8 is null ? _strings![index] : _utf8.GetCached(index);
            p = text is null
                ? AppealModel.Default.Probability(_utf8!.GetUtf8(index), OutletKey)
                : AppealModel.Default.Probability(text, OutletKey);
            _probabilities[index] = p;
        }

        return p;
    }

    private static float[] CreateUnknown(int count)
    {
        var values = new float[count];
        Array.Fill(values, float.NaN);
        return values;
    }

    public static DocumentAppeals Analyze(NewsDocument document)
    {
        string? key = AppealAnalyzer.OutletKey(document.Host);
        var scores = new AppealScore[document.Paragraphs.Count];
        for (int i = 0; i < scores.Length; i++)
        {
            scores[i] = AppealAnalyzer.Analyze(document.Paragraphs[i], key);
        }

        return new DocumentAppeals(scores, key, document.Paragraphs, null, AppealFloors.None);
    }

    /// <summary>Analyzes a parsed document's paragraphs on their UTF-8 bytes, without creating strings.</summary>
    /// <remarks>
    /// Paragraphs are scanned eight at a time (see <see cref="AppealAnalyzer.AnalyzeAll(Internals.Utf8ParagraphList, string?, AppealScore[], AppealFloors)"/>). With a positive
    /// <paramref name="floor"/>, a paragraph that cannot reach it scores zero (decisions at thresholds of at least
    /// <paramref name="floor"/> are the same as with exact scores).
    /// </remarks>
    public static DocumentAppeals Analyze(Internals.Utf8ParagraphList paragraphs, string host, int floor = 0) =>
        Analyze(paragraphs, host, new AppealFloors(floor));

    /// <summary>Analyzes a parsed document's paragraphs with the shortcuts <paramref name="floors"/> allow (see <see cref="AppealAnalyzer.AnalyzeAll(Internals.Utf8ParagraphList, string?, AppealScore[], AppealFloors)"/>).</summary>
    public static DocumentAppeals Analyze(Internals.Utf8ParagraphList paragraphs, string host, AppealFloors floors) =>
        AnalyzeWithKey(paragraphs, AppealAnalyzer.OutletKey(host), floors);

    private static DocumentAppeals AnalyzeWithKey(Internals.Utf8ParagraphList paragraphs, string? outletKey, AppealFloors floors)
    {
        var scores = new AppealScore[paragraphs.Count];
        AppealAnalyzer.AnalyzeAll(paragraphs, outletKey, scores, floors);
        return new DocumentAppeals(scores, outletKey, null, paragraphs, floors);
    }
}
