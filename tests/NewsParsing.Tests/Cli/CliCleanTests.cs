using System.Text.Json;
using NewsParsing.Filtering;
using NewsParsing.Tests.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Cli;

public class CliCleanTests
{
    [Fact]
    public async Task Clean_WritesKeptParagraphs_AndEveryRemovalWithIndexFilterReason_AndASummary()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());
        dir.File("broken.txt", "Broken\n20220101\nnot-a-url\nBody\n");

        (int exit, string stdout, string stderr) = await CliAppTests.RunAsync("clean", dir.Path);

        exit.Should().Be(1);
        List<JsonElement> lines = CliAppTests.Lines(stdout);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("error").GetProperty("kind").GetString().Should().Be("InvalidUrl");
        JsonElement doc = lines[1];
        NewsCleaningResult expected = NewsFilterPipeline.Default.Clean(NewsFilterPipelineTests.Gazette);
        doc.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).Should().Equal(expected.Document.Paragraphs);
        var removed = doc.GetProperty("removed").EnumerateArray().ToList();
        removed.Select(r => r.GetProperty("index").GetInt32()).Should().Equal(expected.Removed.Select(r => r.Index));
        removed.Select(r => r.GetProperty("filter").GetString()).Should().Equal(expected.Removed.Select(r => r.Filter));
        removed.Select(r => r.GetProperty("text").GetString()).Should().Equal(expected.Removed.Select(r => r.Text));
        removed.Should().OnlyContain(r => r.GetProperty("reason").GetString()!.Length > 0);
        stderr.Should().Contain("newsparse clean: 1 documents, 9 paragraphs, 5 removed (DonationAppeal 3, NewsletterSignup 1, PaywallAppeal 1)");
    }

    [Fact]
    public async Task Clean_OutputAndRemovals_RebuildTheParsedDocument()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());

        (_, string stdout, _) = await CliAppTests.RunAsync("clean", file);

        JsonElement doc = CliAppTests.Lines(stdout)[0];
        NewsDocument cleaned = NewsFilterPipelineTests.Gazette.WithParagraphs(doc.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!));
        var removals = doc.GetProperty("removed").EnumerateArray()
            .Select(r => new NewsRemovedParagraph(r.GetProperty("index").GetInt32(), r.GetProperty("text").GetString()!, r.GetProperty("filter").GetString()!, r.GetProperty("reason").GetString()!));
        NewsCleaningResult.Rebuild(cleaned, removals).Should().Be(NewsFilterPipelineTests.Gazette);
    }

    [Fact]
    public async Task Clean_FiltersOption_RunsOnlyTheNamedFilters()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());

        (int exit, string stdout, _) = await CliAppTests.RunAsync("clean", file, "--filters", "PaywallAppeal");

        exit.Should().Be(0);
        CliAppTests.Lines(stdout)[0].GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("filter").GetString()).Should().Equal("PaywallAppeal");
    }

    [Fact]
    public async Task Clean_RulesFile_AddsPublisherPhrases()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());
        string rules = dir.File("rules.json", """{ "publishers": [ { "host": "rivertongazette.com", "phrases": ["night bus service"], "reason": "test rule" } ] }""");

        (_, string stdout, _) = await CliAppTests.RunAsync("clean", file, "--rules", rules);

        CliAppTests.Lines(stdout)[0].GetProperty("removed").EnumerateArray()
            .Should().Contain(r => r.GetProperty("filter").GetString() == "PublisherRules" && r.GetProperty("index").GetInt32() == 0);
    }

    [Fact]
    public async Task Clean_ThresholdOption_RemovesWhatThePipelineWithThatThresholdRemoves()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());
        var options = new AppealFilterOptions { Threshold = 40 }; // the learned model reviews scores down to 31
        NewsFilterPipeline strict = new NewsFilterPipelineBuilder()
            .AddDonationAppealFilter(options).AddPaywallAppealFilter(options).AddNewsletterSignupFilter(options).Build();
        int[] expected = [.. strict.Clean(NewsFilterPipelineTests.Gazette).Removed.Select(r => r.Index)];

        (int exit, string stdout, string stderr) = await CliAppTests.RunAsync("clean", file, "--threshold", "40");

        exit.Should().Be(0);
        CliAppTests.Lines(stdout)[0].GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()).Should().Equal(expected);
        expected.Should().HaveCountLessThan(NewsFilterPipeline.Default.Clean(NewsFilterPipelineTests.Gazette).Removed.Count, "a higher threshold keeps more");
        stderr.Should().Contain($"{expected.Length} removed");
    }

    [Fact]
    public async Task Clean_NoModel_DecidesByTheRulesAlone()
    {
        // The rules remove the second paragraph ("every dollar" 8 + the outlet's "us" 2); the learned model keeps it.
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("budget.txt", "Budget\n20240105\nhttps://www.example-gazette.com/a\nEvery dollar in the US budget now goes further.\nEvery dollar in the budget now goes further with us.\n");

        (int exit, string rulesOnly, _) = await CliAppTests.RunAsync("clean", file, "--no-model");
        (_, string withModel, _) = await CliAppTests.RunAsync("clean", file);

        exit.Should().Be(0);
        CliAppTests.Lines(rulesOnly)[0].GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("index").GetInt32()).Should().Equal(1);
        System.Text.Json.JsonElement record = CliAppTests.Lines(withModel)[0];
        record.GetProperty("paragraphs").GetArrayLength().Should().Be(2);
        (record.TryGetProperty("removed", out System.Text.Json.JsonElement removed) ? removed.GetArrayLength() : 0).Should().Be(0);
    }

    [Theory]
    [InlineData("--filters", "NoSuchFilter")]
    [InlineData("--rules", "/no/such/rules.json")]
    [InlineData("--threshold", "0")]
    [InlineData("--threshold", "-3")]
    [InlineData("--threshold", "ten")]
    public async Task Clean_BadOption_IsAUsageError(string option, string value)
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("gazette.txt", NewsFilterPipelineTests.Gazette.ToString());

        (int exit, string stdout, string stderr) = await CliAppTests.RunAsync("clean", file, option, value);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("newsparse: ");
    }

    [Fact]
    public async Task Clean_RemovedFile_AndOutput_RebuildEveryParsedDocumentOfTheCorpus()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string corpus = Path.Combine(dir.Path, "corpus");
        dir.File("corpus/gazette.txt", NewsFilterPipelineTests.Gazette.ToString());
        dir.File("corpus/plain.txt", NewsCorpusTests.Doc("Plain", "Only news here."));
        string output = Path.Combine(dir.Path, "clean.jsonl");
        string removedFile = Path.Combine(dir.Path, "removed.jsonl");

        (int exit, _, _) = await CliAppTests.RunAsync("clean", corpus, "--output", output, "--removed", removedFile);

        exit.Should().Be(0);
        var removedByPath = CliAppTests.Lines(await File.ReadAllTextAsync(removedFile, TestContext.Current.CancellationToken))
            .GroupBy(r => r.GetProperty("path").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(r => new NewsRemovedParagraph(r.GetProperty("index").GetInt32(), r.GetProperty("text").GetString()!, r.GetProperty("filter").GetString()!, r.GetProperty("reason").GetString()!)).ToList());
        foreach (JsonElement record in CliAppTests.Lines(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)))
        {
            string path = record.GetProperty("path").GetString()!;
            NewsDocument original = NewsParser.Default.ParseFile(path);
            NewsDocument cleaned = original.WithParagraphs(record.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!));
            NewsCleaningResult.Rebuild(cleaned, removedByPath.GetValueOrDefault(path) ?? []).Should().Be(original, path);
        }

        removedByPath.Should().ContainSingle().Which.Value.Should().HaveCount(5);
    }
}
