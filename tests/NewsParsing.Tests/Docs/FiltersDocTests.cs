using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Docs;

/// <summary>
/// The C# blocks of docs/filters.md, compiled and run. Each block is the <c>#region</c> of the same name in this file
/// (without its indentation); <see cref="DocSnippetTests"/> keeps the page and the regions identical.
/// </summary>
public class FiltersDocTests
{
    // Written for these tests in the seed's style: a small town's paper, with its own appeals and a photo credit.
    private const string FairText = """
        Harwick summer fair moves to the riverside meadow
        20240603
        https://www.harwickherald.com/2024/06/03/summer-fair/
        The Harwick summer fair will move to the riverside meadow this year because the old showground is being rebuilt, the organisers said.
        Please support local reporting in Harwick with a gift of any amount today.
        About 8,000 visitors came to last year's fair, a record for the town.
        Get the Herald's weekend briefing delivered straight to your inbox.
        Photo: Dana Whitfield for the Harwick Herald
        """;

    // Written for these tests: a story from the host the page's rules file names.
    private const string MarinaText = """
        Riverton marina adds berths for visiting boats
        20240510
        https://www.rivertongazette.com/2024/05/10/marina-berths/
        The Riverton marina will add 40 berths for visiting boats before the summer, the harbour board said.
        Gazette Insiders Club: members meet at the Riverton library on the first Thursday of every month.
        Thanks, Riverton readers, for another year of letters and tips.
        Photo: Sam Ortiz for the Riverton Gazette
        """;

    // The rules file shown on the page.
    private const string RulesJson = """
        {
          // comments and trailing commas are allowed
          "publishers": [
            { "host": "rivertongazette.com", "phrases": ["gazette insiders club", "riverton reader*"], "reason": "Gazette club footer" },
            { "host": "*", "patterns": ["^photo: .+ for the .+$"] },
          ]
        }
        """;

    [Fact]
    public void Clean_KeepsTheNews_AndReportsEachRemovalWithIndexFilterAndReason()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = dir.File("summer-fair.txt", FairText);

        #region filters-clean
        NewsDocument document = NewsParser.Default.ParseFile(path);
        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(document);

        IReadOnlyList<string> kept = result.Document.Paragraphs;  // the news, in order
        foreach (NewsRemovedParagraph r in result.Removed)       // Index, Text, Filter, Reason
        {
            Console.WriteLine($"{r.Index} {r.Filter}: {r.Reason}");
        }
        #endregion

