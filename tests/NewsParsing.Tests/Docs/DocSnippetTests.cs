using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsParsing.Filtering;
using NewsParsing.Reading;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Docs;

/// <summary>
/// The C# blocks of docs/getting-started.md, compiled and checked. Each block is the <c>#region</c> of the same name in
/// this file (without its indentation); the last test keeps the page and the regions identical.
/// </summary>
public class DocSnippetTests
{
    private const string DocPath = "docs/getting-started.md";
    private const string SourcePath = "tests/NewsParsing.Tests/Docs/DocSnippetTests.cs";

    // Written for these tests in the seed's style: a small town's paper, with its own appeals.
    private const string LibraryText = """
        Millbrook library reopens after two-year renovation
        20240317
        https://www.millbrookcourier.com/2024/03/17/library-reopens/
        The Millbrook public library reopened on Saturday after a two-year renovation that added a children's wing and a rooftop reading garden.
        About 1,200 people came through the doors on the first day, the head librarian said.
        The work cost 6.4 million dollars, most of it from a county bond that voters approved in 2021.
        """;

    private const string FerryText = """
        Town council backs plan for a second ferry to Gull Island
        20240502
        https://www.millbrookcourier.com/2024/05/02/second-ferry/
        The Millbrook town council voted 5-2 on Wednesday to back a plan for a second ferry to Gull Island, where summer queues now reach three hours.
        If you value local news, please chip in with a gift of any amount to keep the Courier reporting.
        The harbour master said a second boat could start sailing in June 2025 if the county pays for a new landing ramp.
        Get the Courier's morning briefing delivered straight to your inbox.
        Two councillors who voted against the plan said the island's roads could not take more cars.
        """;

    private const string BrokenText = """
        Millbrook library reopens after two-year renovation
        17 March 2024
        https://www.millbrookcourier.com/2024/03/17/library-reopens/
        The doors opened at nine on Saturday morning.
        """;

    [Fact]
    public void ParseText_ReadsTheHeaderAndEveryParagraph()
    {
        #region parse-text
        NewsDocument document = NewsParser.Default.Parse("""
            Millbrook library reopens after two-year renovation
            20240317
            https://www.millbrookcourier.com/2024/03/17/library-reopens/
            The Millbrook public library reopened on Saturday after a two-year renovation that added a children's wing and a rooftop reading garden.
            About 1,200 people came through the doors on the first day, the head librarian said.
            The work cost 6.4 million dollars, most of it from a county bond that voters approved in 2021.
            """);

        // document.Title       "Millbrook library reopens after two-year renovation"
        // document.Date        new DateOnly(2024, 3, 17)
        // document.Url         https://www.millbrookcourier.com/2024/03/17/library-reopens/ (an absolute Uri)
        // document.Host        "www.millbrookcourier.com"
        // document.Paragraphs  the three body lines, in order
        #endregion

        document.Title.Should().Be("Millbrook library reopens after two-year renovation");
        document.Date.Should().Be(new DateOnly(2024, 3, 17));
        document.Url.Should().Be(new Uri("https://www.millbrookcourier.com/2024/03/17/library-reopens/"));
        document.Url.IsAbsoluteUri.Should().BeTrue();
        document.Host.Should().Be("www.millbrookcourier.com");
        document.Paragraphs.Should().HaveCount(3);
        document.Paragraphs[0].Should().StartWith("The Millbrook public library reopened on Saturday");
        document.Paragraphs[1].Should().Be("About 1,200 people came through the doors on the first day, the head librarian said.");
        document.Paragraphs[2].Should().Be("The work cost 6.4 million dollars, most of it from a county bond that voters approved in 2021.");
        document.Should().Be(NewsParser.Default.Parse(LibraryText), "the other snippets read this document from a file");
    }

