using NewsParsing.Filtering;

namespace NewsParsing.Tests;

/// <summary>The README's quick start, compiled and checked.</summary>
public class ReadmeTests
{
    [Fact]
    public void QuickStart_WorksAsTheReadmeSays()
    {
        string text = """
            Port authority approves new ferry terminal
            20230614
            https://www.example-gazette.com/2023/06/14/ferry-terminal/
            The regional port authority on Wednesday approved plans for a new ferry terminal.
            Please support our independent journalism with a gift of any amount today.
            Construction is expected to begin in October.
            """;

        NewsDocument document = NewsParser.Default.Parse(text);
        NewsCleaningResult cleaned = NewsFilterPipeline.Default.Clean(document);

        document.Title.Should().Be("Port authority approves new ferry terminal");
        document.Date.Should().Be(new DateOnly(2023, 6, 14));
        cleaned.Document.Paragraphs.Should().Equal(document.Paragraphs[0], document.Paragraphs[2]);
        cleaned.Removed.Should().ContainSingle();
        cleaned.Removed[0].Index.Should().Be(1);
        cleaned.Removed[0].Filter.Should().Be("DonationAppeal");
        cleaned.Removed[0].Reason.Should().StartWith("donation or membership appeal (score ").And.Contain("\"please support\"");

        NewsParser.Default.TryParse("Title\n2022-13-01\nhttps://a.example/\nBody", out _, out NewsParseError? error).Should().BeFalse();
        error!.Message.Should().Be("line 2, column 1: expected a date as yyyyMMdd, found \"2022-13-01\"");
    }

    [Fact]
    public void Readme_QuickStartBlock_MatchesThisTest()
    {
        string readme = File.ReadAllText(Path.Combine(Support.Fixture.RepositoryRoot, "README.md"));

        readme.Should().Contain("Please support our independent journalism with a gift of any amount today.")
            .And.Contain("NewsParser.Default.Parse(text)")
            .And.Contain("NewsFilterPipeline.Default.Clean(document)")
            .And.Contain("line 2, column 1: expected a date as yyyyMMdd, found \"2022-13-01\"");
    }
}
