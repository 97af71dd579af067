using System.Text;
using NewsParsing.Filtering;
using NewsParsing.Reading;

namespace NewsParsing.Fuzz;

/// <summary>
/// One fuzzing iteration: every way the library reads bytes, with the promises checked. Any exception that escapes is a
/// finding: the parser must either return a document or report a <see cref="NewsParseError"/>, and cleaning must never
/// lose or invent text. Shared with the unit tests, which replay the seed corpus and every saved finding.
/// </summary>
public static class FuzzTarget
{
    private static readonly NewsParser Strict = new();

    // Small limits, so the fuzzer reaches the limit checks with small inputs.
    private static readonly NewsParserOptions LenientOptions = new() { Lenient = true, MaxLineLength = 4096, MaxParagraphs = 64, MaxInputBytes = 1 << 20 };

    private static readonly NewsParser Lenient = new(LenientOptions);

    private static readonly NewsParser LenientRoundTrip = new(new NewsParserOptions { Lenient = true });

    public static void Run(ReadOnlySpan<byte> data)
    {
        NewsDocument? strict = ParseBytes(Strict, data, out NewsParseError? strictError);
        NewsDocument? lenient = ParseBytes(Lenient, data, out NewsParseError? lenientError);
        CheckWithoutCopying(Strict, data, strict, strictError);
        CheckWithoutCopying(Lenient, data, lenient, lenientError);
        ReadAll(data, default);
        ReadAll(data, LenientOptions.ToReaderOptions());

        // The UTF-16 path must agree with the UTF-8 path on text that decodes without loss.
        if (IsPlainUtf8(data))
        {
            string text = Encoding.UTF8.GetString(data);
            NewsDocument? fromText = ParseText(Strict, text);
            if (strict is not null && fromText is not null && !strict.Equals(fromText))
            {
                throw new FuzzFindingException("the UTF-8 and UTF-16 parsers returned different documents");
            }
        }

        if (strict is not null)
        {
            CheckDocument(strict, Strict);
        }

        if (lenient is not null)
        {
            // Read back with the default limits: U+FFFD (3 bytes) replaces each invalid byte, so a line can outgrow
            // the small MaxLineLength that accepted it (findings/lenient-replacement-lengthens-line.txt).
            CheckDocument(lenient, LenientRoundTrip);
        }
    }

    private static NewsDocument? ParseBytes(NewsParser parser, ReadOnlySpan<byte> data, out NewsParseError? error)
    {
        bool ok = parser.TryParse(data, out NewsDocument? document, out error);
        if (ok)
        {
            return document;
        }

        CheckError(error!);
        try
        {
            parser.Parse(data);
        }
        catch (NewsParseException ex) when (ex.Error.Equals(error))
        {
            return null;
        }

        throw new FuzzFindingException($"Parse did not throw the error TryParse reported: {error}");
    }

    /// <summary>The no-copy parse must give what the copying parse gave (<paramref name="expected"/> or <paramref name="expectedError"/>), and clean the same way.</summary>
    private static void CheckWithoutCopying(NewsParser parser, ReadOnlySpan<byte> data, NewsDocument? expected, NewsParseError? expectedError)
    {
        bool expectedOk = expected is not null;

        // Inside a larger array, so that ranges relative to the array, not to the input, are exercised too.
        byte[] padded = new byte[data.Length + 2];
        padded[0] = (byte)'\n';
        data.CopyTo(padded.AsSpan(1));
        bool ok = parser.TryParseWithoutCopying(padded.AsMemory(1, data.Length), out NewsDocument? document, out NewsParseError? error);
        if (ok != expectedOk)
        {
            throw new FuzzFindingException($"TryParseWithoutCopying and TryParse disagree on success: {error} / {expectedError}");
        }

        if (!ok)
        {
            if (!error!.Equals(expectedError))
            {
                throw new FuzzFindingException($"TryParseWithoutCopying reported {error}, TryParse {expectedError}");
            }

            return;
        }

        if (!document!.Equals(expected))
        {
            throw new FuzzFindingException("TryParseWithoutCopying and TryParse returned different documents");
        }

        NewsCleaningResult cleaned = NewsFilterPipeline.Default.Clean(document);
        NewsCleaningResult expectedCleaning = NewsFilterPipeline.Default.Clean(expected!);
        if (!cleaned.Document.Equals(expectedCleaning.Document)
            || !cleaned.Removed.Select(r => (r.Index, r.Text, r.Filter, r.Reason)).SequenceEqual(expectedCleaning.Removed.Select(r => (r.Index, r.Text, r.Filter, r.Reason))))
        {
            throw new FuzzFindingException("a document parsed without copying was cleaned differently");
        }
    }

    private static NewsDocument? ParseText(NewsParser parser, string text)
    {
        if (parser.TryParse(text.AsSpan(), out NewsDocument? document, out NewsParseError? error))
        {
            return document;
        }

        CheckError(error!);
        return null;
    }

    private static void CheckError(NewsParseError error)
    {
        if (error.LineNumber < 1 || error.ColumnNumber < 1 || string.IsNullOrWhiteSpace(error.Description) || !Enum.IsDefined(error.Kind))
        {
            throw new FuzzFindingException($"an error without a position or description: {error.Kind} {error.LineNumber}:{error.ColumnNumber} '{error.Description}'");
        }
    }

    private static void ReadAll(ReadOnlySpan<byte> data, NewsReaderOptions options)
    {
        var reader = new NewsReader(data, options);
        NewsParseError? error;
        int tokens = 0;
        while (reader.TryRead(out error))
        {
            if (reader.ValueSpan.Length > data.Length || ++tokens > data.Length + 4)
            {
                throw new FuzzFindingException("the reader returned more than its input");
            }
        }

        if (error is not null)
        {
            CheckError(error);
        }
    }

    internal static void CheckDocument(NewsDocument document, NewsParser parser)
    {
        // Round trip: the canonical form parses back to the same document (with the options that accepted it).
        byte[] canonical = NewsWriter.ToUtf8Bytes(document);
        NewsDocument again = parser.Parse(canonical);
        if (!again.Equals(document) || !NewsWriter.ToUtf8Bytes(again).AsSpan().SequenceEqual(canonical))
        {
            throw new FuzzFindingException("the canonical form does not round-trip");
        }

        // Promise 2 (nothing lost): kept plus removed rebuild the document, in order; cleaning again removes nothing.
        NewsCleaningResult cleaned = NewsFilterPipeline.Default.Clean(document);
        if (!cleaned.Rebuild().Equals(document))
        {
            throw new FuzzFindingException("kept and removed paragraphs do not rebuild the document");
        }

        int previous = -1;
        foreach (NewsRemovedParagraph removed in cleaned.Removed)
        {
            if (removed.Index <= previous || removed.Text != document.Paragraphs[removed.Index] || removed.Reason.Length == 0)
            {
                throw new FuzzFindingException("a removal report is out of order or does not match its paragraph");
            }

            previous = removed.Index;
        }

        if (NewsFilterPipeline.Default.Clean(cleaned.Document).Removed.Count != 0)
        {
            throw new FuzzFindingException("cleaning a cleaned document removed more");
        }
    }

    private static bool IsPlainUtf8(ReadOnlySpan<byte> data) =>
        System.Text.Unicode.Utf8.IsValid(data) && !data.StartsWith("\uFEFF"u8) && data.IndexOf((byte)0) < 0;
}

/// <summary>A broken promise found by the fuzzer.</summary>
public sealed class FuzzFindingException(string message) : Exception(message);
