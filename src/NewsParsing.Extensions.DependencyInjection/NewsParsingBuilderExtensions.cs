using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsParsing;
using NewsParsing.Filtering;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds, removes and replaces filters and configures options on an <see cref="INewsParsingBuilder"/>. Registration order is run order.</summary>
public static class NewsParsingBuilderExtensions
{
    /// <summary>Adds a filter of type <typeparamref name="TFilter"/>, constructed by the container (so it can take dependencies) as a singleton.</summary>
    public static INewsParsingBuilder AddFilter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TFilter>(this INewsParsingBuilder builder)
        where TFilter : class, INewsFilter
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<TFilter>();
        return builder.AddFilter(sp => sp.GetRequiredService<TFilter>());
    }

    /// <summary>Adds a filter instance.</summary>
    public static INewsParsingBuilder AddFilter(this INewsParsingBuilder builder, INewsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return builder.AddFilter(_ => filter);
    }

    /// <summary>Adds a filter created by <paramref name="factory"/> when the pipeline is first resolved.</summary>
    public static INewsParsingBuilder AddFilter(this INewsParsingBuilder builder, Func<IServiceProvider, INewsFilter> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return builder.AddStep((sp, pipeline) => pipeline.Add(factory(sp)));
    }

    /// <summary>Removes the filter named <paramref name="name"/> (e.g. <see cref="PaywallAppealFilter.FilterName"/>) from the pipeline, if present.</summary>
    public static INewsParsingBuilder RemoveFilter(this INewsParsingBuilder builder, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.AddStep((_, pipeline) => pipeline.Remove(name));
    }

    /// <summary>Replaces the filter named <paramref name="name"/> in its place with one created by <paramref name="factory"/> (or adds it at the end).</summary>
    public static INewsParsingBuilder ReplaceFilter(this INewsParsingBuilder builder, string name, Func<IServiceProvider, INewsFilter> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        return builder.AddStep((sp, pipeline) => pipeline.Replace(name, factory(sp)));
    }

    /// <summary>Adds a <see cref="PublisherRulesFilter"/> for <paramref name="rules"/>.</summary>
    public static INewsParsingBuilder AddPublisherRules(this INewsParsingBuilder builder, NewsPublisherRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return builder.AddFilter(new PublisherRulesFilter(rules));
    }

    /// <summary>Configures the parser's options (mode and limits) for this registration.</summary>
    public static INewsParsingBuilder ConfigureParser(this INewsParsingBuilder builder, Action<NewsParserOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure(builder.Name, configure);
        return builder;
    }

    /// <summary>Configures the built-in appeal filters' options (thresholds, appeal blocks) for this registration.</summary>
    public static INewsParsingBuilder ConfigureAppealFilters(this INewsParsingBuilder builder, Action<AppealFilterOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        builder.Services.Configure<NewsParsingOptions>(builder.Name, o => configure(o.AppealFilters));
        return builder;
    }

    private static INewsParsingBuilder AddStep(this INewsParsingBuilder builder, Action<IServiceProvider, NewsFilterPipelineBuilder> step)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<NewsParsingOptions>(builder.Name, o => o.FilterSteps.Add(step));
        return builder;
    }
}
