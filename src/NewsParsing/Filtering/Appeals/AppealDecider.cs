using System.Globalization;
using System.Text;

namespace NewsParsing.Filtering.Appeals;

/// <summary>How a built-in filter came to remove a paragraph.</summary>
internal enum AppealRemoval
{
    /// <summary>Its score reached the threshold.</summary>
    Score,

    /// <summary>Outlet-voice prose in a document with a stronger appeal (the block threshold).</summary>
    Block,

    /// <summary>The learned model, on a paragraph the rules nearly removed.</summary>
    Model,
}

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
    public int Floor => Math.Min(RulesFloor, ModelFloor);

    /// <summary>The lowest score the rules compare with (threshold or block threshold).</summary>
    internal int RulesFloor => Math.Min(_options.Threshold, _options.BlockThreshold);

    /// <summary>The lowest score the learned model may remove at, or <see cref="int.MaxValue"/> without the model.</summary>
    internal int ModelFloor => _options.UseLearnedModel ? RescueFloor : int.MaxValue;

    /// <summary>
    /// The score a document's strongest paragraph must reach before the learned model may remove one under
    /// <see cref="RulesFloor"/> that does not call to action (see <see cref="Rescues"/>), or <see cref="int.MaxValue"/> without the model.
    /// </summary>
    internal int ModelStrongAt => _options.UseLearnedModel ? _options.Threshold : int.MaxValue;

    /// <summary>Below this probability the learned model keeps a paragraph the rules would remove.</summary>
    internal const float ModelKeepBelow = 0.1f;

    /// <summary>At or above this probability the learned model removes a paragraph the rules nearly removed (see <see cref="Rescues"/>).</summary>
    internal const float ModelRemoveAt = 0.7f;

    /// <summary>
    /// How far below <see cref="AppealFilterOptions.Threshold"/> the learned model may remove a paragraph the rules keep:
    /// with the default threshold of 10, any paragraph with some net evidence of an appeal (a score of 1 or more).
    /// </summary>
    internal const int ModelBand = 9;

    /// <summary>The lowest score the learned model may remove at (see <see cref="ModelBand"/>).</summary>
    private int RescueFloor => Math.Max(1, _options.Threshold - ModelBand);

    /// <summary>
    /// Decides from the document's precomputed analysis alone, without the paragraph's text (the pipeline's fast path).
    /// </summary>
    /// <returns>Whether to remove; the reason is built from the text only for paragraphs that are removed.</returns>
    public bool ShouldRemove(DocumentAppeals appeals, int index, out AppealRemoval how) =>
        Decide(appeals.Scores[index], appeals.MaxTotal >= _options.Threshold, appeals, index, default, appeals.OutletKey, out how, out _);

    /// <summary>The reason for removing a paragraph that <see cref="ShouldRemove"/> marked.</summary>
    public string ReasonFor(ReadOnlySpan<char> paragraph, DocumentAppeals appeals, int index, AppealRemoval how) =>
        ReasonFor(paragraph, appeals.OutletKey, appeals.Scores[index], how, how == AppealRemoval.Model ? appeals.Probability(index) : float.NaN);

    /// <summary>
    /// The rules' decision, then the learned model's review of it. The model's probability comes from the document's
    /// cache when <paramref name="appeals"/> is given, from <paramref name="text"/> otherwise, and is asked only when it
    /// can change the decision.
    /// </summary>
    private bool Decide(AppealScore score, bool strongAppealInDocument, DocumentAppeals? appeals, int index, ReadOnlySpan<char> text, string? key, out AppealRemoval how, out float probability)
    {
        bool rules = DecideByRules(score, strongAppealInDocument, out bool block);
        how = block ? AppealRemoval.Block : AppealRemoval.Score;
        probability = float.NaN;
        if (!_options.UseLearnedModel || !(rules || Rescues(score, strongAppealInDocument)))
        {
            return rules;
        }

        probability = appeals?.Probability(index) ?? AppealModel.Default.Probability(text, key);
        if (rules)
        {
            return probability >= ModelKeepBelow;
        }

        if (probability < ModelRemoveAt)
        {
            return false;
        }

        how = AppealRemoval.Model;
        return true;
    }

    /// <summary>The reason for removing a paragraph that <see cref="ShouldRemove"/> marked, to be put into words when first read.</summary>
    public DeferredReason DeferReasonFor(string paragraph, DocumentAppeals appeals, int index, AppealRemoval how) =>
        new Pending(this, paragraph, appeals.OutletKey, appeals.Scores[index], how, how == AppealRemoval.Model ? appeals.Probability(index) : float.NaN);

    private string ReasonFor(ReadOnlySpan<char> paragraph, string? key, AppealScore score, AppealRemoval how, float probability) =>
        how == AppealRemoval.Model
            ? ModelReason(paragraph, key, score, probability)
            : Reason(paragraph, key, score, how == AppealRemoval.Block ? _options.BlockThreshold : _options.Threshold, how == AppealRemoval.Block);

    /// <summary>
    /// Whether a paragraph the rules keep is close enough for the learned model to remove. The threshold rule's own
    /// exceptions still hold: a speech tag keeps it; so does having neither the reader's nor the outlet's voice, a call
    /// to action or mission talk; so does a report, media business or a third party without the reader, a call or
    /// mission talk. Outlet-voice prose goes only when appeal blocks are on. The document must hold an appeal at the
    /// threshold unless the paragraph itself calls to action. Only the score may fall short of
    /// <see cref="AppealFilterOptions.Threshold"/>, by at most <see cref="ModelBand"/>.
    /// </summary>
    internal bool Rescues(AppealScore score, bool strongAppealInDocument)
    {
        if (score.Family != _family || score.Total >= _options.Threshold || score.Total < RescueFloor)
        {
            return false;
        }

        bool direct = score.Addressed || score.Calls || score.SelfTalk;
        if (score.Speech || !(direct || score.OutletVoice) || (!direct && (score.Attributed || score.Business || score.ThirdParty)))
        {
            return false;
        }

        return (direct || _options.RemoveAppealBlocks) && (strongAppealInDocument || score.Calls);
    }

    /// <summary>The one decision rule: this filter's family at or above Threshold, or outlet-voice prose of an appeal block.</summary>
    private bool DecideByRules(AppealScore score, bool strongAppealInDocument, out bool block)
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
        if (context.Appeals?.For(this) is { } appeals && context.Index < appeals.Scores.Length)
        {
            return ShouldRemove(appeals, context.Index, out AppealRemoval how)
                ? NewsFilterDecision.RemoveBecause(ReasonFor(paragraph, appeals, context.Index, how))
                : NewsFilterDecision.Keep;
        }

        string? key = AppealAnalyzer.OutletKey(context.Host);
        AppealScore score = AppealAnalyzer.Analyze(paragraph, key);
        return Decide(score, strongAppealInDocument: false, null, 0, paragraph, key, out AppealRemoval removal, out float p)
            ? NewsFilterDecision.RemoveBecause(ReasonFor(paragraph, key, score, removal, p))
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

    private string ModelReason(ReadOnlySpan<char> paragraph, string? key, AppealScore score, float probability)
    {
        (List<string> appeal, _) = Cues(paragraph, key);
        var sb = new StringBuilder();
        sb.Append(_label);
        sb.Append(CultureInfo.InvariantCulture, $" (learned model {probability:0.00} ≥ {ModelRemoveAt:0.00} at score {score.Total}, under {_options.Threshold})");
        if (appeal.Count > 0)
        {
            sb.Append(": ").AppendJoin(", ", appeal.Take(MaxCuesInReason).Select(p => $"\"{p}\""));
        }

        sb.Append("; words: ").AppendJoin(", ", AppealModel.Default.StrongestFeatures(paragraph, key, towardAppeal: true, max: 4));
        return sb.ToString();
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

    /// <summary>Everything <see cref="ReasonFor(ReadOnlySpan{char}, string?, AppealScore, AppealRemoval, float)"/> reads, kept until the reason is first read (all of it immutable).</summary>
    private sealed class Pending(AppealDecider decider, string paragraph, string? key, AppealScore score, AppealRemoval how, float probability) : DeferredReason
    {
        public override string Build() => decider.ReasonFor(paragraph, key, score, how, probability);
    }
}
