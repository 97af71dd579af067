using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsParsing.Filtering;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Docs;

/// <summary>
/// The C# blocks of docs/dependency-injection.md, compiled and run. Each block is the <c>#region</c> of the same name
/// in this file (without its indentation); <see cref="DocSnippetTests"/> keeps the page and the regions identical.
/// </summary>
public class DependencyInjectionDocTests
{
    // Written for these tests in the seed's style: a small town's paper, with its own appeals and labels.
    private const string LibraryText = """
        Harwick library opens a reading room for children
        20240420
        https://www.harwickherald.com/2024/04/20/reading-room/
        Harwick's library opens a reading room for children on Saturday, with 3,000 new books and a story corner.
        Please support local reporting in Harwick with a gift of any amount today.
        You've read all your free articles this month. Subscribe to keep reading.
        Get the Herald's weekend briefing delivered straight to your inbox.
        Advertisement
        Sponsored: Harwick Garden Centre spring sale
        The room will be open every afternoon during the school holidays, the head librarian said.
        """;

    private static ServiceProvider Build(IServiceCollection services) =>
        services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [Fact]
    public void AddNewsParsing_RegistersAStrictParserWithTheConfiguredLimit_AndTheThreeBuiltIns()
    {
        var services = new ServiceCollection();

        #region di-add-news-parsing
        services.AddNewsParsing();                                  // strict parser, default limits, the three built-in filters
        services.AddNewsParsing(o => o.MaxParagraphs = 5_000);      // configureParser: mode and limits (NewsParserOptions)
        #endregion

        services.Count(d => d.ServiceType == typeof(NewsParser)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(NewsFilterPipeline)).Should().Be(1);
        using ServiceProvider provider = Build(services);
        NewsParser parser = provider.GetRequiredService<NewsParser>();
        parser.Lenient.Should().BeFalse();
        parser.ReaderOptions.MaxParagraphs.Should().Be(5_000, "the second call's configureParser is applied too");
        parser.ReaderOptions.MaxLineLength.Should().Be(NewsReaderOptions.DefaultMaxLineLength);
        parser.ReaderOptions.MaxInputBytes.Should().Be(NewsReaderOptions.DefaultMaxInputBytes);
        provider.GetRequiredService<NewsParser>().Should().BeSameAs(parser);
        provider.GetRequiredService<NewsFilterPipeline>().Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup");

        string tooLong = "Title\n20240420\nhttps://www.harwickherald.com/p\n" + string.Concat(Enumerable.Repeat("A paragraph.\n", 5_001));
        parser.TryParse(tooLong, out _, out NewsParseError? error).Should().BeFalse();
        error!.Kind.Should().Be(NewsParseErrorKind.TooManyParagraphs);

        using ServiceProvider plain = Build(new ServiceCollection().AddNewsParsing().Services);
        plain.GetRequiredService<NewsParser>().ReaderOptions.MaxParagraphs.Should().Be(NewsReaderOptions.DefaultMaxParagraphs, "the first line alone keeps the default limits");
    }

    [Fact]
    public void AddNewsParsing_CalledAgain_AddsToTheSameRegistration()
    {
        var services = new ServiceCollection();

        #region di-calling-again
        services.AddNewsParsing();
        services.AddNewsParsing().AddFilter<MyFilter>();   // same registration: still three built-ins, then MyFilter
        #endregion

        services.Count(d => d.ServiceType == typeof(NewsFilterPipeline)).Should().Be(1);
        using ServiceProvider provider = Build(services);
        NewsFilterPipeline pipeline = provider.GetRequiredService<NewsFilterPipeline>();
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup", "My");
        pipeline.Filters[3].Should().BeOfType<MyFilter>();
        pipeline.Clean(NewsParser.Default.Parse(LibraryText)).Removed.Should().ContainSingle(r => r.Filter == "My")
            .Which.Text.Should().Be("Advertisement");
    }

