using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsParsing;
using NewsParsing.Filtering;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsParsing services.</summary>
public static class NewsParsingServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="NewsParser"/> and a singleton <see cref="NewsFilterPipeline"/> with the built-in
    /// filters (<see cref="DonationAppealFilter"/>, <see cref="PaywallAppealFilter"/>, <see cref="NewsletterSignupFilter"/>).
    /// Calling it again returns a builder for the same registration without adding anything twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configureParser">Configures the parser's mode and limits.</param>
    public static INewsParsingBuilder AddNewsParsing(this IServiceCollection services, Action<NewsParserOptions>? configureParser = null) =>
        services.AddNewsParsingCore(Options.Options.DefaultName, configureParser);

    /// <summary>
    /// Registers a named parser and pipeline as keyed services (key: <paramref name="serviceKey"/>), so several differently
    /// configured pipelines can live in one container. Resolve them with <c>[FromKeyedServices(key)]</c> or
    /// <c>GetRequiredKeyedService&lt;NewsFilterPipeline&gt;(key)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The registration's name and service key.</param>
    /// <param name="configureParser">Configures the parser's mode and limits.</param>
    public static INewsParsingBuilder AddKeyedNewsParsing(this IServiceCollection services, string serviceKey, Action<NewsParserOptions>? configureParser = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        return services.AddNewsParsingCore(serviceKey, configureParser);
    }

    private static NewsParsingBuilder AddNewsParsingCore(this IServiceCollection services, string name, Action<NewsParserOptions>? configureParser)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = new NewsParsingBuilder(services, name);
        if (configureParser is not null)
        {
            services.Configure(name, configureParser);
        }

        if (services.Any(d => d.ServiceType == typeof(Marker) && !d.IsKeyedService && d.ImplementationInstance is Marker m && m.Name == name))
        {
            return builder;
        }

        services.AddSingleton(new Marker(name));
        services.AddOptions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsParserOptions>, NewsParserOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NewsParsingOptions>, NewsParsingOptionsValidator>());
        services.AddOptions<NewsParserOptions>(name).ValidateOnStart();
        services.AddOptions<NewsParsingOptions>(name).ValidateOnStart();

        // The built-ins come first; later AddFilter calls run after them, RemoveFilter/ReplaceFilter change them.
        services.Configure<NewsParsingOptions>(name, o => o.FilterSteps.Insert(0, (_, pipeline) => pipeline.AddDefaultFilters(o.AppealFilters)));

        if (name.Length == 0)
        {
            services.TryAddSingleton(sp => new NewsParser(sp.GetRequiredService<IOptionsMonitor<NewsParserOptions>>().Get(name)));
            services.TryAddSingleton(sp => BuildPipeline(sp, name));
        }
        else
        {
            services.TryAddKeyedSingleton(name, (sp, _) => new NewsParser(sp.GetRequiredService<IOptionsMonitor<NewsParserOptions>>().Get(name)));
            services.TryAddKeyedSingleton(name, (sp, _) => BuildPipeline(sp, name));
        }

        return builder;
    }

    private static NewsFilterPipeline BuildPipeline(IServiceProvider services, string name)
    {
        NewsParsingOptions options = services.GetRequiredService<IOptionsMonitor<NewsParsingOptions>>().Get(name);
        var builder = new NewsFilterPipelineBuilder();
        foreach (Action<IServiceProvider, NewsFilterPipelineBuilder> step in options.FilterSteps)
        {
            step(services, builder);
        }

        return builder.Build();
    }

    private sealed class NewsParsingBuilder(IServiceCollection services, string name) : INewsParsingBuilder
    {
        public IServiceCollection Services { get; } = services;

        public string Name { get; } = name;
    }

    private sealed record Marker(string Name);

    private sealed class NewsParserOptionsValidator : IValidateOptions<NewsParserOptions>
    {
        public ValidateOptionsResult Validate(string? name, NewsParserOptions options) => Check(options.Validate);
    }

    private sealed class NewsParsingOptionsValidator : IValidateOptions<NewsParsingOptions>
    {
        public ValidateOptionsResult Validate(string? name, NewsParsingOptions options) => Check(options.AppealFilters.Validate);
    }

    private static ValidateOptionsResult Check(Action validate)
    {
        try
        {
            validate();
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail(ex.Message);
        }
    }
}
