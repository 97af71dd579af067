using System.Text;
using System.Text.RegularExpressions;
using NewsParsing.Cli;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Docs;

/// <summary>
/// Every <c>&lt;!-- output: newsparse ARGS --&gt;</c> block in docs/cli.md is what the tool prints for ARGS, run from
/// the repository root on the sample corpus.
/// </summary>
public partial class CliDocsOutputTests
{
    [GeneratedRegex(@"<!-- output: newsparse (?<args>[^>]+?) -->\n```text\n(?<output>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex OutputBlock();

    [Fact]
    public async Task CliPage_OutputBlocks_AreWhatTheToolPrints()
    {
        string root = Fixture.RepositoryRoot;
        string page = (await File.ReadAllTextAsync(Path.Combine(root, "docs", "cli.md"), TestContext.Current.CancellationToken)).Replace("\r\n", "\n", StringComparison.Ordinal);
        MatchCollection blocks = OutputBlock().Matches(page);

        blocks.Should().HaveCountGreaterThanOrEqualTo(2, "the page shows the stats and explain output of the sample corpus");
        foreach (Match block in blocks)
        {
            string[] args = [.. block.Groups["args"].Value.Split(' ').Select(a => Path.Exists(Path.Combine(root, a)) ? Path.Combine(root, a) : a)];
            using var stdout = new MemoryStream();
            using var stderr = new StringWriter();

            int exit = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);

            exit.Should().Be(0, stderr.ToString());
            Encoding.UTF8.GetString(stdout.ToArray()).TrimEnd('\n').Should().Be(block.Groups["output"].Value, $"docs/cli.md shows the output of newsparse {block.Groups["args"].Value}");
        }
    }
}