    [Fact]
    public void BuilderSteps_RemoveReplaceAndAdd_InRegistrationOrder()
    {
        var services = new ServiceCollection();

        #region di-order
        services.AddNewsParsing()
            .RemoveFilter(PaywallAppealFilter.FilterName)
            .ReplaceFilter(NewsletterSignupFilter.FilterName, _ => new NeverFilter())
            .AddFilter(new InstanceFilter())
            .AddFilter(sp => new FactoryFilter());
        // NeverFilter, InstanceFilter and FactoryFilter are your own INewsFilter types, named "Never", "Instance" and "Factory".
        // Filters: DonationAppeal, Never, Instance, Factory
        #endregion

        using ServiceProvider provider = Build(services);
        NewsFilterPipeline pipeline = provider.GetRequiredService<NewsFilterPipeline>();
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "Never", "Instance", "Factory");
        pipeline.Filters[1].Should().BeOfType<NeverFilter>();

        NewsDocument document = NewsParser.Default.Parse(LibraryText);
        NewsCleaningResult result = pipeline.Clean(document);

        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal((1, "DonationAppeal"), (4, "Instance"), (5, "Factory"));
        result.Document.Paragraphs.Should().Contain(document.Paragraphs[2], "PaywallAppeal was removed")
            .And.Contain(document.Paragraphs[3], "NewsletterSignup was replaced by a filter that keeps everything");
        NewsFilterPipeline.Default.Clean(document).Removed.Select(r => (r.Index, r.Filter)).Should().Contain([(2, "PaywallAppeal"), (3, "NewsletterSignup")]);
    }

    [Fact]
    public void KeyedRegistration_HasItsOwnOptionsAndFilters_ApartFromTheDefault()
    {
        var services = new ServiceCollection();

        #region di-keyed
        services.AddNewsParsing();
        services.AddKeyedNewsParsing("paywall-only", o => o.Lenient = true)
            .RemoveFilter(DonationAppealFilter.FilterName)
            .RemoveFilter(NewsletterSignupFilter.FilterName);

        using ServiceProvider provider = services.BuildServiceProvider();
        NewsFilterPipeline paywallOnly = provider.GetRequiredKeyedService<NewsFilterPipeline>("paywall-only"); // PaywallAppeal
        NewsParser lenient = provider.GetRequiredKeyedService<NewsParser>("paywall-only");                   // Lenient == true
        NewsFilterPipeline all = provider.GetRequiredService<NewsFilterPipeline>();                           // the three built-ins
        #endregion

        paywallOnly.Filters.Select(f => f.Name).Should().Equal("PaywallAppeal");
        lenient.Lenient.Should().BeTrue();
        provider.GetRequiredService<NewsParser>().Lenient.Should().BeFalse();
        all.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup");

        const string Notice = "Library hours change for the summer\n2024-06-01\nhttps://www.harwickherald.com/2024/06/01/library-hours/\n";
        NewsDocument notice = lenient.Parse(Notice);
        notice.Date.Should().Be(new DateOnly(2024, 6, 1));
        notice.Paragraphs.Should().BeEmpty();
        provider.GetRequiredService<NewsParser>().TryParse(Notice, out _, out _).Should().BeFalse("the default registration is strict");

        NewsDocument document = lenient.Parse(LibraryText);
        paywallOnly.Clean(document).Removed.Select(r => (r.Index, r.Filter)).Should().Equal((2, "PaywallAppeal"));
        all.Clean(document).Removed.Select(r => (r.Index, r.Filter)).Should().Equal((1, "DonationAppeal"), (2, "PaywallAppeal"), (3, "NewsletterSignup"));
    }

    [Fact]
    public void InvalidOptions_FailResolution_WithAMessageNamingTheOption()
    {
        var services = new ServiceCollection();

        Action resolve = () =>
        {
            #region di-options-validation
            services.AddNewsParsing(o => o.MaxLineLength = 0);
            using ServiceProvider provider = services.BuildServiceProvider();
            provider.GetRequiredService<NewsParser>();   // OptionsValidationException: … MaxLineLength …
            #endregion
        };

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*MaxLineLength*");
    }

    [Fact]
    public void CompleteExample_BuildsTheFilterWithItsDependency_AndReportsBothRemovals()
    {
        #region di-complete-example
        var services = new ServiceCollection();
        services.AddSingleton(new BannedWords(["parking levy"]));
        services.AddNewsParsing(o => o.MaxParagraphs = 5_000)
            .ConfigureAppealFilters(o => { o.RemoveAppealBlocks = false; o.UseLearnedModel = false; })   // the rules alone, no appeal blocks
            .AddFilter<BannedWordsFilter>();                  // built by the container, runs after the built-ins

        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        NewsParser parser = provider.GetRequiredService<NewsParser>();
        NewsFilterPipeline pipeline = provider.GetRequiredService<NewsFilterPipeline>();
        // pipeline.Filters: DonationAppeal, PaywallAppeal, NewsletterSignup, BannedWords

        NewsDocument document = parser.Parse("""
            City council votes to expand night bus service
            20230912
            https://www.rivertongazette.com/2023/09/12/night-buses/
            The city council voted 7-2 on Tuesday to extend night bus service to the eastern suburbs from January.
            The expansion will cost about $4.2 million a year, paid for by a parking levy approved last spring.
            Please support our local journalism with a gift of any amount today. It takes less than a minute.
            """);

        NewsCleaningResult result = pipeline.Clean(document);
        foreach (NewsRemovedParagraph removed in result.Removed)
        {
            Console.WriteLine($"{removed.Index} {removed.Filter}: {removed.Reason}");
        }
        // 1 BannedWords: mentions "parking levy"
        // 2 DonationAppeal: donation or membership appeal (score 20 ≥ 10): "please support", "support our", "our", …
        #endregion

        parser.ReaderOptions.MaxParagraphs.Should().Be(5_000);
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup", "BannedWords");
        pipeline.Filters[3].Should().BeOfType<BannedWordsFilter>();
        string[] printed = [.. result.Removed.Select(r => $"{r.Index} {r.Filter}: {r.Reason}")];
        printed.Should().HaveCount(2);
        printed[0].Should().Be("1 BannedWords: mentions \"parking levy\"");
        printed[1].Should().StartWith("2 DonationAppeal: donation or membership appeal (score 20 ≥ 10): \"please support\", \"support our\", \"our\", ");
        result.Document.Paragraphs.Should().Equal(document.Paragraphs[0]);

        // The rules alone without appeal blocks keep an outlet-voice paragraph beside the appeal; the default pipeline removes it.
        NewsDocument withVoice = document.WithParagraphs([.. document.Paragraphs, "Our reporters live in the valley and cover it every day."]);
        pipeline.Clean(withVoice).Removed.Select(r => r.Index).Should().Equal(1, 2);
        NewsFilterPipeline.Default.Clean(withVoice).Removed.Select(r => r.Index).Should().Equal(2, 3);
    }
}

