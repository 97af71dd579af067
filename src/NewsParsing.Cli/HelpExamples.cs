using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace NewsParsing.Cli;

/// <summary>Adds an "Examples:" section to <c>--help</c>, for the root command and each subcommand.</summary>
internal static class HelpExamples
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["newsparse"] =
        [
            "newsparse clean corpus/ -o clean.jsonl --removed removed.jsonl",
            "newsparse clean corpus/ --format text > clean.txt",
            "newsparse stats samples/corpus",
            "newsparse explain samples/corpus/2023/harbour-ferry.txt",
        ],
        ["parse"] =
        [
            "newsparse parse corpus/ -o documents.jsonl",
            "newsparse parse article.txt.gz --lenient",
        ],
        ["clean"] =
        [
            "newsparse clean corpus/ -o clean.jsonl --removed removed.jsonl",
            "newsparse clean corpus/ --format text --quiet > clean.txt",
            "newsparse clean corpus/ --filters DonationAppeal,PaywallAppeal --rules rules.json",
            "newsparse clean corpus/ --parallel 1",
        ],
        ["stats"] = ["newsparse stats samples/corpus"],
        ["explain"] = ["newsparse explain samples/corpus/2023/harbour-ferry.txt", "newsparse explain article.txt --color | less -R"],
    };

    public static void Attach(RootCommand root)
    {
        HelpOption help = root.Options.OfType<HelpOption>().First();
        help.Action = new ExamplesAction((HelpAction)help.Action!);
    }

    internal sealed class ExamplesAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            int exit = inner.Invoke(parseResult);
            string name = parseResult.CommandResult.Command is RootCommand ? "newsparse" : parseResult.CommandResult.Command.Name;
            if (Examples.TryGetValue(name, out string[]? examples))
            {
                TextWriter output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Examples:");
                foreach (string example in examples)
                {
                    output.WriteLine($"  {example}");
                }

                output.WriteLine();
            }

            return exit;
        }
    }
}
