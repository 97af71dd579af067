using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Filtering;

/// <summary>
/// Removes the publisher's donation, membership and support appeals: asks for money addressed to the reader, membership offers, platform-routed support, fundraising goals, and the mission prose, salutations and buttons that come with them.
/// </summary>
/// <remarks>
/// Scores each paragraph by kinds of evidence (see <c>docs/filters.md</c>): cues of an appeal add points, cues of
/// reported news (attribution, third parties, large sums) take points away. Stateless and thread-safe.
/// </remarks>
public sealed class DonationAppealFilter : INewsFilter, IAppealFilter
{
    /// <summary>The filter's name: <c>DonationAppeal</c>.</summary>
    public const string FilterName = "DonationAppeal";

    private readonly AppealDecider _decider;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Thresholds; <see langword="null"/> means the defaults. The options are copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public DonationAppealFilter(AppealFilterOptions? options = null)
    {
        _decider = new AppealDecider(AppealFamily.Donation, "donation or membership appeal", options);
    }

    /// <inheritdoc />
    public string Name => FilterName;

    AppealDecider IAppealFilter.Decider => _decider;

    /// <inheritdoc />
    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        _decider.Evaluate(paragraph, context);
}
