using System.Text;
using NewsParsing.Cli;
using NewsParsing.Filtering;
using NewsParsing.Tests.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Cli;

/// <summary>--format text, --parallel, progress and --quiet, --help examples, and an output that fails mid-run.</summary>
public class CliRunOptionsTests
{
    private const bool Redirected = false;
    private const bool Terminal = true;

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(bool errorIsTerminal, params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(args, new CliConsole(stdout, stderr, ErrorIsTerminal: errorIsTerminal), TestContext.Current.CancellationToken);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    /// <summary>A corpus of many documents, some broken, some with appeals, in several folders.</summary>
    private static TempDirectory MixedCorpus(int count)
    {
        TempDirectory dir = Fixture.CreateTempDirectory();
        for (int i = 0; i < count; i++)
        {
            string name = $"{i % 5}/doc{i:D3}.txt";
            string text = (i % 7) switch
            {
                0 => $"Broken {i}\n2023-13-01\nhttps://www.example-gazette.com/{i}\nBody\n",
                1 => NewsFilterPipelineTests.Gazette.ToString(),
                _ => NewsCorpusTests.Doc($"Story {i}", $"Council met on day {i}.", new string('x', i * 37 % 2000 + 1), "Please support our journalism with a gift of any amount today."),
            };
            dir.File(name, text);
        }

        return dir;
    }

    [Fact]
    public async Task Clean_FormatText_WritesEachCleanedDocumentInTheCorpusFormat_AndErrorsToStderr()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", NewsFilterPipelineTests.Gazette.ToString());
        dir.File("b.txt", "Broken\n20230101\nnot-a-url\nBody\n");
        dir.File("c.txt", NewsCorpusTests.Doc("Charlie", "One.", "Two."));

        (int exit, string stdout, string stderr) = await RunAsync(Redirected, "clean", dir.Path, "--format", "text");

        exit.Should().Be(1);
        string[] blocks = stdout.Split("\n\n");
        blocks.Should().HaveCount(3, "two documents, each ended by a blank line");
        blocks[2].Should().BeEmpty();
        NewsParser.Default.Parse(blocks[0] + "\n").Should().Be(NewsFilterPipeline.Default.Clean(NewsFilterPipelineTests.Gazette).Document);
        NewsParser.Default.Parse(blocks[1] + "\n").Paragraphs.Should().Equal("One.", "Two.");
        stderr.Should().Contain("b.txt:3:1: ").And.Contain("1 of 3 documents failed");
        stdout.Should().NotContain("Broken");
    }

    [Fact]
    public async Task Parse_FormatText_RoundTripsTheInput()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string text = NewsCorpusTests.Doc("Alpha", "First “story”.", "Second.");
        dir.File("a.txt", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        (int exit, string stdout, _) = await RunAsync(Redirected, "parse", dir.Path, "-f", "text");

        exit.Should().Be(0);
        stdout.Should().Be(text + "\n");
    }

    [Fact]
    public async Task Clean_AllParagraphsRemoved_FormatText_WritesTheHeaderAlone()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", NewsCorpusTests.Doc("Alpha", "Please support our independent journalism with a gift of any amount today."));

        (_, string stdout, _) = await RunAsync(Redirected, "clean", dir.Path, "-f", "text");

