using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using NewsParsing.Internals;
using NewsParsing.Reading;

namespace NewsParsing;

/// <summary>
/// Parses news documents (headline, <c>yyyyMMdd</c> date, URL, one paragraph per line) into <see cref="NewsDocument"/>s.
/// Immutable and thread-safe: create one and share it (or register it as a singleton).
/// </summary>
/// <remarks>
/// For bad input the parse methods throw only <see cref="NewsParseException"/>, and the <c>TryParse</c> methods never throw.
/// </remarks>
public sealed class NewsParser
{
    private const int InitialParagraphCapacity = 64;

    private readonly NewsParserOptions _options;
    private readonly NewsReaderOptions _readerOptions;

    /// <summary>Creates a parser.</summary>
    /// <param name="options">Mode and limits; <see langword="null"/> means strict with the default limits. The options are copied.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is not positive.</exception>
    public NewsParser(NewsParserOptions? options = null)
    {
        _options = options?.Clone() ?? new NewsParserOptions();
        _options.Validate();
        _readerOptions = _options.ToReaderOptions();
    }

    /// <summary>A strict parser with the default limits.</summary>
    public static NewsParser Default { get; } = new();

    /// <summary>Whether this parser is lenient (see <see cref="NewsParserOptions.Lenient"/>).</summary>
    public bool Lenient => _options.Lenient;

    /// <summary>The reader options equivalent to this parser's options.</summary>
    public NewsReaderOptions ReaderOptions => _readerOptions;

    /// <summary>Parses a UTF-8 document.</summary>
    /// <exception cref="NewsParseException">The input is not a valid document.</exception>
    public NewsDocument Parse(ReadOnlySpan<byte> utf8) =>
        TryParse(utf8, out NewsDocument? document, out NewsParseError? error) ? document : ThrowHelper.ThrowParseException<NewsDocument>(error);

