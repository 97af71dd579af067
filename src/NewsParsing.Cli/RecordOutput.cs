using System.Buffers;

namespace NewsParsing.Cli;

/// <summary>
/// Writes whole records (JSON Lines or text) to standard output or to a file. A file is written under a temporary name beside it and renamed
/// only by <see cref="CommitAsync"/>, so an interrupted run never leaves a truncated output file.
/// </summary>
internal sealed class RecordOutput : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly string? _finalPath;
    private readonly string? _tempPath;
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private bool _committed;

    private RecordOutput(Stream stream, string? finalPath, string? tempPath)
    {
        _stream = stream;
        _finalPath = finalPath;
        _tempPath = tempPath;
    }

    public int RecordsWritten { get; private set; }

    public static RecordOutput Open(string? path, Stream stdout)
    {
        if (path is null)
        {
            return new RecordOutput(stdout, null, null);
        }

        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException($"{path} is a directory");
        }

        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        return new RecordOutput(stream, full, temp);
    }

    /// <summary>Writes <paramref name="records"/> whole records, already encoded; <paramref name="bytes"/> ends with a line break.</summary>
    public async ValueTask WriteRawAsync(ReadOnlyMemory<byte> bytes, int records, CancellationToken cancellationToken)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        bytes.Span.CopyTo(_buffer.GetSpan(bytes.Length));
        _buffer.Advance(bytes.Length);
        RecordsWritten += records;
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