#region di-complete-example-filter
public sealed record BannedWords(string[] Words);

public sealed class BannedWordsFilter(BannedWords banned) : INewsFilter
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
#endregion

/// <summary>The page's "MyFilter": drops bare advertisement labels.</summary>
public sealed class MyFilter : INewsFilter
{
    public string Name => "My";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        paragraph is "Advertisement" ? NewsFilterDecision.RemoveBecause("advertisement label") : NewsFilterDecision.Keep;
}

/// <summary>The page's "NeverFilter": keeps every paragraph.</summary>
public sealed class NeverFilter : INewsFilter
{
    public string Name => "Never";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) => NewsFilterDecision.Keep;
}

/// <summary>The page's "InstanceFilter": drops bare advertisement labels.</summary>
public sealed class InstanceFilter : INewsFilter
{
    public string Name => "Instance";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        paragraph is "Advertisement" ? NewsFilterDecision.RemoveBecause("advertisement label") : NewsFilterDecision.Keep;
}

/// <summary>The page's "FactoryFilter": drops sponsored lines.</summary>
public sealed class FactoryFilter : INewsFilter
{
    public string Name => "Factory";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        paragraph.StartsWith("Sponsored:", StringComparison.Ordinal) ? NewsFilterDecision.RemoveBecause("sponsored line") : NewsFilterDecision.Keep;
}
