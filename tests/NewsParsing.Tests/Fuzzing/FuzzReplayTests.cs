using NewsParsing.Fuzz;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Fuzzing;

/// <summary>
/// Replays the fuzzing seed corpus and every saved finding through the fuzz target (tests/NewsParsing.Fuzz/FuzzTarget.cs,
/// compiled into this project), so each crash the fuzzer ever found stays a regression test.
/// </summary>
public class FuzzReplayTests
{
    private static string FuzzDirectory(string name) => Path.Combine(Fixture.RepositoryRoot, "tests", "NewsParsing.Fuzz", name);

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "corpus", "findings" })
        {
            foreach (string file in Directory.EnumerateFiles(FuzzDirectory(folder)).Order(StringComparer.Ordinal))
            {
                data.Add($"{folder}/{Path.GetFileName(file)}");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void SavedInput_KeepsEveryPromise(string input)
    {
        byte[] data = File.ReadAllBytes(FuzzDirectory(input));

        Action run = () => FuzzTarget.Run(data);

        run.Should().NotThrow();
    }

    [Fact]
    public void Findings_IncludeTheIdnHostCrash()
    {
        // The first finding: a host Uri accepts but IDN rules reject made NewsDocument.Host throw during cleaning.
        byte[] data = File.ReadAllBytes(FuzzDirectory("findings/idn-host-throws.txt"));
        NewsParser lenient = new(new NewsParserOptions { Lenient = true });

        NewsDocument doc = lenient.Parse(data);

        doc.Host.Should().NotBeNullOrEmpty();
        NewsFilterPipelineInvariant(doc);
    }

    [Fact]
    public void Target_ReportsABrokenPromise_AsAnException()
    {
        // The target is only useful if it can fail: a document whose canonical form cannot be parsed back must throw.
        var document = new NewsDocument { Title = "A title longer than the limit", Date = new DateOnly(2023, 1, 1), Url = new Uri("https://a.example/"), Paragraphs = ["x"] };
        var tooStrict = new NewsParser(new NewsParserOptions { MaxLineLength = 8 });

        Action run = () => FuzzTarget.CheckDocument(document, tooStrict);

        run.Should().Throw<NewsParseException>();
    }

    private static void NewsFilterPipelineInvariant(NewsDocument doc) =>
        NewsParsing.Filtering.NewsFilterPipeline.Default.Clean(doc).Rebuild().Should().Be(doc);
}
