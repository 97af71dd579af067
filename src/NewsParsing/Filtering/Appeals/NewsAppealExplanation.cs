namespace NewsParsing.Filtering;

/// <summary>Why the built-in appeal filters see a paragraph as they do: its score, kind and the cue phrases on each side.</summary>
/// <param name="Score">Evidence for an appeal minus evidence for news; the built-ins remove at <see cref="AppealFilterOptions.Threshold"/> (10 by default).</param>
/// <param name="Kind">The kind of appeal it most resembles: <c>donation</c>, <c>paywall</c>, <c>newsletter</c>, or <c>none</c>.</param>
/// <param name="AppealCues">The matched cue phrases that point to an appeal (normalized, as in the lexicon).</param>
/// <param name="NewsCues">The matched cue phrases that point to news (attribution, third parties, large sums).</param>
public sealed record NewsAppealExplanation(int Score, string Kind, IReadOnlyList<string> AppealCues, IReadOnlyList<string> NewsCues)
{
    /// <summary>
    /// The learned model's probability (0 to 1) that the paragraph is the outlet's appeal; the built-in filters consult
    /// it only near their decisions (see <see cref="AppealFilterOptions.UseLearnedModel"/>).
    /// </summary>
    public double AppealProbability { get; init; }

    /// <summary>Explains how the built-in filters score <paramref name="paragraph"/> from a document published on <paramref name="host"/>.</summary>
    public static NewsAppealExplanation Explain(string paragraph, string host)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(host);
        string? key = Appeals.AppealAnalyzer.OutletKey(host);
        Appeals.AppealScore score = Appeals.AppealAnalyzer.Analyze(paragraph, key);
        (List<string> appeal, List<string> news) = Appeals.AppealDecider.Cues(paragraph, key);
        string kind = score.Family switch
        {
            Appeals.AppealFamily.Donation => "donation",
            Appeals.AppealFamily.Paywall => "paywall",
            Appeals.AppealFamily.Newsletter => "newsletter",
            _ => "none",
        };
        return new NewsAppealExplanation(score.Total, kind, appeal, news)
        {
            AppealProbability = Appeals.AppealModel.Default.Probability(paragraph, key),
        };
    }
}
