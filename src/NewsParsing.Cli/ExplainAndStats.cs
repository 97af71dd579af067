using System.CommandLine;
using System.Globalization;
using System.Text;
using NewsParsing.Filtering;

namespace NewsParsing.Cli;

/// <summary>The <c>explain</c> and <c>stats</c> commands.</summary>
internal static partial class CliApp
{
    private static Command ExplainCommand(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "One document." };
        Option<bool> lenient = LenientOption();
        var color = new Option<bool>("--color") { Description = "Colour the output even when standard output is not a terminal." };
        Option<string?> rules = RulesOption();
        Option<int?> threshold = ThresholdOption();
        Option<bool> noModel = NoModelOption();
        var command = new Command("explain", "Show each paragraph of one document as kept or removed, with the filter, its reason, the score and the cues it matched.")
        {
            file, lenient, color, rules, threshold, noModel,
        };
        command.SetAction(async (result, token) =>
        {
            string path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new UsageException($"No such file: {path}");
            }

            NewsFilterPipeline pipeline = BuildPipeline(null, result.GetValue(rules), result.GetValue(threshold), result.GetValue(noModel));
            var parser = new NewsParser(new NewsParserOptions { Lenient = result.GetValue(lenient) });
            NewsParseResult parsed = await parser.TryParseFileAsync(path, token).ConfigureAwait(false);
            if (!parsed.IsSuccess)
            {
                await console.Error.WriteLineAsync($"newsparse: {parsed.Error.Message}").ConfigureAwait(false);
                return ExitSomeFailed;
            }

            bool ansi = result.GetValue(color) || console.OutIsTerminal;
            string text = Explain(parsed.Document, pipeline, ansi, showModel: !result.GetValue(noModel));
            await console.Out.WriteAsync(Encoding.UTF8.GetBytes(text), token).ConfigureAwait(false);
            return ExitSuccess;
        });
        return command;
    }

    internal static string Explain(NewsDocument document, NewsFilterPipeline pipeline, bool ansi, bool showModel = true)
    {
        NewsCleaningResult cleaned = pipeline.Clean(document);
        var removed = cleaned.Removed.ToDictionary(r => r.Index);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{document.Title}\n{document.Date:yyyy-MM-dd}  {document.Url}\n\n");
        for (int i = 0; i < document.Paragraphs.Count; i++)
        {
            string paragraph = document.Paragraphs[i];
            NewsAppealExplanation why = NewsAppealExplanation.Explain(paragraph, document.Host);
            string cues = why.AppealCues.Count + why.NewsCues.Count == 0 ? "no cues"
                : $"score {why.Score} ({why.Kind}); appeal cues: {Join(why.AppealCues)}; news cues: {Join(why.NewsCues)}"
                    + (showModel && why.Score > 0 ? $"; learned model {why.AppealProbability:0.00}" : string.Empty);
            if (removed.TryGetValue(i, out NewsRemovedParagraph? r))
            {
                sb.Append(Paint(ansi, "31", $"[{i}] REMOVED by {r.Filter}: {r.Reason}")).Append('\n');
            }
            else
            {
                sb.Append(Paint(ansi, "32", $"[{i}] kept")).Append(Paint(ansi, "2", $"  {cues}")).Append('\n');
            }

            sb.Append("    ").Append(paragraph).Append("\n\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"{document.Paragraphs.Count} paragraphs, {cleaned.Removed.Count} removed\n");
        return sb.ToString();

        static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items.Select(p => $"\"{p}\""));
    }

    private static string Paint(bool ansi, string code, string text) => ansi ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private static Command StatsCommand(CliConsole console)
    {
        Argument<string[]> paths = PathsArgument();
        Option<bool> lenient = LenientOption();
        Option<string?> rules = RulesOption();
        Option<int?> threshold = ThresholdOption();
        Option<bool> noModel = NoModelOption();
        var command = new Command("stats", "Summarize a corpus: documents per publisher host, dates covered, paragraphs, removals per filter, errors per kind.")
        {
            paths, lenient, rules, threshold, noModel,
        };
        command.SetAction(async (result, token) =>
        {
            IReadOnlyList<string> files = EnumerateFiles(result.GetValue(paths)!);

            NewsFilterPipeline pipeline = BuildPipeline(null, result.GetValue(rules), result.GetValue(threshold), result.GetValue(noModel));
            var parser = new NewsParser(new NewsParserOptions { Lenient = result.GetValue(lenient) });
            var hosts = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var errors = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var removals = new SortedDictionary<string, int>(StringComparer.Ordinal);
            DateOnly? first = null, last = null;
            int documents = 0, paragraphs = 0;
            foreach (string file in files)
            {
                NewsParseResult parsed = await parser.TryParseFileAsync(file, token).ConfigureAwait(false);
                if (!parsed.IsSuccess)
                {
                    errors[parsed.Error.Kind.ToString()] = errors.GetValueOrDefault(parsed.Error.Kind.ToString()) + 1;
                    continue;
                }

                NewsDocument doc = parsed.Document;
                documents++;
                paragraphs += doc.Paragraphs.Count;
                hosts[doc.Host] = hosts.GetValueOrDefault(doc.Host) + 1;
                first = first is null || doc.Date < first ? doc.Date : first;
                last = last is null || doc.Date > last ? doc.Date : last;
                foreach (NewsRemovedParagraph r in pipeline.Clean(doc).Removed)
                {
                    removals[r.Filter] = removals.GetValueOrDefault(r.Filter) + 1;
                }
            }

            var sb = new StringBuilder();
            sb.Append(CultureInfo.InvariantCulture, $"files        {files.Count}\ndocuments    {documents}\nerrors       {files.Count - documents}\nparagraphs   {paragraphs}\n");
            sb.Append(CultureInfo.InvariantCulture, $"dates        {(first is null ? "-" : $"{first:yyyy-MM-dd} .. {last:yyyy-MM-dd}")}\n");
            Section(sb, "documents per host", hosts);
            Section(sb, "removed paragraphs per filter", removals);
            Section(sb, "errors per kind", errors);
            await console.Out.WriteAsync(Encoding.UTF8.GetBytes(sb.ToString()), token).ConfigureAwait(false);
            return errors.Count > 0 ? ExitSomeFailed : ExitSuccess;
        });
        return command;

        static void Section(StringBuilder sb, string title, SortedDictionary<string, int> counts)
        {
            sb.Append('\n').Append(title).Append('\n');
            if (counts.Count == 0)
            {
                sb.Append("  (none)\n");
            }

            foreach ((string key, int count) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            {
                sb.Append(CultureInfo.InvariantCulture, $"  {count,7}  {key}\n");
            }
        }
    }
}