        stdout.Should().Be("Alpha\n20230301\nhttps://www.example-gazette.com/Alpha\n\n");
    }

    [Theory]
    [InlineData("parse", "jsonl")]
    [InlineData("clean", "jsonl")]
    [InlineData("clean", "text")]
    public async Task Parallel_GivesTheSameBytesInTheSameOrder_AsOneThread(string command, string format)
    {
        using TempDirectory dir = MixedCorpus(60);
        string removedOne = Path.Combine(dir.Path, "removed1.jsonl");
        string removedMany = Path.Combine(dir.Path, "removed8.jsonl");
        string[] Args(string parallel, string removed) =>
            [command, dir.Path, "-f", format, "--parallel", parallel, .. command == "clean" ? new[] { "--removed", removed } : []];

        (int exitOne, string one, string errOne) = await RunAsync(Redirected, Args("1", removedOne));
        (int exitMany, string many, string errMany) = await RunAsync(Redirected, Args("8", removedMany));

        exitOne.Should().Be(1);
        exitMany.Should().Be(1);
        many.Should().Be(one);
        errMany.Should().Be(errOne);
        one.Should().Contain("Story 59");
        if (command == "clean")
        {
            File.ReadAllText(removedMany).Should().Be(File.ReadAllText(removedOne)).And.Contain("DonationAppeal");
        }
    }

    [Fact]
    public async Task Progress_IsShownOnATerminal_AndEndsCleared()
    {
        using TempDirectory dir = MixedCorpus(10);

        (_, string stdout, string stderr) = await RunAsync(Terminal, "clean", dir.Path);

        stderr.Should().MatchRegex(@"\r\u001b\[K10/10 documents, \d+\.\d MB, \d+\.\d MB/s, \d\d:\d\d");
        stderr.Should().Contain("\r\u001b[Knewsparse: ", "the status line is erased before the next message");
        stdout.Should().NotContain("documents,", "progress never goes to standard output");
    }

    [Fact]
    public async Task Progress_IsSilent_WhenStderrIsNotATerminal_OrWithQuiet()
    {
        using TempDirectory dir = MixedCorpus(10);

        (_, _, string redirected) = await RunAsync(Redirected, "clean", dir.Path);
        (_, _, string quiet) = await RunAsync(Terminal, "clean", dir.Path, "--quiet");

        redirected.Should().NotContain("\u001b").And.Contain("newsparse clean: 8 documents");
        quiet.Should().NotContain("\u001b").And.NotContain("newsparse clean:", "--quiet drops the summary")
            .And.Contain("2 of 10 documents failed", "errors are still reported");
    }

    [Fact]
    public void ProgressLine_ShowsDocumentsMegabytesRateAndElapsed()
    {
        Progress.Line(5, 20, 3_000_000, TimeSpan.FromSeconds(2)).Should().Be("\r\u001b[K5/20 documents, 3.0 MB, 1.5 MB/s, 00:02");
    }

    [Theory]
    [InlineData("--help", "newsparse clean corpus/ -o clean.jsonl --removed removed.jsonl")]
    [InlineData("parse --help", "newsparse parse corpus/ -o documents.jsonl")]
    [InlineData("clean --help", "newsparse clean corpus/ --format text --quiet > clean.txt")]
    [InlineData("stats -h", "newsparse stats samples/corpus")]
    [InlineData("explain --help", "newsparse explain samples/corpus/2023/harbour-ferry.txt")]
    public async Task Help_EndsWithExamples_EvenWhenRequiredArgumentsAreMissing(string args, string example)
    {
        (int exit, string stdout, string stderr) = await RunAsync(Redirected, args.Split(' '));

        exit.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().Contain("Usage:").And.Contain("Examples:\n  " + example.Split(' ')[0]).And.Contain(example);
    }

    [Fact]
    public async Task Help_Examples_UseFilesThatExistInTheRepository()
    {
        foreach (string path in new[] { "samples/corpus", "samples/corpus/2023/harbour-ferry.txt" })
        {
            Path.Exists(Path.Combine(Fixture.RepositoryRoot, path)).Should().BeTrue(path);
        }

        (_, string stdout, _) = await RunAsync(Redirected, "explain", "--help");
        stdout.Should().Contain("samples/corpus/2023/harbour-ferry.txt");
    }

    [Fact]
    public async Task OutputFailsMidRun_Exits74_WithOneLine_AndNoStackTrace()
    {
        using TempDirectory dir = MixedCorpus(10);
        using var stdout = new FullDiskStream();
        using var stderr = new StringWriter();

        int exit = await CliApp.RunAsync(["parse", dir.Path], new CliConsole(stdout, stderr), TestContext.Current.CancellationToken);

        exit.Should().Be(CorpusRun.ExitOutputFailed);
        stderr.ToString().Should().StartWith("newsparse: cannot write standard output: No space left on device").And.NotContain("   at ");
    }

    [Fact]
    public async Task ParallelMustBePositive()
    {
        (int exit, _, string stderr) = await RunAsync(Redirected, "parse", ".", "--parallel", "0");

        exit.Should().Be(2);
        stderr.Should().Contain("--parallel must be at least 1");
    }

    /// <summary>A stream that fails every write the way a full disk does.</summary>
    private sealed class FullDiskStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new IOException("No space left on device"));

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromException(new IOException("No space left on device"));
    }
}
