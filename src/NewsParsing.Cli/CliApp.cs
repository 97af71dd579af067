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

    public static async Task<int> RunAsync(string[] args, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        RootCommand root = BuildCommands(stdout, stderr);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"newsparse: {parsed.Errors[0].Message} (see 'newsparse --help')").ConfigureAwait(false);
            return ExitUsage;
        }

        // Help and version text go to standard output as text; JSON Lines go to the same stream as bytes (never both).
        var text = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), bufferSize: 4096, leaveOpen: true);
        await using (text.ConfigureAwait(false))
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = text, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"newsparse: {ex.Message}").ConfigureAwait(false);
            return ExitUsage;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("newsparse: canceled.").ConfigureAwait(false);
            return ExitCanceled;
        }
    }

    private static RootCommand BuildCommands(Stream stdout, TextWriter stderr)
    {
        var root = new RootCommand("newsparse: parse and clean plain-text news corpora (headline, yyyyMMdd date, URL, one paragraph per line) into JSON Lines.");
        root.Subcommands.Add(ParseCommand(stdout, stderr));
        root.Subcommands.Add(CleanCommand(stdout, stderr));
        root.Subcommands.Add(StatsCommand(stdout, stderr));
        root.Subcommands.Add(ExplainCommand(stdout, stderr));
        return root;
    }

    private static Argument<string[]> PathsArgument() => new("path")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Files or directories (read recursively: *.txt and *.txt.gz).",
    };

    private static Option<string?> OutputOption() => new("--output", "-o")
    {
        Description = "Write JSON Lines to this file (written to a temporary file, renamed when complete). Default: standard output.",
    };

    private static Option<bool> LenientOption() => new("--lenient")
    {
        Description = "Also accept yyyy-MM-dd dates, documents without body, and invalid UTF-8 (replaced with U+FFFD).",
    };

    private static Command ParseCommand(Stream stdout, TextWriter stderr)
    {
        Argument<string[]> paths = PathsArgument();
        Option<string?> output = OutputOption();
        Option<bool> lenient = LenientOption();
        var command = new Command("parse", "Parse documents; write one JSON object per file, in sorted path order.")
        {
            paths, output, lenient,
        };
        command.SetAction((result, token) =>
        {
            var parser = new NewsParser(new NewsParserOptions { Lenient = result.GetValue(lenient) });
            return RunCorpusAsync(result.GetValue(paths)!, result.GetValue(output), parser, clean: null, stdout, stderr, token);
        });
        return command;
    }

    private static Command CleanCommand(Stream stdout, TextWriter stderr)
    {
        Argument<string[]> paths = PathsArgument();
        Option<string?> output = OutputOption();
        Option<bool> lenient = LenientOption();
        var filters = new Option<string?>("--filters")
        {
            Description = $"Comma-separated filters to run, in order (default: all built-ins: {string.Join(',', BuiltInFilters)}).",
        };
        var rules = new Option<string?>("--rules")
        {
            Description = "A JSON rules file with publisher phrases and patterns (see docs/filters.md).",
        };
        var removedOutput = new Option<string?>("--removed")
        {
            Description = "Also write every removed paragraph, one JSON object per line ({path,index,text,filter,reason}), to this file, so the cleaned corpus can be audited and rebuilt.",
        };
        var command = new Command("clean", "Parse documents and remove donation, membership, paywall and newsletter appeals; write kept paragraphs and every removal with its filter and reason.")
        {
            paths, output, lenient, filters, rules, removedOutput,
        };
        command.SetAction(async (result, token) =>
        {
            NewsFilterPipeline pipeline = BuildPipeline(result.GetValue(filters), result.GetValue(rules));
            var parser = new NewsParser(new NewsParserOptions { Lenient = result.GetValue(lenient) });
            var stats = new CleanStats();
            int exit = await RunCorpusAsync(result.GetValue(paths)!, result.GetValue(output), parser, doc => stats.Clean(pipeline, doc), stdout, stderr, token, result.GetValue(removedOutput)).ConfigureAwait(false);
            await stderr.WriteLineAsync(stats.Summary()).ConfigureAwait(false);
            return exit;
        });
        return command;
    }

    internal static readonly string[] BuiltInFilters = [DonationAppealFilter.FilterName, PaywallAppealFilter.FilterName, NewsletterSignupFilter.FilterName];

    private static NewsFilterPipeline BuildPipeline(string? filterNames, string? rulesPath)
    {
        var builder = new NewsFilterPipelineBuilder();
        IEnumerable<string> names = filterNames is null ? BuiltInFilters : filterNames.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string name in names)
        {
            INewsFilter filter = name switch
            {
                DonationAppealFilter.FilterName => new DonationAppealFilter(),
                PaywallAppealFilter.FilterName => new PaywallAppealFilter(),
                NewsletterSignupFilter.FilterName => new NewsletterSignupFilter(),
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

    internal static async Task<int> RunCorpusAsync(
        string[] paths,
        string? outputPath,
        NewsParser parser,
        Func<NewsDocument, (IReadOnlyList<string> Kept, IReadOnlyList<RemovedRecord> Removed)>? clean,
        Stream stdout,
        TextWriter stderr,
        CancellationToken cancellationToken,
        string? removedPath = null)
    {
        IReadOnlyList<string> files;
        try
        {
            files = NewsCorpus.EnumerateFiles(paths);
        }
        catch (FileNotFoundException ex)
        {
            throw new UsageException(ex.Message);
        }

        int failed = 0;
        JsonLinesOutput output = OpenOutput(outputPath, stdout);
        JsonLinesOutput? removedOutput = removedPath is null ? null : OpenOutput(removedPath, stdout);
        await using (output.ConfigureAwait(false))
        await using (removedOutput)
        {
            try
            {
                foreach (string file in files)
                {
                    NewsParseResult result = await parser.TryParseFileAsync(file, cancellationToken).ConfigureAwait(false);
                    if (result.IsSuccess)
                    {
                        NewsDocument document = result.Document;
                        IReadOnlyList<string> kept = document.Paragraphs;
                        IReadOnlyList<RemovedRecord>? removed = null;
                        if (clean is not null)
                        {
                            (kept, removed) = clean(document);
                        }

                        var record = new DocumentRecord(file, document.Title, document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Url.OriginalString, kept, removed);
                        await output.WriteAsync(record, CliJsonContext.Default.DocumentRecord, cancellationToken).ConfigureAwait(false);
                        foreach (RemovedRecord r in removedOutput is null ? [] : removed ?? [])
                        {
                            var audit = new RemovedFileRecord(file, r.Index, r.Text, r.Filter, r.Reason);
                            await removedOutput!.WriteAsync(audit, CliJsonContext.Default.RemovedFileRecord, cancellationToken).ConfigureAwait(false);
                        }
                    }
                    else
                    {
                        failed++;
                        NewsParseError error = result.Error;
                        var record = new ErrorRecord(file, new ErrorDetail(error.Kind.ToString(), error.LineNumber, error.ColumnNumber, error.Message));
                        await output.WriteAsync(record, CliJsonContext.Default.ErrorRecord, cancellationToken).ConfigureAwait(false);
                    }
                }

                try
                {
                    if (removedOutput is not null)
                    {
                        await removedOutput.CommitAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await output.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"cannot write the output: {ex.Message}");
                }
            }
            catch (OperationCanceledException)
            {
                if (outputPath is null)
                {
                    // Standard output keeps what was done: the buffered records are whole lines.
                    await output.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                }

                string written = outputPath is null
                    ? $"{output.RecordsWritten} whole records were written to standard output"
                    : $"{outputPath} was not written";
                await stderr.WriteLineAsync($"newsparse: canceled after {output.RecordsWritten} of {files.Count} documents; {written}.").ConfigureAwait(false);
                return ExitCanceled;
            }
        }

        if (failed > 0)
        {
            await stderr.WriteLineAsync($"newsparse: {failed} of {files.Count} documents failed; see the error records.").ConfigureAwait(false);
        }

        return failed > 0 ? ExitSomeFailed : ExitSuccess;
    }

    private static JsonLinesOutput OpenOutput(string? path, Stream stdout)
    {
        try
        {
            return JsonLinesOutput.Open(path, stdout);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {ex.Message}");
        }
    }

    /// <summary>A usage problem reported as one line on standard error with exit code 2.</summary>
    private sealed class UsageException(string message) : Exception(message);
}
