namespace NewsParsing.Filtering;

/// <summary>Options for the built-in appeal filters (<see cref="DonationAppealFilter"/>, <see cref="PaywallAppealFilter"/>, <see cref="NewsletterSignupFilter"/>).</summary>
public sealed class AppealFilterOptions
{
    /// <summary>The default <see cref="Threshold"/>.</summary>
    public const int DefaultThreshold = 10;

    /// <summary>The default <see cref="BlockThreshold"/>.</summary>
    public const int DefaultBlockThreshold = 6;

    /// <summary>
    /// The score at which a paragraph is removed on its own evidence. Higher keeps more (fewer false removals, more
    /// missed appeals); lower removes more. Default: 10.
    /// </summary>
    public int Threshold { get; set; } = DefaultThreshold;

    /// <summary>
    /// The lower score at which a paragraph in the outlet's own voice (mission prose, salutations) is removed when the
    /// same document holds a paragraph at or above <see cref="Threshold"/>: appeals come in blocks, and only some of
    /// their paragraphs carry the explicit ask. Default: 6.
    /// </summary>
    public int BlockThreshold { get; set; } = DefaultBlockThreshold;

    /// <summary>Whether to remove whole appeal blocks (see <see cref="BlockThreshold"/>). Default: <see langword="true"/>.</summary>
    public bool RemoveAppealBlocks { get; set; } = true;

    /// <summary>
    /// Whether the learned appeal model (a logistic regression over words and word pairs, trained on the project's
    /// labeled fixtures) reviews the rules' decisions: it keeps a paragraph the rules would remove when it gives it a
    /// probability below 0.1 of being an appeal, and removes one the rules kept when it gives 0.7 or more, if the
    /// paragraph is of this filter's kind, scores at least 1 and at most 9 under <see cref="Threshold"/>, and none of
    /// the rules' exceptions applies (a speech tag; a report, media business or third party without the reader, a call
    /// to action or mission talk; none of the reader's voice, a call, mission talk or the outlet's voice, the last only
    /// with <see cref="RemoveAppealBlocks"/>; outside a document with an appeal at the threshold, no call to action; see
    /// docs/filters.md, "The learned model"). Default: <see langword="true"/>.
    /// </summary>
    public bool UseLearnedModel { get; set; } = true;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not positive, or <see cref="BlockThreshold"/> is above <see cref="Threshold"/>.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Threshold);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BlockThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BlockThreshold, Threshold);
    }

    internal AppealFilterOptions Clone() => (AppealFilterOptions)MemberwiseClone();
}
