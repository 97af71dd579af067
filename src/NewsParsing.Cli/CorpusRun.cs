using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NewsParsing.Filtering;

namespace NewsParsing.Cli;

/// <summary>The output format of <c>parse</c> and <c>clean</c>.</summary>
internal enum OutputFormat
{
    /// <summary>One JSON object per document or error.</summary>
    Jsonl,

    /// <summary>Each document in the corpus format, separated by a blank line.</summary>
    Text,
}

/// <summary>Where the command line writes, and whether a person is watching.</summary>
/// <param name="Out">Standard output (records, or help text).</param>
/// <param name="Error">Standard error (progress, summaries, errors).</param>
/// <param name="OutIsTerminal">Standard output is a terminal (colours for <c>explain</c>).</param>
/// <param name="ErrorIsTerminal">Standard error is a terminal (progress is shown).</param>
internal sealed record CliConsole(Stream Out, TextWriter Error, bool OutIsTerminal = false, bool ErrorIsTerminal = false);

/// <summary>
/// One <c>parse</c> or <c>clean</c> run over a corpus: files are read and cleaned on up to <see cref="Parallel"/> threads and
/// written in sorted path order, each record whole. A failed file becomes an error record and the run goes on.
/// </summary>
internal sealed class CorpusRun(CliConsole console)
{
    /// <summary>Exit code when the output cannot be written (sysexits EX_IOERR).</summary>
    public const int ExitOutputFailed = 74;

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public required NewsParser Parser { get; init; }

    /// <summary>The cleaning pipeline for <c>clean</c>; <see langword="null"/> for <c>parse</c>.</summary>
    public NewsFilterPipeline? Pipeline { get; init; }

    public string? OutputPath { get; init; }

    public string? RemovedPath { get; init; }

    public OutputFormat Format { get; init; }

    public int Parallel { get; init; } = 1;

    public bool Quiet { get; init; }