    /// <summary>Parses a document held as UTF-16 text.</summary>
    /// <exception cref="NewsParseException">The input is not a valid document.</exception>
    public NewsDocument Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out NewsDocument? document, out NewsParseError? error) ? document : ThrowHelper.ThrowParseException<NewsDocument>(error);

    /// <summary>Parses a UTF-8 document without throwing for bad input.</summary>
    /// <param name="utf8">The document's bytes.</param>
    /// <param name="document">The document, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The problem found, when the method returns <see langword="false"/>.</param>
    public bool TryParse(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out NewsDocument? document, [NotNullWhen(false)] out NewsParseError? error) =>
        TryParseCore(utf8, shared: null, sharedOffset: 0, sharedIfMostlyBody: false, out document, out error);

    /// <summary>
    /// Parses a UTF-8 document without copying it: the document's paragraphs stay in <paramref name="utf8"/>, which
    /// must not change (nor go back to an <see cref="ArrayPool{T}"/>) for as long as the document, or a document made
    /// from it such as a cleaned one, is used.
    /// </summary>
    /// <param name="utf8">The document's bytes.</param>
    /// <remarks>
    /// <see cref="Parse(ReadOnlySpan{byte})"/> copies the body once into an array the document owns; this method skips
    /// that copy, which is most of what parsing costs beyond reading the lines. The contract is that of
    /// <c>JsonDocument.Parse(ReadOnlyMemory&lt;byte&gt;)</c>, except that there is no <c>Dispose</c>: the memory is in use
    /// for as long as such a document is reachable, and the document keeps the whole underlying array alive. Memory that
    /// is not backed by an array is copied as by <see cref="Parse(ReadOnlySpan{byte})"/>.
    /// </remarks>
    /// <exception cref="NewsParseException">The input is not a valid document.</exception>
    public NewsDocument ParseWithoutCopying(ReadOnlyMemory<byte> utf8) =>
        TryParseWithoutCopying(utf8, out NewsDocument? document, out NewsParseError? error) ? document : ThrowHelper.ThrowParseException<NewsDocument>(error);

    /// <summary>Parses a UTF-8 document without copying it and without throwing for bad input (see <see cref="ParseWithoutCopying"/>).</summary>
    /// <param name="utf8">The document's bytes; they must not change while the document is used.</param>
    /// <param name="document">The document, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The problem found, when the method returns <see langword="false"/>.</param>
    public bool TryParseWithoutCopying(ReadOnlyMemory<byte> utf8, [NotNullWhen(true)] out NewsDocument? document, [NotNullWhen(false)] out NewsParseError? error)
    {
        // Memory not backed by an array leaves the segment empty (no array), and the body is then copied.
        _ = MemoryMarshal.TryGetArray(utf8, out ArraySegment<byte> segment);
        return TryParseCore(utf8.Span, segment.Array, segment.Offset, sharedIfMostlyBody: false, out document, out error);
    }

    /// <param name="utf8">The document.</param>
    /// <param name="shared">When not null, the array that holds <paramref name="utf8"/>, which the document then refers to instead of copying the body.</param>
    /// <param name="sharedOffset">Where <paramref name="utf8"/> starts in <paramref name="shared"/>.</param>
    /// <param name="sharedIfMostlyBody">Refer to <paramref name="shared"/> only when the body fills at least half of it, else copy (so a file of mostly blank lines does not stay in memory whole).</param>
    /// <param name="document">The document, on success.</param>
    /// <param name="error">The problem found, on failure.</param>
    private bool TryParseCore(ReadOnlySpan<byte> utf8, byte[]? shared, int sharedOffset, bool sharedIfMostlyBody, [NotNullWhen(true)] out NewsDocument? document, [NotNullWhen(false)] out NewsParseError? error)
    {
        var reader = new NewsReader(utf8, _readerOptions);
        string? title = null;
        DateOnly date = default;
        Uri? url = null;
        string? urlText = null;
        // Most documents' paragraph ranges fit on the stack; longer ones move to a pooled array.
        Span<int> ranges = stackalloc int[InitialParagraphCapacity * 2];
        int[]? rented = null;
        int count = 0;
        try
        {
            while (reader.TryRead(out error))
            {
                switch (reader.TokenKind)
                {
                    case NewsTokenKind.Title:
                        // The reader has skipped byte order marks and spaces before the headline.
                        title = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case NewsTokenKind.Date:
                        date = reader.GetDate();
                        break;
                    case NewsTokenKind.Url:
                        urlText = Encoding.UTF8.GetString(reader.ValueSpan);

                        // The reader has checked the URL's shape on the bytes. A plain ASCII URL that passes the strict
                        // check is certain to be a valid Uri, which is then created on first use; any other URL is
                        // validated by Uri now.
                        if (!UrlText.IsPlainAscii(reader.ValueSpan)
                            && (!Uri.TryCreate(urlText, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
                        {
                            error = new NewsParseError(NewsParseErrorKind.InvalidUrl, reader.LineNumber, reader.ColumnNumber, $"expected an absolute http or https URL, found {TextPosition.Quote(reader.ValueSpan)}");
                            document = null;
                            return false;
                        }

                        break;
                    default:
                        if (count * 2 == ranges.Length)
                        {
                            ranges = Grow(ranges, ref rented);
                        }

                        ranges[count * 2] = (int)reader.BytePosition;
                        ranges[(count * 2) + 1] = reader.ValueSpan.Length;
                        count++;
                        break;
                }
            }

            if (error is not null)
            {
                document = null;
                return false;
            }

            document = new NewsDocument(title!, date, urlText!, url, BodyOf(utf8, ranges[..(count * 2)], shared, sharedOffset, sharedIfMostlyBody));
            return true;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Copies the body's bytes once (from the first paragraph to the end of the last), or refers to <paramref name="shared"/>
    /// when given, and keeps each paragraph's range in it.
    /// </summary>
    private static Utf8ParagraphList BodyOf(ReadOnlySpan<byte> utf8, ReadOnlySpan<int> ranges, byte[]? shared, int sharedOffset, bool sharedIfMostlyBody)
    {
        int count = ranges.Length / 2;
        if (count == 0)
        {
            return new Utf8ParagraphList([], []);
        }

        int first = ranges[0];
        int end = ranges[^2] + ranges[^1];
        if (shared is not null && (!sharedIfMostlyBody || (end - first) * 2L >= shared.Length))
        {
            return new Utf8ParagraphList(shared, Ranges(ranges, -sharedOffset));
        }

        // Every byte is overwritten at once, so the array need not be zeroed first (a measurable share of the parse).
        byte[] body = GC.AllocateUninitializedArray<byte>(end - first);
        utf8[first..end].CopyTo(body);
        return new Utf8ParagraphList(body, Ranges(ranges, first));
    }

    /// <summary>The (start, length) pairs with each start moved from an offset in the input to one in the body array (minus <paramref name="origin"/>).</summary>
    private static int[] Ranges(ReadOnlySpan<int> ranges, int origin)
    {
        int[] result = ranges.ToArray();
        if (origin != 0)
        {
            for (int i = 0; i < result.Length; i += 2)
            {
                result[i] -= origin;
            }
        }

        return result;
    }

    /// <summary>Parses a document held as UTF-16 text without throwing for bad input.</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="document">The document, when the method returns <see langword="true"/>.</param>
    /// <param name="error">The problem found, when the method returns <see langword="false"/>.</param>
    public bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out NewsDocument? document, [NotNullWhen(false)] out NewsParseError? error)
    {
        document = null;
        if (text.Length > _options.MaxInputBytes)
        {
            error = new NewsParseError(NewsParseErrorKind.InputTooLarge, 1, 1, $"expected at most {_options.MaxInputBytes} bytes of input (MaxInputBytes), found more");
            return false;
        }

        // Transcode to UTF-8 once (vectorized), then share the validated byte path.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            OperationStatus status = Utf8.FromUtf16(text, buffer, out int read, out int written, replaceInvalidSequences: _options.Lenient);
            if (status != OperationStatus.Done)
            {
                (int line, int column) = TextPosition.LineAndColumn(text, read);
                error = new NewsParseError(NewsParseErrorKind.InvalidUtf16, line, column, $"expected valid UTF-16 text, found an unpaired surrogate U+{(int)text[read]:X4}");
                return false;
            }

            return TryParse(buffer.AsSpan(0, written), out document, out error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a UTF-8 document from <paramref name="stream"/> and parses it. Reads at most <see cref="NewsParserOptions.MaxInputBytes"/> + 1 bytes.</summary>
    /// <exception cref="NewsParseException">The input is not a valid document, or the stream failed (<see cref="NewsParseErrorKind.ReadFailed"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async ValueTask<NewsDocument> ParseAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        NewsParseResult result = await TryParseAsync(stream, cancellationToken).ConfigureAwait(false);
        return result.GetDocumentOrThrow();
    }

    /// <summary>Reads a UTF-8 document from <paramref name="stream"/> and parses it, reporting bad input in the result instead of throwing.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public ValueTask<NewsParseResult> TryParseAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return TryParseStreamAsync(stream, sourcePath: null, cancellationToken);
    }

    /// <summary>Parses the file at <paramref name="path"/>; a name ending in <c>.gz</c> is decompressed on the fly.</summary>
    /// <exception cref="NewsParseException">The file is not a valid document or cannot be read (<see cref="NewsParseErrorKind.ReadFailed"/>).</exception>
    public NewsDocument ParseFile(string path) =>
        ParseFileAsync(path).AsTask().GetAwaiter().GetResult();

    /// <summary>Parses the file at <paramref name="path"/>; a name ending in <c>.gz</c> is decompressed on the fly.</summary>
    /// <exception cref="NewsParseException">The file is not a valid document or cannot be read (<see cref="NewsParseErrorKind.ReadFailed"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async ValueTask<NewsDocument> ParseFileAsync(string path, CancellationToken cancellationToken = default)
    {
        NewsParseResult result = await TryParseFileAsync(path, cancellationToken).ConfigureAwait(false);
        return result.GetDocumentOrThrow();
    }

    /// <summary>Parses the file at <paramref name="path"/>, reporting bad input and I/O failures in the result instead of throwing.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async ValueTask<NewsParseResult> TryParseFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Stream? stream = null;
        try
        {
            // Named pipes and devices report a length of 0, like empty files; reading one could block or never end,
            // so a zero-length entry is reported as empty without being opened.
            var info = new FileInfo(path);
            if (info.Exists && info.Length == 0)
            {
                return TryParse(ReadOnlySpan<byte>.Empty, out _, out NewsParseError? empty)
                    ? throw new InvalidOperationException("An empty input parsed.")
                    : NewsParseResult.Failure(empty.WithSourcePath(path), path);
            }

            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }

            return NewsParseResult.Failure(ReadFailed(ex, path), path);
        }

        await using (stream.ConfigureAwait(false))
        {
            return await TryParseStreamAsync(stream, path, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<NewsParseResult> TryParseStreamAsync(Stream stream, string? sourcePath, CancellationToken cancellationToken)
    {
        long limit = _options.MaxInputBytes;
        int initial = 16 * 1024;

        // A file: one buffer of the right size (one byte more, to see the end), never more than the limit + 1. It is
        // not pooled: the document keeps it instead of a copy of its body. Other streams read into pooled buffers.
        bool handOver;
        try
        {
            handOver = stream.CanSeek;
            if (handOver)
            {
                initial = (int)Math.Clamp(stream.Length - stream.Position + 1, 1, limit + 1);
            }
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException)
        {
            return NewsParseResult.Failure(ReadFailed(ex, sourcePath), sourcePath);
        }

        byte[] buffer = handOver ? GC.AllocateUninitializedArray<byte>(initial) : RentBuffer(initial);
        int length = 0;
        try
        {
            // Read at most limit + 1 bytes: one more than the limit is enough to report it.
            while (length <= limit)
            {
                if (length == buffer.Length)
                {
                    // length <= limit here, so the new size is always larger than the full buffer.
                    // (A file that grew while being read lands here too, and then takes the copying path.)
                    byte[] larger = RentBuffer((int)Math.Min(Math.Max(buffer.Length * 2L, 16 * 1024), limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    if (!handOver)
                    {
                        ReturnBuffer(buffer);
                    }

                    buffer = larger;
                    handOver = false;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length, (int)Math.Min(buffer.Length - length, limit + 1 - length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            if (length > limit)
            {
                return NewsParseResult.Failure(NewsReader.LimitError(buffer.AsSpan(0, length), limit).WithSourcePath(sourcePath), sourcePath);
            }

            return TryParseCore(buffer.AsSpan(0, length), handOver ? buffer : null, 0, sharedIfMostlyBody: true, out NewsDocument? document, out NewsParseError? error)
                ? NewsParseResult.Success(document, sourcePath)
                : NewsParseResult.Failure(error.WithSourcePath(sourcePath), sourcePath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ObjectDisposedException)
        {
            return NewsParseResult.Failure(ReadFailed(ex, sourcePath), sourcePath);
        }
        finally
        {
            // A buffer meant for the document was never rented.
            if (!handOver)
            {
                ReturnBuffer(buffer);
            }
        }
    }

    // Large buffers are allocated at their exact size: the shared pool would round 64 MiB + 1 up to 128 MiB.
    private const int PooledBufferLimit = 1024 * 1024;

    private static byte[] RentBuffer(int size) =>
        size <= PooledBufferLimit ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);

    private static void ReturnBuffer(byte[] buffer)
    {
        if (buffer.Length <= PooledBufferLimit)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static NewsParseError ReadFailed(Exception ex, string? sourcePath) =>
        new(NewsParseErrorKind.ReadFailed, 0, 0, $"expected a readable {(ex is InvalidDataException ? "gzip stream" : "input")}, found an error: {ex.Message}", sourcePath);

    /// <summary>Moves the full <paramref name="ranges"/> to a pooled array twice as large, returning the one rented before if any.</summary>
    private static int[] Grow(ReadOnlySpan<int> ranges, ref int[]? rented)
    {
        int[] larger = ArrayPool<int>.Shared.Rent(ranges.Length * 2);
        ranges.CopyTo(larger);
        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        rented = larger;
        return larger;
    }
}
