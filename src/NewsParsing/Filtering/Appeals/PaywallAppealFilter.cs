using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Filtering;

/// <summary>
/// Removes paywall and metering messages: article counters, subscribe-to-continue walls, trial offers and log-in or registration walls.
/// </summary>
/// <remarks>
/// Scores each paragraph by kinds of evidence (see <c>docs/filters.md</c>): cues of an appeal add points, cues of
/// reported news (attribution, third parties, large sums) take points away. Stateless and thread-safe.
/// </remarks>
public sealed class PaywallAppealFilter : INewsFilter, IAppealFilter
{
    /// <summary>The filter's name: <c>PaywallAppeal</c>.</summary>
    public const string FilterName = "PaywallAppeal";

    private readonly AppealDecider _decider;

    /// <summary>Creates the filter.</summary>
    /// <param name="options">Thresholds; <see langword="null"/> means the defaults. The options are copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are invalid.</exception>
    public PaywallAppealFilter(AppealFilterOptions? options = null)
    {
        _decider = new AppealDecider(AppealFamily.Paywall, "paywall or log-in wall", options);
    }

    /// <inheritdoc />
    public string Name => FilterName;

    AppealDecider IAppealFilter.Decider => _decider;

    /// <inheritdoc />
    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        _decider.Evaluate(paragraph, context);
}
