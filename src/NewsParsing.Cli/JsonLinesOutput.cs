using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace NewsParsing.Cli;

/// <summary>
/// Writes JSON Lines to standard output or to a file. A file is written under a temporary name beside it and renamed
/// only by <see cref="CommitAsync"/>, so an interrupted run never leaves a truncated output file.
/// </summary>
internal sealed class JsonLinesOutput : IAsyncDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly Stream _stream;
    private readonly string? _finalPath;
    private readonly string? _tempPath;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private bool _committed;

    private JsonLinesOutput(Stream stream, string? finalPath, string? tempPath)
    {
        _stream = stream;
        _finalPath = finalPath;
        _tempPath = tempPath;
        _writer = new Utf8JsonWriter(_buffer, WriterOptions);
    }

    public int RecordsWritten { get; private set; }

    public static JsonLinesOutput Open(string? path, Stream stdout)
    {
        if (path is null)
        {
            return new JsonLinesOutput(stdout, null, null);
        }

        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path} is a directory");
        }

        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        return new JsonLinesOutput(stream, full, temp);
    }

    public async ValueTask WriteAsync<T>(T record, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        _writer.Reset();
        JsonSerializer.Serialize(_writer, record, typeInfo);
        _writer.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        RecordsWritten++;
        if (_buffer.WrittenCount >= 64 * 1024)
        {
            await FlushBufferAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask CommitAsync(CancellationToken cancellationToken)
    {
        await FlushBufferAsync(cancellationToken).ConfigureAwait(false);
        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (_tempPath is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            File.Move(_tempPath, _finalPath!, overwrite: true);
        }

        _committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        if (_tempPath is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            if (!_committed)
            {
                File.Delete(_tempPath);
            }
        }
    }

    private async ValueTask FlushBufferAsync(CancellationToken cancellationToken)
    {
        if (_buffer.WrittenCount > 0)
        {
            // Whole records only: the buffer always ends at a line break.
            await _stream.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _buffer.ResetWrittenCount();
        }
    }
}