    public async Task<int> RunAsync(string[] paths, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> files = CliApp.EnumerateFiles(paths);

        RecordOutput output = Open(OutputPath);
        RecordOutput? removedOutput = RemovedPath is null ? null : Open(RemovedPath);
        var progress = new Progress(console.Error, files.Count, enabled: console.ErrorIsTerminal && !Quiet);
        var removedByFilter = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int documents = 0, paragraphs = 0, failed = 0, done = 0;
        await using (output.ConfigureAwait(false))
        await using (removedOutput)
        {
            var window = new Queue<Task<Outcome>>();
            using var gate = new SemaphoreSlim(Parallel);
            try
            {
                int next = 0;
                while (next < files.Count || window.Count > 0)
                {
                    // Keep a bounded window of files in flight; write them back in order.
                    while (next < files.Count && window.Count < Parallel * 4)
                    {
                        window.Enqueue(ProcessAsync(files[next++], gate, cancellationToken));
                    }

                    Outcome outcome = await window.Dequeue().ConfigureAwait(false);
                    await output.WriteRawAsync(outcome.Output, outcome.Failed && Format == OutputFormat.Text ? 0 : 1, cancellationToken).ConfigureAwait(false);
                    if (removedOutput is not null)
                    {
                        await removedOutput.WriteRawAsync(outcome.Removed, outcome.RemovedFilters.Count, cancellationToken).ConfigureAwait(false);
                    }

                    if (outcome.Failed)
                    {
                        failed++;
                        if (Format == OutputFormat.Text)
                        {
                            progress.Clear();
                            await console.Error.WriteLineAsync($"newsparse: {outcome.ErrorMessage}").ConfigureAwait(false);
                        }
                    }
                    else
                    {
                        documents++;
                        paragraphs += outcome.Paragraphs;
                        foreach (string filter in outcome.RemovedFilters)
                        {
                            removedByFilter[filter] = removedByFilter.GetValueOrDefault(filter) + 1;
                        }
                    }

                    done++;
                    progress.Report(done, outcome.Bytes);
                }

                if (removedOutput is not null)
                {
                    await removedOutput.CommitAsync(cancellationToken).ConfigureAwait(false);
                }

                await output.CommitAsync(cancellationToken).ConfigureAwait(false);
                progress.Clear();
            }
            catch (OperationCanceledException)
            {
                progress.Clear();
                await DrainAsync(window).ConfigureAwait(false);
                if (OutputPath is null)
                {
                    // Standard output keeps what was done: the buffered records are whole lines.
                    await output.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                }

                string written = OutputPath is null
                    ? $"{done} documents were written whole to standard output"
                    : $"{OutputPath} was not written";
                await console.Error.WriteLineAsync($"newsparse: canceled after {done} of {files.Count} documents; {written}.").ConfigureAwait(false);
                return CliApp.ExitCanceled;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                progress.Clear();
                await DrainAsync(window).ConfigureAwait(false);
                string target = OutputPath is null ? "standard output" : $"{OutputPath} (nothing was written; the temporary file was removed)";
                await console.Error.WriteLineAsync($"newsparse: cannot write {target}: {ex.Message}").ConfigureAwait(false);
                return ExitOutputFailed;
            }
        }

        if (failed > 0)
        {
            await console.Error.WriteLineAsync($"newsparse: {failed} of {files.Count} documents failed; see the error records.").ConfigureAwait(false);
        }

        if (Pipeline is not null && !Quiet)
        {
            int removed = removedByFilter.Values.Sum();
            string perFilter = removedByFilter.Count == 0 ? "none" : string.Join(", ", removedByFilter.Select(kv => $"{kv.Key} {kv.Value}"));
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"newsparse clean: {documents} documents, {paragraphs} paragraphs, {removed} removed ({perFilter})")).ConfigureAwait(false);
        }

        return failed > 0 ? CliApp.ExitSomeFailed : CliApp.ExitSuccess;
    }

    private static async Task DrainAsync(Queue<Task<Outcome>> window)
    {
        // Let the files still in flight end before the gate and outputs go away.
        foreach (Task<Outcome> task in window)
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or UnauthorizedAccessException)
            {
                // Already being reported.
            }
        }
    }

    private RecordOutput Open(string? path)
    {
        try
        {
            return RecordOutput.Open(path, console.Out);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliApp.UsageException($"cannot write {path}: {ex.Message}");
        }
    }

    private async Task<Outcome> ProcessAsync(string file, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => Process(file, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Outcome> Process(string file, CancellationToken cancellationToken)
    {
        NewsParseResult result = await Parser.TryParseFileAsync(file, cancellationToken).ConfigureAwait(false);
        long bytes = SizeOf(file);
        var buffer = new ArrayBufferWriter<byte>(4096);
        if (!result.IsSuccess)
        {
            NewsParseError error = result.Error;
            if (Format == OutputFormat.Jsonl)
            {
                var record = new ErrorRecord(file, new ErrorDetail(error.Kind.ToString(), error.LineNumber, error.ColumnNumber, error.Message));
                AppendJsonLine(buffer, record, CliJsonContext.Default.ErrorRecord);
            }

            return new Outcome(buffer.WrittenMemory, ReadOnlyMemory<byte>.Empty, [], 0, bytes, error.Message);
        }

        NewsDocument document = result.Document;
        IReadOnlyList<string> kept = document.Paragraphs;
        RemovedRecord[]? removed = null;
        string[] removedFilters = [];
        ArrayBufferWriter<byte>? audit = RemovedPath is null ? null : new ArrayBufferWriter<byte>(1024);
        if (Pipeline is not null)
        {
            NewsCleaningResult cleaned = Pipeline.Clean(document);
            kept = cleaned.Document.Paragraphs;
            removed = new RemovedRecord[cleaned.Removed.Count];
            removedFilters = new string[removed.Length];
            for (int i = 0; i < removed.Length; i++)
            {
                NewsRemovedParagraph r = cleaned.Removed[i];
                removed[i] = new RemovedRecord(r.Index, r.Text, r.Filter, r.Reason);
                removedFilters[i] = r.Filter;
                if (audit is not null)
                {
                    AppendJsonLine(audit, new RemovedFileRecord(file, r.Index, r.Text, r.Filter, r.Reason), CliJsonContext.Default.RemovedFileRecord);
                }
            }

            document = cleaned.Document;
        }

        if (Format == OutputFormat.Jsonl)
        {
            var record = new DocumentRecord(file, document.Title, document.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), document.Url.OriginalString, kept, removed);
            AppendJsonLine(buffer, record, CliJsonContext.Default.DocumentRecord);
        }
        else
        {
            AppendText(buffer, document);
        }

        return new Outcome(buffer.WrittenMemory, audit?.WrittenMemory ?? ReadOnlyMemory<byte>.Empty, removedFilters, result.Document.Paragraphs.Count, bytes, null);
    }

    private static void AppendJsonLine<T>(ArrayBufferWriter<byte> buffer, T record, JsonTypeInfo<T> typeInfo)
    {
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, record, typeInfo);
        }

        buffer.Write("\n"u8);
    }

    private static void AppendText(ArrayBufferWriter<byte> buffer, NewsDocument document)
    {
        // The canonical corpus format; a blank line ends each document (a paragraph is never blank).
        if (document.Paragraphs.Count > 0)
        {
            NewsWriter.Write(document, buffer);
        }
        else
        {
            // Every paragraph was removed: the header alone, which the strict parser would reject as a document.
            string header = string.Create(CultureInfo.InvariantCulture, $"{document.Title}\n{document.Date:yyyyMMdd}\n{document.Url.OriginalString}\n");
            buffer.Write(Encoding.UTF8.GetBytes(header));
        }

        buffer.Write("\n"u8);
    }

    private static long SizeOf(string file)
    {
        try
        {
            return new FileInfo(file).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private sealed record Outcome(ReadOnlyMemory<byte> Output, ReadOnlyMemory<byte> Removed, IReadOnlyList<string> RemovedFilters, int Paragraphs, long Bytes, string? ErrorMessage)
    {
        public bool Failed => ErrorMessage is not null;
    }
}