        document.Should().Be(NewsParser.Default.Parse(FairText));
        kept.Should().Equal(document.Paragraphs[0], document.Paragraphs[2], document.Paragraphs[4]);
        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal((1, "DonationAppeal"), (3, "NewsletterSignup"));
        result.Removed.Select(r => r.Text).Should().Equal(document.Paragraphs[1], document.Paragraphs[3]);
        result.Removed[0].Reason.Should().StartWith("donation or membership appeal (score ").And.Contain("\"please support\"").And.Contain("\"any amount\"");
        result.Removed[1].Reason.Should().StartWith("newsletter sign-up (score ").And.Contain("\"straight to your inbox\"");
        result.Rebuild().Should().Be(document);
    }

    [Fact]
    public void FilterContract_IsTheLibrarysInterface()
    {
        string[] documented = Shape(typeof(FilterContract.INewsFilter));
        string[] actual = Shape(typeof(INewsFilter));

        documented.Should().Equal(actual, "the page shows the library's INewsFilter member for member");
        documented.Should().Contain("method NewsParsing.Filtering.NewsFilterDecision Evaluate(System.ReadOnlySpan`1[System.Char] paragraph, in NewsParsing.Filtering.NewsFilterContext& context)")
            .And.Contain("property System.String Name (get: True, set: False)");
    }

    [Fact]
    public void Pipeline_HasItsOwnThreshold_NoNewsletterFilter_AndThePhotoCreditFilterLast()
    {
        #region filters-pipeline
        NewsFilterPipeline pipeline = new NewsFilterPipelineBuilder()
            .AddDefaultFilters(new AppealFilterOptions { Threshold = 12 })   // DonationAppeal, PaywallAppeal, NewsletterSignup
            .Remove(NewsletterSignupFilter.FilterName)
            .Add(new PhotoCreditFilter())
            .Build();
        #endregion

        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "PhotoCredit");
        NewsDocument document = NewsParser.Default.Parse(FairText);
        NewsCleaningResult result = pipeline.Clean(document);

        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal((1, "DonationAppeal"), (4, "PhotoCredit"));
        result.Removed[0].Reason.Should().StartWith("donation or membership appeal (score ").And.Contain(" ≥ 12): ", "the pipeline's threshold is 12");
        result.Removed[1].Reason.Should().Be("photo credit");
        result.Document.Paragraphs.Should().Contain(document.Paragraphs[3], "the newsletter filter was removed");
    }

    [Fact]
    public void CustomFilter_RemovesPhotoCredits_AndKeepsEverythingElse()
    {
        NewsDocument document = NewsParser.Default.Parse(FairText);
        var context = new NewsFilterContext(document, 4);
        var filter = new PhotoCreditFilter();

        filter.Name.Should().Be("PhotoCredit");
        filter.Evaluate(document.Paragraphs[4], context).Should().Be(NewsFilterDecision.RemoveBecause("photo credit"));
        filter.Evaluate("PHOTO: Harwick Herald archive", context).Remove.Should().BeTrue("the prefix is matched ignoring case");
        filter.Evaluate("Photographers lined the riverbank for the regatta.", context).Should().Be(NewsFilterDecision.Keep);
        filter.Evaluate(document.Paragraphs[0], context).Should().Be(NewsFilterDecision.Keep);
    }

    [Fact]
    public void PublisherRules_FromAFile_RemoveTheHostsPhrasesAndEveryHostsPatterns_AfterTheBuiltIns()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = dir.File("rules.json", RulesJson);

        #region filters-publisher-rules
        NewsPublisherRules rules = NewsPublisherRules.Load(path);   // or NewsPublisherRules.Parse(json)
        NewsFilterPipeline pipeline = new NewsFilterPipelineBuilder().AddDefaultFilters().AddPublisherRules(rules).Build();
        #endregion

        rules.Rules.Should().HaveCount(2);
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup", "PublisherRules");
        NewsDocument document = NewsParser.Default.Parse(MarinaText);
        NewsCleaningResult result = pipeline.Clean(document);

        result.Removed.Select(r => (r.Index, r.Filter, r.Reason)).Should().Equal(
            (1, "PublisherRules", "Gazette club footer"),
            (2, "PublisherRules", "Gazette club footer"),
            (3, "PublisherRules", "publisher rule for *: pattern /^photo: .+ for the .+$/"));
        result.Document.Paragraphs.Should().Equal(document.Paragraphs[0]);

        NewsDocument elsewhere = new()
        {
            Title = document.Title,
            Date = document.Date,
            Url = new Uri("https://www.othergazette.com/2024/05/10/marina-berths/"),
            Paragraphs = document.Paragraphs,
        };
        pipeline.Clean(elsewhere).Removed.Select(r => r.Index).Should().Equal([3], "only the \"*\" rule applies to another host");
    }

    [Fact]
    public async Task RemovalReport_OfNewsparseClean_RebuildsTheParsedDocument()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("summer-fair.txt", FairText);
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(["clean", file], stdout, stderr, TestContext.Current.CancellationToken);
        exit.Should().Be(0, stderr.ToString());
        string jsonLine = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n')[0];

        #region filters-rebuild-from-report
        JsonElement line = JsonDocument.Parse(jsonLine).RootElement;
        var cleaned = new NewsDocument
        {
            Title = line.GetProperty("title").GetString()!,
            Date = DateOnly.ParseExact(line.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Url = new Uri(line.GetProperty("url").GetString()!),
            Paragraphs = [.. line.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()!)],
        };
        IEnumerable<NewsRemovedParagraph> removed = line.GetProperty("removed").EnumerateArray().Select(r => new NewsRemovedParagraph(
            r.GetProperty("index").GetInt32(), r.GetProperty("text").GetString()!, r.GetProperty("filter").GetString()!, r.GetProperty("reason").GetString()!));
        NewsDocument original = NewsCleaningResult.Rebuild(cleaned, removed);
        #endregion

        NewsDocument parsed = NewsParser.Default.ParseFile(file);
        NewsCleaningResult expected = NewsFilterPipeline.Default.Clean(parsed);
        expected.Removed.Should().HaveCount(2, "the report has removals to put back");
        cleaned.Should().Be(expected.Document);
        removed.Should().Equal(expected.Removed);
        original.Should().Be(parsed);
    }

    /// <summary>Every member of <paramref name="type"/> as text: kind, type, name and parameters (with <c>in</c>).</summary>
    private static string[] Shape(Type type) =>
        [.. type.GetMembers().Select(Describe).Order(StringComparer.Ordinal)];

    private static string Describe(MemberInfo member) => member switch
    {
        PropertyInfo p => $"property {p.PropertyType} {p.Name} (get: {p.CanRead}, set: {p.CanWrite})",
        MethodInfo m => $"method {m.ReturnType} {m.Name}({string.Join(", ", m.GetParameters().Select(p => $"{(p.IsIn ? "in " : "")}{p.ParameterType} {p.Name}"))})",
        _ => $"{member.MemberType} {member.Name}",
    };
}

#region filters-custom-filter
public sealed class PhotoCreditFilter : INewsFilter
{
    public string Name => "PhotoCredit";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        paragraph.StartsWith("Photo:", StringComparison.OrdinalIgnoreCase)
            ? NewsFilterDecision.RemoveBecause("photo credit")
            : NewsFilterDecision.Keep;
}
#endregion

/// <summary>
/// The contract as the page shows it, declared apart from the library's <see cref="NewsParsing.Filtering.INewsFilter"/>
/// so that a test can compare the two member for member.
/// </summary>
internal static class FilterContract
{
    #region filters-contract
    public interface INewsFilter
    {
        string Name { get; }
        NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context);
    }
    #endregion
}