    [Fact]
    public async Task ParseBytesFilesAndStreams_GiveTheSameDocument()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = dir.File("library.txt", LibraryText);
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        #region parse-bytes-files-streams
        byte[] utf8 = File.ReadAllBytes(path);
        NewsDocument fromBytes = NewsParser.Default.Parse(utf8);          // UTF-8 bytes: the fastest path

        NewsDocument fromFile = NewsParser.Default.ParseFile(path);       // a name ending in .gz is decompressed
        NewsDocument fromFileAsync = await NewsParser.Default.ParseFileAsync(path, cancellationToken);

        await using FileStream stream = File.OpenRead(path);
        NewsDocument fromStream = await NewsParser.Default.ParseAsync(stream, cancellationToken);

        // all four are equal
        #endregion

        NewsDocument expected = NewsParser.Default.Parse(LibraryText);
        fromBytes.Should().Be(expected);
        fromFile.Should().Be(expected);
        fromFileAsync.Should().Be(expected);
        fromStream.Should().Be(expected);
        fromBytes.Title.Should().Be("Millbrook library reopens after two-year renovation");
    }

    [Fact]
    public void TryParse_BadDate_ReportsKindLineAndColumn_AndParseThrowsTheSameError()
    {
        #region try-parse
        string text = """
            Millbrook library reopens after two-year renovation
            17 March 2024
            https://www.millbrookcourier.com/2024/03/17/library-reopens/
            The doors opened at nine on Saturday morning.
            """;

        if (NewsParser.Default.TryParse(text, out NewsDocument? document, out NewsParseError? error))
        {
            Console.WriteLine(document.Title);
        }
        else
        {
            Console.WriteLine($"{error.Kind} at line {error.LineNumber}, column {error.ColumnNumber}");
            // InvalidDate at line 2, column 1
            Console.WriteLine(error.Message);
            // line 2, column 1: expected a date as yyyyMMdd, found "17 March 2024"
        }
        #endregion

        text.Should().Be(BrokenText);
        document.Should().BeNull();
        error.Should().NotBeNull();
        NewsParseError reported = error!;
        reported.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        reported.LineNumber.Should().Be(2);
        reported.ColumnNumber.Should().Be(1);
        $"{reported.Kind} at line {reported.LineNumber}, column {reported.ColumnNumber}".Should().Be("InvalidDate at line 2, column 1");
        reported.Message.Should().Be("line 2, column 1: expected a date as yyyyMMdd, found \"17 March 2024\"");

        Action parse = () => NewsParser.Default.Parse(text);
        NewsParseException thrown = parse.Should().Throw<NewsParseException>().Which;
        thrown.Should().BeAssignableTo<FormatException>();
        thrown.Error.Should().Be(reported);
        thrown.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        thrown.LineNumber.Should().Be(2);
        thrown.ColumnNumber.Should().Be(1);
    }

    [Fact]
    public async Task ReadCorpus_GivesOneResultPerFileInPathOrder_AndABadFileDoesNotStopTheOthers()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("corpus/2024/library.txt", LibraryText);
        dir.File("corpus/2024/ferry.txt", FerryText);
        dir.File("corpus/2024/broken.txt", BrokenText);
        dir.File("corpus/2024/notes.md", "Not a corpus document.");
        string corpusFolder = Path.Combine(dir.Path, "corpus");
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        #region read-corpus
        var titles = new List<string>();
        var errors = new List<NewsParseError>();
        await foreach (NewsParseResult result in NewsCorpus.ReadAsync([corpusFolder], cancellationToken: cancellationToken))
        {
            if (result.IsSuccess)
            {
                titles.Add(result.Document.Title);
            }
            else
            {
                errors.Add(result.Error);   // a bad file is a result too
            }
        }

        // Read in ordinal path order: 2024/broken.txt, 2024/ferry.txt, 2024/library.txt (notes.md is skipped).
        // errors[0].Message: "<corpusFolder>/2024/broken.txt:2:1: expected a date as yyyyMMdd, found \"17 March 2024\""
        #endregion

        string broken = Path.Combine(corpusFolder, "2024", "broken.txt");
        titles.Should().Equal("Town council backs plan for a second ferry to Gull Island", "Millbrook library reopens after two-year renovation");
        errors.Should().ContainSingle();
        errors[0].Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        errors[0].SourcePath.Should().Be(broken);
        errors[0].Message.Should().Be($"{broken}:2:1: expected a date as yyyyMMdd, found \"17 March 2024\"");
        NewsCorpus.EnumerateFiles([corpusFolder]).Select(f => Path.GetFileName(f)).Should().Equal("broken.txt", "ferry.txt", "library.txt");
    }

    [Fact]
    public void Reader_WalksTheTokens_AndReadsTheDateAndParagraphs()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = dir.File("library.txt", LibraryText);

        #region news-reader
        byte[] utf8 = File.ReadAllBytes(path);
        var reader = new NewsReader(utf8);   // strict, default limits; new NewsReader(utf8, new NewsReaderOptions { Lenient = true }) relaxes them
        DateOnly date = default;
        int paragraphs = 0;
        int longest = 0;
        while (reader.Read())                // throws NewsParseException on bad input; TryRead(out error) returns it instead
        {
            if (reader.TokenKind == NewsTokenKind.Date)
            {
                date = reader.GetDate();
            }
            else if (reader.TokenKind == NewsTokenKind.Paragraph)
            {
                paragraphs++;
                longest = Math.Max(longest, reader.ValueSpan.Length);   // UTF-8 bytes, trimmed, without the line ending
            }
        }

        // date == new DateOnly(2024, 3, 17), paragraphs == 3; the loop created no string
        #endregion

        date.Should().Be(new DateOnly(2024, 3, 17));
        paragraphs.Should().Be(3);
        longest.Should().Be(NewsParser.Default.Parse(LibraryText).Paragraphs.Max(p => Encoding.UTF8.GetByteCount(p)));
    }

    [Fact]
    public void Clean_RemovesTheDonationAndNewsletterAppeals_WithIndexFilterAndReason_AndRebuilds()
    {
        #region clean
        NewsDocument document = NewsParser.Default.Parse("""
            Town council backs plan for a second ferry to Gull Island
            20240502
            https://www.millbrookcourier.com/2024/05/02/second-ferry/
            The Millbrook town council voted 5-2 on Wednesday to back a plan for a second ferry to Gull Island, where summer queues now reach three hours.
            If you value local news, please chip in with a gift of any amount to keep the Courier reporting.
            The harbour master said a second boat could start sailing in June 2025 if the county pays for a new landing ramp.
            Get the Courier's morning briefing delivered straight to your inbox.
            Two councillors who voted against the plan said the island's roads could not take more cars.
            """);

        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(document);

        IReadOnlyList<string> news = result.Document.Paragraphs;   // paragraphs 0, 2 and 4, in order, under the same header
        foreach (NewsRemovedParagraph removed in result.Removed)    // in document order
        {
            Console.WriteLine($"{removed.Index} {removed.Filter}: {removed.Reason}");
        }
        // 1 DonationAppeal: donation or membership appeal (score … ≥ 10): …, "chip in", …
        // 3 NewsletterSignup: newsletter sign-up (score … ≥ 10): "morning briefing", …

        NewsDocument original = result.Rebuild();                   // kept and removed paragraphs back in place: equal to document
        string cleanedText = NewsWriter.ToText(result.Document);    // the cleaned document in the corpus format
        #endregion

        document.Should().Be(NewsParser.Default.Parse(FerryText));
        news.Should().Equal(document.Paragraphs[0], document.Paragraphs[2], document.Paragraphs[4]);
        result.Document.Title.Should().Be(document.Title);
        result.Document.Date.Should().Be(document.Date);
        result.Document.Url.Should().Be(document.Url);
        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal((1, "DonationAppeal"), (3, "NewsletterSignup"));
        result.Removed.Select(r => r.Text).Should().Equal(document.Paragraphs[1], document.Paragraphs[3]);
        result.Removed[0].Reason.Should().StartWith("donation or membership appeal (score ").And.Contain(" ≥ 10): ").And.Contain("\"chip in\"");
        result.Removed[1].Reason.Should().StartWith("newsletter sign-up (score ").And.Contain(" ≥ 10): ").And.Contain("\"morning briefing\"");
        original.Should().Be(document);
        cleanedText.Should().StartWith("Town council backs plan for a second ferry to Gull Island\n20240502\nhttps://www.millbrookcourier.com/2024/05/02/second-ferry/\n")
            .And.NotContain("chip in").And.NotContain("morning briefing").And.EndWith("could not take more cars.\n");
        NewsParser.Default.Parse(cleanedText).Should().Be(result.Document);
    }

    [Fact]
    public void CustomFilter_RunsAfterTheBuiltIns_AndReportsItsRemoval()
    {
        #region custom-filter-pipeline
        NewsFilterPipeline pipeline = new NewsFilterPipelineBuilder()
            .AddDefaultFilters()             // DonationAppeal, PaywallAppeal, NewsletterSignup
            .Add(new RelatedLinkFilter())    // runs after them
            .Build();

        NewsDocument document = NewsParser.Default.Parse("""
            Ferry fares to Gull Island frozen for another year
            20240611
            https://www.millbrookcourier.com/2024/06/11/ferry-fares/
            Fares on the Gull Island ferry will stay at 4 dollars for adults until next June, the county transport office said on Tuesday.
            Read more: Town council backs plan for a second ferry to Gull Island
            Season tickets for island residents will also keep their current price.
            """);

        NewsCleaningResult result = pipeline.Clean(document);
        // result.Removed: one paragraph, Index 1, Filter "RelatedLink", Reason "link to another article"
        #endregion

        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup", "RelatedLink");
        NewsRemovedParagraph removed = result.Removed.Should().ContainSingle().Which;
        removed.Should().Be(new NewsRemovedParagraph(1, "Read more: Town council backs plan for a second ferry to Gull Island", "RelatedLink", "link to another article"));
        result.Document.Paragraphs.Should().Equal(document.Paragraphs[0], document.Paragraphs[2]);
        new RelatedLinkFilter().Evaluate("Related: Ferry fares frozen", new NewsFilterContext(document, 0)).Remove.Should().BeTrue();
        new RelatedLinkFilter().Evaluate("Readers queued for an hour.", new NewsFilterContext(document, 0)).Should().Be(NewsFilterDecision.Keep);
    }

    [Fact]
    public void DependencyInjection_BuildsTheFilterWithItsDependency_AfterTheBuiltIns()
    {
        #region dependency-injection
        var services = new ServiceCollection();
        services.AddSingleton(new FooterSettings("www.millbrookcourier.com", "The Millbrook Courier is published by"));
        services.AddNewsParsing(o => o.MaxParagraphs = 5_000)   // the parser's options; the pipeline holds the three built-ins
            .AddFilter<FooterFilter>();                          // built by the container with its FooterSettings, runs after the built-ins

        using ServiceProvider provider = services.BuildServiceProvider();
        NewsParser parser = provider.GetRequiredService<NewsParser>();
        NewsFilterPipeline pipeline = provider.GetRequiredService<NewsFilterPipeline>();
        // pipeline.Filters: DonationAppeal, PaywallAppeal, NewsletterSignup, Footer

        NewsDocument document = parser.Parse("""
            Night market returns to Millbrook harbour
            20240606
            https://www.millbrookcourier.com/2024/06/06/night-market/
            The harbour night market returns on Friday with 60 stalls, two more than last year, the organisers said.
            The Millbrook Courier is published by Valley Print Ltd., 4 Quay Street, Millbrook.
            """);
        NewsCleaningResult result = pipeline.Clean(document);
        // result.Removed: one paragraph, Index 1, Filter "Footer", Reason "footer of www.millbrookcourier.com"
        #endregion

        parser.ReaderOptions.MaxParagraphs.Should().Be(5_000);
        pipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup", "Footer");
        pipeline.Filters[3].Should().BeOfType<FooterFilter>();
        provider.GetRequiredService<NewsFilterPipeline>().Should().BeSameAs(pipeline);
        NewsRemovedParagraph removed = result.Removed.Should().ContainSingle().Which;
        removed.Index.Should().Be(1);
        removed.Filter.Should().Be("Footer");
        removed.Reason.Should().Be("footer of www.millbrookcourier.com");
        result.Document.Paragraphs.Should().Equal(document.Paragraphs[0]);
    }

    [Fact]
    public void KeyedPipelines_HaveTheirOwnOptionsAndFilters()
    {
        #region keyed-pipelines
        var services = new ServiceCollection();
        services.AddNewsParsing();                                       // the default registration
        services.AddKeyedNewsParsing("archive", o => o.Lenient = true)   // a keyed one with its own options and filters
            .RemoveFilter(NewsletterSignupFilter.FilterName);

        using ServiceProvider provider = services.BuildServiceProvider();
        NewsParser archiveParser = provider.GetRequiredKeyedService<NewsParser>("archive");
        NewsFilterPipeline archivePipeline = provider.GetRequiredKeyedService<NewsFilterPipeline>("archive");
        // archivePipeline.Filters: DonationAppeal, PaywallAppeal; GetRequiredService<NewsFilterPipeline>() still has all three

        NewsDocument old = archiveParser.Parse("Ferry timetable changes for the winter\n2019-11-04\nhttps://www.millbrookcourier.com/2019/11/04/ferry-timetable/\n");
        // lenient: old.Date == new DateOnly(2019, 11, 4), and old.Paragraphs is empty
        #endregion

        archiveParser.Lenient.Should().BeTrue();
        provider.GetRequiredService<NewsParser>().Lenient.Should().BeFalse();
        archivePipeline.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal");
        provider.GetRequiredService<NewsFilterPipeline>().Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "NewsletterSignup");
        old.Title.Should().Be("Ferry timetable changes for the winter");
        old.Date.Should().Be(new DateOnly(2019, 11, 4));
        old.Paragraphs.Should().BeEmpty();
    }

    [Fact]
    public void DocPages_EveryCSharpBlock_IsTheRegionOfTheSameNameInTheDocsTests()
    {
        // README.md and every page in docs/: each csharp block has a marker, and equals the region of that name in one
        // of the .cs files beside this one (tests/NewsParsing.Tests/Docs), without the region's indentation.
        string root = Fixture.RepositoryRoot;
        string testsFolder = Path.GetDirectoryName(SourcePath)!.Replace('\\', '/');
        var failures = new List<string>();
        Dictionary<string, List<RegionSource>> regions = FindRegions(root, testsFolder, failures);
        string[] pages =
        [
            "README.md",
            .. Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(file => "docs/" + Path.GetFileName(file)).Order(StringComparer.Ordinal),
        ];
        var shownOn = new Dictionary<string, string>(StringComparer.Ordinal);   // snippet name -> "page line N" of its marker

        foreach (string page in pages)
        {
            string[] doc = ReadLines(page);
            for (int i = 0; i < doc.Length; i++)
            {
                string? marker = SnippetName(doc[i]);
                if (marker is not null && (i + 1 == doc.Length || doc[i + 1].Trim() != "```csharp"))
                {
                    failures.Add($"{page} line {i + 1}: the marker of snippet '{marker}' must be directly followed by a ```csharp block");
                }

                string fence = doc[i].Trim();
                if (fence != "```csharp")
                {
                    if (IsOtherCSharpFence(fence))
                    {
                        failures.Add($"{page} line {i + 1}: write the C# block's fence as ```csharp (found {fence}), so that it is checked");
                    }

                    continue;
                }

                int end = Array.FindIndex(doc, i + 1, line => line.Trim() == "```");
                if (end < 0)
                {
                    failures.Add($"{page} line {i + 1}: the csharp block is never closed");
                    break;
                }

                string? name = i > 0 ? SnippetName(doc[i - 1]) : null;
                if (name is null)
                {
                    failures.Add($"{page} line {i + 1}: the csharp block needs a <!-- snippet: NAME --> marker on the line directly before it, and a #region NAME in a .cs file under {testsFolder}");
                }
                else if (shownOn.TryGetValue(name, out string? first))
                {
                    failures.Add($"{page} line {i}: snippet '{name}' is already shown at {first}; snippet names must be unique across the pages");
                }
                else
                {
                    shownOn.Add(name, $"{page} line {i}");
                    if (!regions.TryGetValue(name, out List<RegionSource>? found))
                    {
                        failures.Add($"{page} line {i}: snippet '{name}' has no #region {name} in any .cs file under {testsFolder}");
                    }
                    else if (found.Count > 1)
                    {
                        failures.Add($"{page} line {i}: snippet '{name}' has more than one #region {name}: {string.Join(", ", found.Select(r => r.Location))}");
                    }
                    else if (Difference(WithoutUsingDirectives(doc[(i + 1)..end]), found[0].Lines) is { } difference)
                    {
                        failures.Add($"{page} line {i}: snippet '{name}' differs from #region {name} at {found[0].Location}: at block line {difference.Line} "
                            + $"(page line {i + 1 + difference.Line}) the page has {Quote(difference.Shown)} and the region has {Quote(difference.Tested)}");
                    }
                }

                i = end;
            }
        }

        foreach ((string name, List<RegionSource> found) in regions.Where(r => !shownOn.ContainsKey(r.Key)))
        {
            failures.Add($"#region {name} at {found[0].Location} is shown on no page: add a <!-- snippet: {name} --> csharp block to a page, or remove the region");
        }

        failures.Should().BeEmpty("every csharp block of README.md and docs/*.md must be the #region of the same name in a test under {0}", testsFolder);
        shownOn.Values.Should().Contain(at => at.StartsWith(DocPath + " ", StringComparison.Ordinal), "{0} shows compiled snippets", DocPath);
    }

    /// <summary>
    /// A page may open a block with the <c>using</c> directives a reader needs to paste it; the test file has them at
    /// its top, so they are not part of the region.
    /// </summary>
    private static string[] WithoutUsingDirectives(string[] block)
    {
        int start = 0;
        while (start < block.Length && block[start].StartsWith("using ", StringComparison.Ordinal) && block[start].EndsWith(';') && !block[start].Contains('=', StringComparison.Ordinal) && !block[start].Contains('(', StringComparison.Ordinal))
        {
            start++;
        }

        if (start > 0 && start < block.Length && block[start].Length == 0)
        {
            start++;
        }

        return block[start..];
    }

    private static string[] ReadLines(string relativePath) =>
        File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, relativePath)).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    /// <summary>The name in a <c>&lt;!-- snippet: name --&gt;</c> marker line, or null for any other line.</summary>
    private static string? SnippetName(string line)
    {
        const string Start = "<!-- snippet: ";
        const string End = " -->";
        string trimmed = line.Trim();
        return trimmed.Length > Start.Length + End.Length && trimmed.StartsWith(Start, StringComparison.Ordinal) && trimmed.EndsWith(End, StringComparison.Ordinal)
            ? trimmed[Start.Length..^End.Length]
            : null;
    }

    /// <summary>A fence that opens C# under another name (<c>```cs</c>, <c>```c#</c>, <c>```CSharp</c>), which the check would skip.</summary>
    private static bool IsOtherCSharpFence(string fence)
    {
        if (!fence.StartsWith("```", StringComparison.Ordinal))
        {
            return false;
        }

        string info = fence[3..].Trim();
        return info.Equals("csharp", StringComparison.OrdinalIgnoreCase) || info.Equals("cs", StringComparison.OrdinalIgnoreCase) || info.Equals("c#", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Every <c>#region name</c> of the .cs files under <paramref name="testsFolder"/>, by name: the lines up to its
    /// <c>#endregion</c>, without their common indentation.
    /// </summary>
    private static Dictionary<string, List<RegionSource>> FindRegions(string root, string testsFolder, List<string> failures)
    {
        var regions = new Dictionary<string, List<RegionSource>>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(Path.Combine(root, testsFolder), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            string[] source = ReadLines(relative);
            for (int i = 0; i < source.Length; i++)
            {
                string trimmed = source[i].Trim();
                if (!trimmed.StartsWith("#region ", StringComparison.Ordinal))
                {
                    continue;
                }

                string name = trimmed["#region ".Length..].Trim();
                int end = Array.FindIndex(source, i + 1, line => line.Trim().StartsWith("#endregion", StringComparison.Ordinal) || line.Trim().StartsWith("#region ", StringComparison.Ordinal));
                if (end < 0 || !source[end].Trim().StartsWith("#endregion", StringComparison.Ordinal))
                {
                    failures.Add($"{relative} line {i + 1}: #region {name} must end with #endregion before any other #region");
                    continue;
                }

                string[] lines = source[(i + 1)..end];
                int indent = lines.Where(line => line.Trim().Length > 0).Select(line => line.Length - line.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
                string[] code = [.. lines.Select(line => line.Trim().Length == 0 ? "" : line[indent..])];
                if (!regions.TryGetValue(name, out List<RegionSource>? found))
                {
                    found = [];
                    regions.Add(name, found);
                }

                found.Add(new RegionSource($"{relative} line {i + 1}", code));
                i = end;
            }
        }

        return regions;
    }

    /// <summary>The first line (1-based) where a page's block and a region differ, or null when they are equal.</summary>
    private static (int Line, string? Shown, string? Tested)? Difference(string[] shown, string[] tested)
    {
        for (int k = 0; k < Math.Max(shown.Length, tested.Length); k++)
        {
            string? page = k < shown.Length ? shown[k] : null;
            string? region = k < tested.Length ? tested[k] : null;
            if (!string.Equals(page, region, StringComparison.Ordinal))
            {
                return (k + 1, page, region);
            }
        }

        return null;
    }

    private static string Quote(string? line) => line is null ? "no line (it ends before)" : $"\"{line}\"";

    /// <summary>A <c>#region</c> of a test file: where it is, and its code without the common indentation.</summary>
    private sealed record RegionSource(string Location, string[] Lines);
}

#region custom-filter
public sealed class RelatedLinkFilter : INewsFilter
{
    public string Name => "RelatedLink";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        paragraph.StartsWith("Read more:", StringComparison.OrdinalIgnoreCase) || paragraph.StartsWith("Related:", StringComparison.OrdinalIgnoreCase)
            ? NewsFilterDecision.RemoveBecause("link to another article")
            : NewsFilterDecision.Keep;
}
#endregion

#region dependency-injection-filter
public sealed record FooterSettings(string Host, string Prefix);

public sealed class FooterFilter(FooterSettings settings) : INewsFilter
{
    public string Name => "Footer";

    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
        string.Equals(context.Host, settings.Host, StringComparison.Ordinal) && paragraph.StartsWith(settings.Prefix, StringComparison.Ordinal)
            ? NewsFilterDecision.RemoveBecause($"footer of {settings.Host}")
            : NewsFilterDecision.Keep;
}
#endregion
