using System.Text;
using System.Text.Json;
using NewsParsing.Cli;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Cli;

public class CliAppTests
{
    internal static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        int exit = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    internal static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Fact]
    public async Task Parse_GoodAndBadFiles_WritesOneRecordEach_AndExits1()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", NewsCorpusTests.Doc("Alpha", "First “story”.", "Second."));
        dir.File("b.txt", "Bravo\n2022-13-01\nhttps://a.example/\nBody\n");

        (int exit, string stdout, string stderr) = await RunAsync("parse", dir.Path);

        exit.Should().Be(1);
        List<JsonElement> lines = Lines(stdout);
        lines.Should().HaveCount(2);
        lines[0].GetProperty("path").GetString().Should().EndWith("a.txt");
        lines[0].GetProperty("title").GetString().Should().Be("Alpha");
        lines[0].GetProperty("date").GetString().Should().Be("2023-03-01");
        lines[0].GetProperty("url").GetString().Should().Be("https://www.example-gazette.com/Alpha");
        lines[0].GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString()).Should().Equal("First “story”.", "Second.");
        lines[0].TryGetProperty("removed", out _).Should().BeFalse();
        JsonElement error = lines[1].GetProperty("error");
        error.GetProperty("kind").GetString().Should().Be("InvalidDate");
        error.GetProperty("line").GetInt32().Should().Be(2);
        error.GetProperty("column").GetInt32().Should().Be(1);
        error.GetProperty("message").GetString().Should().Contain("expected a date as yyyyMMdd, found \"2022-13-01\"");
        stderr.Should().Contain("1 of 2 documents failed").And.NotContain("   at ");
        stdout.Should().Contain("“story”", "non-ASCII text is written as is, not escaped");
    }

    [Fact]
    public async Task Parse_AllGood_Exits0()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", NewsCorpusTests.Doc("Alpha", "x"));

        (int exit, string stdout, _) = await RunAsync("parse", dir.Path);

        exit.Should().Be(0);
        Lines(stdout).Should().ContainSingle();
    }

    [Fact]
    public async Task Parse_Lenient_AcceptsIsoDate()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("a.txt", "Alpha\n2022-01-31\nhttps://a.example/\nBody\n");

        (int strictExit, _, _) = await RunAsync("parse", file);
        (int lenientExit, string stdout, _) = await RunAsync("parse", file, "--lenient");

        strictExit.Should().Be(1);
        lenientExit.Should().Be(0);
        Lines(stdout)[0].GetProperty("date").GetString().Should().Be("2022-01-31");
    }

    [Fact]
    public async Task Parse_OutputFile_IsWrittenWhole_AndNothingGoesToStdout()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("in/a.txt", NewsCorpusTests.Doc("Alpha", "x"));
        string output = Path.Combine(dir.Path, "out.jsonl");

        (int exit, string stdout, _) = await RunAsync("parse", Path.Combine(dir.Path, "in"), "--output", output);

        exit.Should().Be(0);
        stdout.Should().BeEmpty();
        Lines(await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken)).Should().ContainSingle();
        Directory.GetFiles(dir.Path).Should().Equal(output);
    }

    [Theory]
    [InlineData("parse", "/no/such/path")]
    [InlineData("parse", "--bogus", ".")]
    [InlineData("parse")]
    [InlineData("frobnicate", ".")]
    public async Task UsageError_Exits2_WithOneLineOnStderr(params string[] args)
    {
        (int exit, string stdout, string stderr) = await RunAsync(args);

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.TrimEnd('\n').Should().NotContain("\n").And.StartWith("newsparse: ");
    }

    [Fact]
    public async Task Help_ListsTheCommands_OnStdout_AndExits0()
    {
        (int exit, string stdout, _) = await RunAsync("--help");

        exit.Should().Be(0);
        stdout.Should().Contain("parse").And.Contain("clean");
    }

    [Fact]
    public async Task Parse_OutputIsADirectory_IsAUsageError_BeforeAnyWork()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string file = dir.File("a.txt", NewsCorpusTests.Doc("Alpha", "x"));

        (int exit, _, string stderr) = await RunAsync("parse", file, "-o", dir.Path);

        exit.Should().Be(2);
        stderr.Should().Contain("is a directory");
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("clean")]
    [InlineData("stats")]
    public async Task Canceled_Exits130_WithAOneLineMessage(string command)
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", NewsCorpusTests.Doc("Alpha", "x"));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        int exit = await CliApp.RunAsync([command, dir.Path], stdout, stderr, cts.Token);

        exit.Should().Be(130);
        stderr.ToString().Should().StartWith("newsparse: canceled").And.NotContain("   at ");
    }
}
