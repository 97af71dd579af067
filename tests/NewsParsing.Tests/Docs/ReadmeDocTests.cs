using Microsoft.Extensions.DependencyInjection;
using NewsParsing.Filtering;

namespace NewsParsing.Tests.Docs;

/// <summary>
/// The C# blocks of README.md, compiled and run. Each block is the <c>#region</c> of the same name in this file
/// (without its indentation); <see cref="DocSnippetTests"/> keeps the page and the regions identical.
/// </summary>
public class ReadmeDocTests
{
    // Written for these tests in the seed's style: a small town's paper, with its own appeals and footer.
    private const string SkateParkText = """
        Harwick council approves skate park beside the river
        20240415
        https://www.harwickherald.com/2024/04/15/skate-park/
        The Harwick town council approved a new skate park beside the river on Monday, after three years of debate.
        Get the Herald's weekend briefing delivered straight to your inbox.
        Please support local reporting in Harwick with a gift of any amount today.
        © 2024 The Harwick Herald. All rights reserved.
        Construction is due to start in the spring, the council said.
        """;

    [Fact]
    public void QuickStart_ParsesTheDocument_RemovesTheDonationAppeal_AndReportsTheBadDate()
    {
        #region readme-quick-start
        string text = """
            Port authority approves new ferry terminal
            20230614
            https://www.example-gazette.com/2023/06/14/ferry-terminal/
            The regional port authority on Wednesday approved plans for a new ferry terminal.
            Please support our independent journalism with a gift of any amount today.
            Construction is expected to begin in October.
            """;

        NewsDocument document = NewsParser.Default.Parse(text);
        // document.Title == "Port authority approves new ferry terminal", document.Date == new DateOnly(2023, 6, 14)

        NewsCleaningResult cleaned = NewsFilterPipeline.Default.Clean(document);
        // cleaned.Document.Paragraphs: the two news paragraphs
        // cleaned.Removed[0]: Index 1, Filter "DonationAppeal", Reason "donation or membership appeal (score …): \"please support\", …"

        if (!NewsParser.Default.TryParse("Title\n2022-13-01\nhttps://a.example/\nBody", out _, out NewsParseError? error))
        {
            Console.WriteLine(error.Message); // line 2, column 1: expected a date as yyyyMMdd, found "2022-13-01"
        }
        #endregion

        document.Title.Should().Be("Port authority approves new ferry terminal");
        document.Date.Should().Be(new DateOnly(2023, 6, 14));
        document.Paragraphs.Should().HaveCount(3);
        cleaned.Document.Paragraphs.Should().Equal(
            "The regional port authority on Wednesday approved plans for a new ferry terminal.",
            "Construction is expected to begin in October.");
        NewsRemovedParagraph removed = cleaned.Removed.Should().ContainSingle().Which;
        removed.Index.Should().Be(1);
        removed.Filter.Should().Be("DonationAppeal");
        removed.Text.Should().Be("Please support our independent journalism with a gift of any amount today.");
        removed.Reason.Should().StartWith("donation or membership appeal (score ").And.Contain("): \"please support\", ");
        error.Should().NotBeNull("the date 2022-13-01 has no month 13");
        error!.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        error.Message.Should().Be("line 2, column 1: expected a date as yyyyMMdd, found \"2022-13-01\"");
    }

    [Fact]
    public void DependencyInjection_SetsTheLimit_AddsTheContainerBuiltFilterAfterTheBuiltIns_AndRemovesTheNewsletterFilter()
    {
        var services = new ServiceCollection();

        #region readme-di
        services.AddNewsParsing(o => o.MaxParagraphs = 5_000)
                .AddFilter<MyOutletFooterFilter>()              // constructed by the container, runs after the built-ins
                .RemoveFilter(NewsletterSignupFilter.FilterName);
        #endregion

        using ServiceProvider provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        NewsParser parser = provider.GetRequiredService<NewsParser>();
        NewsFilterPipeline pipeline = provider.GetRequiredService<NewsFilterPipeline>();
        parser.ReaderOptions.MaxParagraphs.Should().Be(5_000);
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "MyOutletFooter");
        pipeline.Filters[2].Should().BeSameAs(provider.GetRequiredService<MyOutletFooterFilter>(), "the container built the filter");

        NewsDocument document = parser.Parse(SkateParkText);
        NewsCleaningResult result = pipeline.Clean(document);

        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal((2, "DonationAppeal"), (3, "MyOutletFooter"));
        result.Removed[1].Reason.Should().Be("outlet footer");
        result.Document.Paragraphs.Should().Equal(document.Paragraphs[0], document.Paragraphs[1], document.Paragraphs[4]);
        NewsFilterPipeline.Default.Clean(document).Removed.Should().Contain(r => r.Index == 1 && r.Filter == "NewsletterSignup",
            "the newsletter prompt is kept above only because NewsletterSignup was removed");
    }
}

/// <summary>The README's "your own filter": drops the outlet's copyright line.</summary>
public sealed class MyOutletFooterFilter : INewsFilter
{
    public string Name => "MyOutletFooter";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        paragraph.StartsWith("© ", StringComparison.Ordinal) ? NewsFilterDecision.RemoveBecause("outlet footer") : NewsFilterDecision.Keep;
}
