using System.CommandLine;
using System.Globalization;
using NewsParsing.Filtering;

namespace NewsParsing.Cli;

/// <summary>The <c>newsparse</c> command line. Kept apart from <c>Main</c> so tests can run it in-process.</summary>
internal static partial class CliApp
{
    public const int ExitSuccess = 0;
    public const int ExitSomeFailed = 1;
    public const int ExitUsage = 2;
    public const int ExitCanceled = 130;

    public static Task<int> RunAsync(string[] args, Stream stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, new CliConsole(stdout, stderr), cancellationToken);

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken)
    {
        RootCommand root = BuildCommands(console);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpExamples.ExamplesAction)
        {
            await console.Error.WriteLineAsync($"newsparse: {parsed.Errors[0].Message} (see 'newsparse --help')").ConfigureAwait(false);
            return ExitUsage;
        }

        // Help and version text go to standard output as text; JSON Lines go to the same stream as bytes (never both).
        var text = new StreamWriter(console.Out, new System.Text.UTF8Encoding(false), bufferSize: 4096, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = text, Error = console.Error, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await console.Error.WriteLineAsync($"newsparse: {ex.Message}").ConfigureAwait(false);
            return ExitUsage;
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("newsparse: canceled.").ConfigureAwait(false);
            return ExitCanceled;
        }
    }

    private static RootCommand BuildCommands(CliConsole console)
    {
        var root = new RootCommand("newsparse: parse and clean plain-text news corpora (headline, yyyyMMdd date, URL, one paragraph per line) into JSON Lines or plain text.");
        root.Subcommands.Add(ParseCommand(console));
        root.Subcommands.Add(CleanCommand(console));
        root.Subcommands.Add(StatsCommand(console));
        root.Subcommands.Add(ExplainCommand(console));
        HelpExamples.Attach(root);
        return root;
    }

    private static Argument<string[]> PathsArgument() => new("path")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Files or directories (read recursively: *.txt and *.txt.gz).",
    };

    private static Option<string?> OutputOption() => new("--output", "-o")
    {
        HelpName = "file",
        Description = "Write to this file (written to a temporary file beside it, renamed when complete). Default: standard output.",
    };

    private static Option<bool> LenientOption() => new("--lenient")
    {
        Description = "Also accept yyyy-MM-dd dates, documents without body, and invalid UTF-8 (replaced with U+FFFD).",
    };

    private static Option<OutputFormat> FormatOption() => new("--format", "-f")
    {
        Description = "jsonl: one JSON object per document (default). text: each document in the corpus format (headline, date, URL, one paragraph per line), documents separated by a blank line; errors go to standard error.",
        DefaultValueFactory = _ => OutputFormat.Jsonl,
    };

    private static Option<int> ParallelOption()
    {
        var option = new Option<int>("--parallel", "-p")
        {
            HelpName = "n",
            Description = "Documents processed at once (default: the number of cores). The output order never changes.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--parallel must be at least 1.");
            }
        });
        return option;
    }

    private static Option<bool> QuietOption() => new("--quiet", "-q")
    {
        Description = "No progress and no summary on standard error; errors are still reported.",
    };

    private static Command ParseCommand(CliConsole console)
    {
        Argument<string[]> paths = PathsArgument();
        Option<string?> output = OutputOption();
        Option<bool> lenient = LenientOption();
        Option<OutputFormat> format = FormatOption();
        Option<int> parallel = ParallelOption();
        Option<bool> quiet = QuietOption();
        var command = new Command("parse", "Parse documents; write one record per file, in sorted path order.")
        {
            paths, output, lenient, format, parallel, quiet,
        };
        command.SetAction((result, token) =>
        {
            var run = new CorpusRun(console)
            {
                Parser = new NewsParser(new NewsParserOptions { Lenient = result.GetValue(lenient) }),
                OutputPath = result.GetValue(output),
                Format = result.GetValue(format),
                Parallel = result.GetValue(parallel),
                Quiet = result.GetValue(quiet),
            };
            return run.RunAsync(result.GetValue(paths)!, token);
        });
        return command;
    }

    private static Command CleanCommand(CliConsole console)
    {
        Argument<string[]> paths = PathsArgument();
        Option<string?> output = OutputOption();
        Option<bool> lenient = LenientOption();
        Option<OutputFormat> format = FormatOption();
        Option<int> parallel = ParallelOption();
        Option<bool> quiet = QuietOption();
        var filters = new Option<string?>("--filters")
        {
            HelpName = "names",
            Description = $"Comma-separated filters to run, in order (default: all built-ins: {string.Join(',', BuiltInFilters)}).",
        };
        Option<string?> rules = RulesOption();
        var removedOutput = new Option<string?>("--removed")
        {
            HelpName = "file",
            Description = "Also write every removed paragraph, one JSON object per line ({path,index,text,filter,reason}), to this file, so the cleaned corpus can be audited and rebuilt.",
        };
        Option<int?> threshold = ThresholdOption();
        Option<bool> noModel = NoModelOption();
        var command = new Command("clean", "Parse documents and remove donation, membership, paywall and newsletter appeals; write kept paragraphs and every removal with its filter and reason.")
        {
            paths, output, lenient, format, parallel, quiet, filters, rules, removedOutput, threshold, noModel,
        };
        command.SetAction((result, token) =>
        {
            var run = new CorpusRun(console)
            {
                Parser = new NewsParser(new NewsParserOptions { Lenient = result.GetValue(lenient) }),
                Pipeline = BuildPipeline(result.GetValue(filters), result.GetValue(rules), result.GetValue(threshold), result.GetValue(noModel)),
                OutputPath = result.GetValue(output),
                RemovedPath = result.GetValue(removedOutput),
                Format = result.GetValue(format),
                Parallel = result.GetValue(parallel),
                Quiet = result.GetValue(quiet),
            };
            return run.RunAsync(result.GetValue(paths)!, token);
        });
        return command;
    }

    internal static readonly string[] BuiltInFilters = [DonationAppealFilter.FilterName, PaywallAppealFilter.FilterName, NewsletterSignupFilter.FilterName];

    private static Option<string?> RulesOption() => new("--rules")
    {
        HelpName = "file",
        Description = "A JSON rules file with publisher phrases and patterns (see docs/filters.md).",
    };

    private static Option<int?> ThresholdOption() => new("--threshold")
    {
        HelpName = "score",
        Description = $"The score at which the built-in filters remove a paragraph on its own evidence (default {AppealFilterOptions.DefaultThreshold}). Higher removes less: fewer wrong removals, more missed appeals (see docs/filters.md).",
    };

    private static Option<bool> NoModelOption() => new("--no-model")
    {
        Description = "Decide by the built-in filters' rules alone, without the learned model's review (see docs/filters.md).",
    };

    internal static NewsFilterPipeline BuildPipeline(string? filterNames, string? rulesPath, int? threshold, bool noModel = false)
    {
        if (threshold is <= 0)
        {
            throw new UsageException($"--threshold must be a positive score, found {threshold}");
        }

        int t = threshold ?? AppealFilterOptions.DefaultThreshold;
        AppealFilterOptions? options = threshold is null && !noModel ? null : new AppealFilterOptions
        {
            Threshold = t,
            BlockThreshold = Math.Min(AppealFilterOptions.DefaultBlockThreshold, t),
            UseLearnedModel = !noModel,
        };
        var builder = new NewsFilterPipelineBuilder();
        IEnumerable<string> names = filterNames is null ? BuiltInFilters : filterNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string name in names)
        {
            INewsFilter filter = name switch
            {
                DonationAppealFilter.FilterName => new DonationAppealFilter(options),
                PaywallAppealFilter.FilterName => new PaywallAppealFilter(options),
                NewsletterSignupFilter.FilterName => new NewsletterSignupFilter(options),
                _ => throw new UsageException($"unknown filter '{name}'; the filters are {string.Join(", ", BuiltInFilters)}"),
            };
            builder.Add(filter);
        }

        if (rulesPath is not null)
        {
            try
            {
                builder.AddPublisherRules(NewsPublisherRules.Load(rulesPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                throw new UsageException($"cannot use rules file {rulesPath}: {ex.Message}");
            }
        }

        return builder.Build();
    }

    /// <summary>The documents the command-line paths name; a path that does not exist is a usage error.</summary>
    internal static IReadOnlyList<string> EnumerateFiles(string[] paths)
    {
        try
        {
            return NewsCorpus.EnumerateFiles(paths);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }
    }

    /// <summary>A usage problem reported as one line on standard error with exit code 2.</summary>
    internal sealed class UsageException(string message) : Exception(message);
}
