using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsParsing.Filtering;
using NewsParsing.Tests.Filtering;

namespace NewsParsing.Tests.DependencyInjection;

public class NewsParsingServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void AddNewsParsing_RegistersParserAndDefaultPipeline_AsSingletons()
    {
        using ServiceProvider sp = Build(new ServiceCollection().AddNewsParsing().Services);

        NewsFilterPipeline pipeline = sp.GetRequiredService<NewsFilterPipeline>();
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup");
        sp.GetRequiredService<NewsFilterPipeline>().Should().BeSameAs(pipeline);
        sp.GetRequiredService<NewsParser>().Should().BeSameAs(sp.GetRequiredService<NewsParser>());
        pipeline.Clean(NewsFilterPipelineTests.Gazette).Removed.Should().HaveCount(5);
    }

    [Fact]
    public void AddNewsParsing_Twice_IsIdempotent()
    {
        var services = new ServiceCollection();
        services.AddNewsParsing();
        int count = services.Count;

        services.AddNewsParsing();

        services.Count.Should().Be(count);
        using ServiceProvider sp = Build(services);
        sp.GetRequiredService<NewsFilterPipeline>().Filters.Should().HaveCount(3);
    }

    [Fact]
    public void AddFilter_ByType_IsConstructedByTheContainer_WithItsDependency_AndRunsAfterTheBuiltIns()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new BannedWords(["parking levy"]));
        services.AddNewsParsing().AddFilter<BannedWordsFilter>();
        using ServiceProvider sp = Build(services);

        NewsFilterPipeline pipeline = sp.GetRequiredService<NewsFilterPipeline>();
        NewsCleaningResult result = pipeline.Clean(NewsFilterPipelineTests.Gazette);

        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup", "BannedWords");
        result.Removed.Should().ContainSingle(r => r.Filter == "BannedWords").Which.Index.Should().Be(2);
    }

    [Fact]
    public void AddFilter_ByInstanceAndFactory_RemoveAndReplace_ChangeThePipeline()
    {
        var services = new ServiceCollection();
        services.AddNewsParsing()
            .RemoveFilter(PaywallAppealFilter.FilterName)
            .ReplaceFilter(NewsletterSignupFilter.FilterName, _ => new NewsFilterPipelineTests.DelegateFilter("Never", _ => false))
            .AddFilter(new NewsFilterPipelineTests.DelegateFilter("Instance", p => p.StartsWith("Transit", StringComparison.Ordinal)))
            .AddFilter(_ => new NewsFilterPipelineTests.DelegateFilter("Factory", p => p.StartsWith("Residents", StringComparison.Ordinal)));
        using ServiceProvider sp = Build(services);

        NewsFilterPipeline pipeline = sp.GetRequiredService<NewsFilterPipeline>();

        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "Never", "Instance", "Factory");
        pipeline.Clean(NewsFilterPipelineTests.Gazette).Removed.Select(r => r.Filter).Should().Contain(["Instance", "Factory"]).And.NotContain("PaywallAppeal");
    }

    [Fact]
    public void KeyedRegistrations_KeepDifferentlyConfiguredPipelinesApart()
    {
        var services = new ServiceCollection();
        services.AddNewsParsing();
        services.AddKeyedNewsParsing("paywall-only", o => o.Lenient = true)
            .RemoveFilter(DonationAppealFilter.FilterName)
            .RemoveFilter(NewsletterSignupFilter.FilterName);
        using ServiceProvider sp = Build(services);

        NewsFilterPipeline keyed = sp.GetRequiredKeyedService<NewsFilterPipeline>("paywall-only");

        keyed.Filters.Select(f => f.Name).Should().Equal("PaywallAppeal");
        sp.GetRequiredService<NewsFilterPipeline>().Filters.Should().HaveCount(3);
        sp.GetRequiredKeyedService<NewsParser>("paywall-only").Lenient.Should().BeTrue();
        sp.GetRequiredService<NewsParser>().Lenient.Should().BeFalse();
    }

    [Fact]
    public void ConfigureParser_And_ConfigureAppealFilters_AreApplied()
    {
        var services = new ServiceCollection();
        services.AddNewsParsing(o => o.MaxParagraphs = 3)
            .ConfigureAppealFilters(o => o.Threshold = 1000);
        using ServiceProvider sp = Build(services);

        sp.GetRequiredService<NewsParser>().ReaderOptions.MaxParagraphs.Should().Be(3);
        sp.GetRequiredService<NewsFilterPipeline>().Clean(NewsFilterPipelineTests.Gazette).Removed.Should().BeEmpty();
    }

    [Fact]
    public void InvalidOptions_FailWhenResolved_WithTheReason()
    {
        var services = new ServiceCollection();
        services.AddNewsParsing(o => o.MaxLineLength = 0);
        using ServiceProvider sp = Build(services);

        Action resolve = () => sp.GetRequiredService<NewsParser>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*MaxLineLength*");
    }

    internal sealed record BannedWords(string[] Words);

    internal sealed class BannedWordsFilter(BannedWords banned) : INewsFilter
    {
        public string Name => "BannedWords";

        public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context)
        {
            foreach (string word in banned.Words)
            {
                if (paragraph.Contains(word, StringComparison.OrdinalIgnoreCase))
                {
                    return NewsFilterDecision.RemoveBecause($"mentions \"{word}\"");
                }
            }

            return NewsFilterDecision.Keep;
        }
    }
}
