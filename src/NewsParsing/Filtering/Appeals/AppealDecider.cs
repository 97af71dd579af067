using System.Globalization;
using System.Text;

namespace NewsParsing.Filtering.Appeals;

/// <summary>The shared decision logic of the built-in appeal filters; each filter claims one <see cref="AppealFamily"/>.</summary>
internal sealed class AppealDecider
{
    private const int MaxCuesInReason = 6;

    /// <summary>Scores from Threshold to Threshold + MarginalBand - 1 need the reader's or the outlet's voice, a call to action or mission talk.</summary>
    internal const int MarginalBand = 2;
    private readonly AppealFamily _family;
    private readonly string _label;
    private readonly AppealFilterOptions _options;

    public AppealDecider(AppealFamily family, string label, AppealFilterOptions? options)
    {
        _family = family;
        _label = label;
        _options = options?.Clone() ?? new AppealFilterOptions();
        _options.Validate();
    }

    /// <summary>The lowest score this decider compares with: below it, a paragraph is kept whatever else it holds.</summary>
    public int Floor => Math.Min(_options.Threshold, _options.BlockThreshold);

    /// <summary>
    /// Decides from the document's precomputed analysis alone, without the paragraph's text (the pipeline's fast path).
    /// </summary>
    /// <returns>Whether to remove; the reason is built from the text only for paragraphs that are removed.</returns>
    public bool ShouldRemove(DocumentAppeals appeals, int index, out bool block) =>
        Decide(appeals.Scores[index], appeals.MaxTotal >= _options.Threshold, out block);

    /// <summary>The reason for removing a paragraph that <see cref="ShouldRemove"/> marked.</summary>
    public string ReasonFor(string paragraph, DocumentAppeals appeals, int index, bool block) =>
        Reason(paragraph, appeals.OutletKey, appeals.Scores[index], block ? _options.BlockThreshold : _options.Threshold, block);

    /// <summary>The one decision rule: this filter's family at or above Threshold, or outlet-voice prose of an appeal block.</summary>
    private bool Decide(AppealScore score, bool strongAppealInDocument, out bool block)
    {
        block = false;
        if (score.Family != _family)
        {
            return false;
        }

        if (score.Total >= _options.Threshold)
        {
            // A speech tag ("…, said the food bank's coordinator") reports someone else's appeal: publishers do not
            // quote themselves in their asks, and removing news is worse than missing an appeal.
            if (score.Speech)
            {
                return false;
            }

            // A score just over the threshold is weak evidence. Appeals that score so little still speak to the reader
            // or as the outlet, call to action, or talk of the outlet's mission; news that borrows a few appeal words
            // ("price changes will apply to existing subscribers", "bookshops now offer paid memberships") does none
            // of these, and removing news is worse than missing an appeal.
            if (score.Total < _options.Threshold + MarginalBand && !(score.Addressed || score.OutletVoice || score.Calls || score.SelfTalk))
            {
                return false;
            }

            // A paragraph that neither speaks to the reader ("you", "we"), nor calls to action ("Subscribe to ..."),
            // nor talks about the outlet's mission, and is attributed ("according to an internal memo"), about the
            // media business ("the UK's biggest publisher") or about a third party ("Those who want to help can donate
            // to the community foundation's fund"), reports someone else's paywall or appeal, or tells readers how to
            // help someone else.
            return score.Addressed || score.Calls || score.SelfTalk || !(score.Attributed || score.Business || score.ThirdParty);
        }

        // Block prose speaks to the reader or as "we"; without those words, talk of the media business (the paper,
        // its plans, its subscribers) means the paragraph reports on the outlet rather than speaks for it.
        block = _options.RemoveAppealBlocks && _family == AppealFamily.Donation && strongAppealInDocument && score.OutletVoice
            && !score.Attributed && (score.Addressed || !score.Business) && score.Total + score.BlockBonus >= _options.BlockThreshold;
        return block;
    }

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context)
    {
        AppealScore score;
        bool strongAppealInDocument;
        string? key;
        if (context.Appeals is { } appeals && context.Index < appeals.Scores.Length)
        {
            score = appeals.Scores[context.Index];
            strongAppealInDocument = appeals.MaxTotal >= _options.Threshold;
            key = appeals.OutletKey;
        }
        else
        {
            key = AppealAnalyzer.OutletKey(context.Host);
            score = AppealAnalyzer.Analyze(paragraph, key);
            strongAppealInDocument = false;
        }

        return Decide(score, strongAppealInDocument, out bool block)
            ? NewsFilterDecision.RemoveBecause(Reason(paragraph, key, score, block ? _options.BlockThreshold : _options.Threshold, block))
            : NewsFilterDecision.Keep;
    }

    /// <summary>Lists the cue phrases of a paragraph, appeal cues first (for reasons and <c>newsparse explain</c>).</summary>
    public static (List<string> Appeal, List<string> News) Cues(ReadOnlySpan<char> paragraph, string? outletKey)
    {
        var ids = new List<int>();
        AppealAnalyzer.Analyze(paragraph, outletKey, ids);
        var appeal = new List<string>();
        var news = new List<string>();
        foreach (int id in ids)
        {
            (AppealLexicon.IsNews(AppealLexicon.Cues[id]) ? news : appeal).Add(AppealLexicon.Phrases[id]);
        }

        return (appeal, news);
    }

    private string Reason(ReadOnlySpan<char> paragraph, string? key, AppealScore score, int threshold, bool block)
    {
        (List<string> appeal, List<string> news) = Cues(paragraph, key);
        var sb = new StringBuilder();
        sb.Append(_label);
        sb.Append(block ? " (part of an appeal block" : " (score ");
        if (block)
        {
            sb.Append(CultureInfo.InvariantCulture, $": score {score.Total}");
            if (score.BlockBonus > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $" + {score.BlockBonus} for the outlet describing itself by name");
            }

            sb.Append(CultureInfo.InvariantCulture, $" ≥ {threshold} in a document with a stronger appeal)");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"{score.Total} ≥ {threshold})");
        }

        if (appeal.Count > 0)
        {
            sb.Append(": ").AppendJoin(", ", appeal.Take(MaxCuesInReason).Select(p => $"\"{p}\""));
        }

        if (news.Count > 0)
        {
            sb.Append("; against: ").AppendJoin(", ", news.Take(MaxCuesInReason).Select(p => $"\"{p}\""));
        }

        return sb.ToString();
    }
}
