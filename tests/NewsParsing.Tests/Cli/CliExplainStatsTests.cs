using NewsParsing.Filtering;
using NewsParsing.Tests.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Cli;

public class CliExplainStatsTests
{
    [Fact]
    public async Task Explain_MarksEachParagraph_WithFilterReasonAndCues()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());

        (int exit, string stdout, _) = await CliAppTests.RunAsync("explain", file);

        exit.Should().Be(0);
        stdout.Should().Contain("[3] REMOVED by DonationAppeal: donation or membership appeal (score")
            .And.Contain("[5] REMOVED by PaywallAppeal")
            .And.Contain("[8] kept")
            .And.Contain("news cues: \"residents can\", \"officials\"")
            .And.Contain("9 paragraphs, 5 removed")
            .And.NotContain("\u001b[", "output that is not a terminal has no colour codes");
    }

    [Fact]
    public async Task Explain_Color_AddsAnsiCodes_AndABadFileExits1()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string good = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());
        string bad = dir.File("bad.txt", "Title\nnot a date\n");

        (_, string colored, _) = await CliAppTests.RunAsync("explain", good, "--color");
        (int exit, _, string stderr) = await CliAppTests.RunAsync("explain", bad);

        colored.Should().Contain("\u001b[31m[3] REMOVED");
        exit.Should().Be(1);
        stderr.Should().Contain("bad.txt:2:1: expected a date as yyyyMMdd");
    }

    [Fact]
    public async Task Explain_ThresholdAndRules_ChangeThePipelineItExplains()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());
        string rules = dir.File("rules.json", """{ "publishers": [ { "host": "rivertongazette.com", "phrases": ["night bus service"], "reason": "test rule" } ] }""");

        (_, string byDefault, _) = await CliAppTests.RunAsync("explain", file);
        (int exit, string strict, _) = await CliAppTests.RunAsync("explain", file, "--threshold", "40", "--rules", rules);

        exit.Should().Be(0);
        byDefault.Should().Contain("[0] kept").And.Contain("[7] REMOVED by NewsletterSignup: newsletter sign-up (score 19 ≥ 10)");
        strict.Should().Contain("[0] REMOVED by PublisherRules").And.Contain("[7] kept").And.NotContain("REMOVED by NewsletterSignup");
    }

    [Fact]
    public async Task Stats_CountsHostsDatesRemovalsAndErrors()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", NewsFilterPipelineTests.Gazette.ToString());
        dir.File("b.txt", NewsCorpusTests.Doc("Other", "Plain news."));
        dir.File("c.txt", "Broken\n");

        (int exit, string stdout, _) = await CliAppTests.RunAsync("stats", dir.Path);

        exit.Should().Be(1);
        stdout.Should().Contain("documents    2").And.Contain("errors       1").And.Contain("paragraphs   10")
            .And.Contain("dates        2023-03-01 .. 2023-09-12")
            .And.Contain("1  www.rivertongazette.com").And.Contain("1  www.example-gazette.com")
            .And.Contain("3  DonationAppeal").And.Contain("1  MissingDate");
    }

    [Fact]
    public void AppealExplanation_ListsCuesOnBothSides()
    {
        NewsAppealExplanation why = NewsAppealExplanation.Explain("Please give blood, the minister said.", "www.example.org");

        why.AppealCues.Should().Contain("please give");
        why.NewsCues.Should().Contain("said");
        why.Score.Should().BeLessThan(AppealFilterOptions.DefaultThreshold);
        why.Kind.Should().Be("donation");
    }
}
