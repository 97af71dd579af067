using NewsParsing.Internals;

namespace NewsParsing.Filtering;

/// <summary>Builds a <see cref="NewsFilterPipeline"/>: add, remove or replace filters, then <see cref="Build"/>. Registration order is run order.</summary>
public sealed class NewsFilterPipelineBuilder
{
    private readonly List<INewsFilter> _filters = [];
    private bool _built;

    /// <summary>The filters added so far, in order.</summary>
    public IReadOnlyList<INewsFilter> Filters => _filters;

    /// <summary>Adds <paramref name="filter"/> at the end.</summary>
    /// <exception cref="ArgumentException">A filter with the same name is already there.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public NewsFilterPipelineBuilder Add(INewsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        EnsureNotBuilt();
        if (IndexOf(filter.Name) >= 0)
        {
            throw new ArgumentException($"A filter named \"{filter.Name}\" is already in the pipeline; use Replace to swap it.", nameof(filter));
        }

        _filters.Add(filter);
        return this;
    }

    /// <summary>Removes the filter named <paramref name="name"/>, if present.</summary>
    public NewsFilterPipelineBuilder Remove(string name)
    {
        EnsureNotBuilt();
        int index = IndexOf(name);
        if (index >= 0)
        {
            _filters.RemoveAt(index);
        }

        return this;
    }

    /// <summary>Replaces the filter named <paramref name="name"/> in its place, or adds <paramref name="filter"/> at the end if there is none.</summary>
    public NewsFilterPipelineBuilder Replace(string name, INewsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        EnsureNotBuilt();
        int index = IndexOf(name);
        if (index >= 0)
        {
            _filters[index] = filter;
            return this;
        }

        return Add(filter);
    }

    /// <summary>Adds the built-in <see cref="DonationAppealFilter"/>.</summary>
    public NewsFilterPipelineBuilder AddDonationAppealFilter(AppealFilterOptions? options = null) => Add(new DonationAppealFilter(options));

    /// <summary>Adds the built-in <see cref="PaywallAppealFilter"/>.</summary>
    public NewsFilterPipelineBuilder AddPaywallAppealFilter(AppealFilterOptions? options = null) => Add(new PaywallAppealFilter(options));

    /// <summary>Adds the built-in <see cref="NewsletterSignupFilter"/>.</summary>
    public NewsFilterPipelineBuilder AddNewsletterSignupFilter(AppealFilterOptions? options = null) => Add(new NewsletterSignupFilter(options));

    /// <summary>Adds the three built-in filters, with the same options.</summary>
    public NewsFilterPipelineBuilder AddDefaultFilters(AppealFilterOptions? options = null) =>
        AddDonationAppealFilter(options).AddPaywallAppealFilter(options).AddNewsletterSignupFilter(options);

    /// <summary>Adds a <see cref="PublisherRulesFilter"/> for <paramref name="rules"/>.</summary>
    public NewsFilterPipelineBuilder AddPublisherRules(NewsPublisherRules rules) => Add(new PublisherRulesFilter(rules));

    /// <summary>Creates the pipeline. The builder cannot be changed afterwards.</summary>
    public NewsFilterPipeline Build()
    {
        _built = true;
        return new NewsFilterPipeline(_filters);
    }

    private int IndexOf(string name) => _filters.FindIndex(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    private void EnsureNotBuilt()
    {
        if (_built)
        {
            ThrowHelper.ThrowInvalidOperation("This builder already built its pipeline; create a new NewsFilterPipelineBuilder to make another.");
        }
    }
}
