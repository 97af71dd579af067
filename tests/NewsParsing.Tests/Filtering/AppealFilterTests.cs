using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Tests.Filtering;

public class AppealFilterTests
{
    private static readonly NewsDocument Header = NewsFilterPipelineTests.Gazette;

    [Theory]
    [InlineData("We’re a nonprofit newsroom, and we can’t do this without you. Give $5/month — or any amount — to keep our reporting free.")]
    [InlineData("Were a nonprofit newsroom, and we cant do this without you. Give $5month  or any amount  to keep our reporting free.")]
    [InlineData("Before you go: our journalism is funded by readers like you. Will you chip in today?")]
    [InlineData("Become a member of the Gazette from just £4 a month and read without ads.")]
    [InlineData("Donate")]
    [InlineData("Remind me later")]
    public void DonationAppeal_RemovesAppeals_InBothTypographies(string paragraph)
    {
        NewsFilterDecision decision = new DonationAppealFilter().Evaluate(paragraph, new NewsFilterContext(Header, 0));

        decision.Remove.Should().BeTrue();
        decision.Reason.Should().StartWith("donation or membership appeal");
    }

    [Theory]
    [InlineData("You’ve read 3 of your 5 free articles this month.")]
    [InlineData("Youve read 3 of your 5 free articles this month.")]
    [InlineData("Subscribe to continue reading. Cancel anytime.")]
    [InlineData("Already a subscriber? Log in")]
    [InlineData("Create a free account to keep reading this story.")]
    public void PaywallAppeal_RemovesWallsAndMeters(string paragraph)
    {
        new PaywallAppealFilter().Evaluate(paragraph, new NewsFilterContext(Header, 0)).Remove.Should().BeTrue();
    }

    [Theory]
    [InlineData("Sign up for our free morning newsletter, delivered straight to your inbox.")]
    [InlineData("Get The Daily Brief — our best stories, in your inbox every weekday.")]
    public void NewsletterSignup_RemovesSignUps(string paragraph)
    {
        new NewsletterSignupFilter().Evaluate(paragraph, new NewsFilterContext(Header, 0)).Remove.Should().BeTrue();
    }

    [Theory]
    [InlineData("The European Union pledged €1.5 billion in humanitarian aid on Monday, and member states promised another €600 million.")]
    [InlineData("“Please give blood if you can,” the health minister told reporters, adding that reserves were at a ten-year low.")]
    [InlineData("Please give blood if you can, the health minister told reporters, adding that reserves were at a ten-year low.")]
    [InlineData("A GoFundMe campaign for the flooded clinic has raised $85,000 from about 1,200 donors, its organizers said.")]
    [InlineData("Finland formally applied for NATO membership on Wednesday, ending decades of military non-alignment.")]
    [InlineData("The streaming service raised its basic plan to $11.99 a month, the company said, citing higher content costs.")]
    [InlineData("The newspaper put its website behind a paywall in 2019 and now has about 90,000 digital subscribers, executives said.")]
    [InlineData("We will support every family that lost a home, and we will not stop until they are back on their feet, the governor said.")]
    [InlineData("The regulator froze the accounts of 14 companies linked to the sanctioned banker.")]
    [InlineData("MAYOR LINDQVIST: If your listeners want to help, please donate to the food bank. Every dollar goes to families.")]
    public void Filters_KeepTrickyNews(string paragraph)
    {
        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(Header.WithParagraphs([paragraph]));

        result.Removed.Should().BeEmpty(result.Removed.FirstOrDefault()?.Reason);
    }

    [Fact]
    public void Analyze_KeptParagraph_AllocatesNothing()
    {
        const string news = "The city council voted 7-2 on Tuesday to extend night bus service to the eastern suburbs from January, officials said.";
        string key = AppealAnalyzer.OutletKey("www.rivertongazette.com")!;
        AppealAnalyzer.Analyze(news, key);
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(news);
        AppealAnalyzer.Analyze(utf8, key);

        long before = GC.GetAllocatedBytesForCurrentThread();
        AppealScore score = default;
        for (int i = 0; i < 100; i++)
        {
            score = AppealAnalyzer.Analyze(news, key);
            score = AppealAnalyzer.Analyze(utf8.AsSpan(), key);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        score.Should().Be(AppealScore.Zero);
        allocated.Should().Be(0);
    }

    [Fact]
    public void OutletKey_ComesFromTheHost()
    {
        AppealAnalyzer.OutletKey("www.timesofisrael.com").Should().Be("timesofisrael");
        AppealAnalyzer.OutletKey("en.example-gazette.co.uk").Should().Be("examplegazette");
        AppealAnalyzer.OutletKey("npr.org").Should().BeNull("a short name would match inside other words");
    }
}
