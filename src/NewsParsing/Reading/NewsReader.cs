using System.Diagnostics;
using System.Text;
using System.Text.Unicode;
using NewsParsing.Internals;

namespace NewsParsing.Reading;

/// <summary>
/// A forward-only, zero-allocation reader over one news document in UTF-8, shaped like
/// <see cref="System.Text.Json.Utf8JsonReader"/>: each <see cref="Read"/> moves to the next field
/// (<see cref="NewsTokenKind.Title"/>, <see cref="NewsTokenKind.Date"/>, <see cref="NewsTokenKind.Url"/>) or
/// <see cref="NewsTokenKind.Paragraph"/>, and <see cref="ValueSpan"/> holds its trimmed bytes.
/// </summary>
/// <remarks>
/// Line endings may be LF, CRLF or a lone CR; a UTF-8 byte order mark is skipped; spaces and tabs around each
/// line are trimmed; blank body lines are skipped. The reader validates as it goes and reports the first problem
/// with its line and column. It allocates only when it reports an error.
/// </remarks>
[DebuggerDisplay("{TokenKind} at line {LineNumber}")]
public ref struct NewsReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private readonly ReadOnlySpan<byte> _buffer;
    private readonly NewsReaderOptions _options;
    private int _position;
    private int _nextLineNumber;
    private int _lineStart;
    private int _valueStart;
    private int _valueLength;
    private int _lineNumber;
    private int _paragraphCount;
    private NewsTokenKind _tokenKind;
    private NewsParseError? _error;
    private int _validFrom;
    private bool _restChecked;
    private bool _finished;

    /// <summary>Creates a reader over <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The whole document, UTF-8 encoded, with or without a byte order mark.</param>
    /// <param name="options">Mode and limits; <see langword="default"/> means strict with default limits.</param>
    public NewsReader(ReadOnlySpan<byte> utf8, NewsReaderOptions options = default)
    {
        _buffer = utf8;
        _options = options;
        _nextLineNumber = 1;
        // A byte order mark (even a doubled one, as concatenating tools leave) is not text.
        _position = 0;
        while (utf8[_position..].StartsWith(Utf8Bom))
        {
            _position += Utf8Bom.Length;
        }

        _lineStart = _position;
        _validFrom = int.MaxValue;
    }

    /// <summary>The options this reader was created with.</summary>
    public readonly NewsReaderOptions Options => _options;

    /// <summary>The kind of the current token.</summary>
    public readonly NewsTokenKind TokenKind => _tokenKind;

    /// <summary>The current token's bytes, without line ending and surrounding spaces or tabs.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _buffer.Slice(_valueStart, _valueLength);

    /// <summary>The 1-based line of the current token.</summary>
    public readonly int LineNumber => _lineNumber;

    /// <summary>The 1-based column where the current token's value starts (after leading spaces), in Unicode scalar values.</summary>
    public readonly int ColumnNumber => TextPosition.Column(_buffer[_lineStart..], _valueStart - _lineStart);

    /// <summary>The offset of <see cref="ValueSpan"/> from the start of the input, in bytes.</summary>
    public readonly long BytePosition => _valueStart;

    /// <summary>How many body paragraphs have been read so far.</summary>
    public readonly int ParagraphCount => _paragraphCount;

    /// <summary>The offset of the first byte not yet read, in bytes.</summary>
    public readonly long BytesConsumed => _position;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="true"/> if a token was read; <see langword="false"/> at the end of the document.</returns>
    /// <exception cref="NewsParseException">The input is not a valid news document.</exception>
    public bool Read()
    {
        if (TryRead(out NewsParseError? error))
        {
            return true;
        }

        if (error is not null)
        {
            ThrowHelper.ThrowParseException(error);
        }

        return false;
    }

    /// <summary>Moves to the next token without throwing for bad input.</summary>
    /// <param name="error">When this method returns <see langword="false"/>, the problem found, or <see langword="null"/> at the regular end of the document.</param>
    /// <returns><see langword="true"/> if a token was read; <see langword="false"/> at the end of the document or on an error.</returns>
    public bool TryRead(out NewsParseError? error)
    {
        if (_finished)
        {
            error = _error;
            return false;
        }

        if (_tokenKind == NewsTokenKind.None && _lineNumber == 0 && !CheckInput(out error))
        {
            return Fail(error!, out error);
        }

        while (true)
        {
            if (_position >= _buffer.Length)
            {
                return End(out error);
            }

            if (!NextLine(out int start, out int end, out NewsParseError? lineError))
            {
                return Fail(lineError!, out error);
            }

            Trim(ref start, ref end);
            if (_tokenKind == NewsTokenKind.None)
            {
                // Byte order marks mixed with spaces before the headline are not text either (and a headline that
                // started with one would read back differently; found by fuzzing).
                while (start < end && (_buffer[start] is (byte)' ' or (byte)'\t' || _buffer[start..end].StartsWith(Utf8Bom)))
                {
                    start += _buffer[start] == 0xEF ? Utf8Bom.Length : 1;
                }
            }

            bool blank = start == end;
            NewsTokenKind next;
            switch (_tokenKind)
            {
                case NewsTokenKind.None:
                    if (blank)
                    {
                        if (_options.Lenient || IsRestBlank())
                        {
                            continue;
                        }

                        return Fail(Error(NewsParseErrorKind.BlankTitle, start, "expected a headline, found a blank line"), out error);
                    }

                    next = NewsTokenKind.Title;
                    break;
                case NewsTokenKind.Title:
                    if (blank && _options.Lenient)
                    {
                        continue;
                    }

                    if (!DateText.IsValid(_buffer[start..end], _options.Lenient))
                    {
                        return Fail(Error(NewsParseErrorKind.InvalidDate, start, $"expected a date as {DateText.Expected(_options.Lenient)}, found {Found(start, end)}"), out error);
                    }

                    next = NewsTokenKind.Date;
                    break;
                case NewsTokenKind.Date:
                    if (blank && _options.Lenient)
                    {
                        continue;
                    }

                    if (!UrlText.IsValid(_buffer[start..end]))
                    {
                        return Fail(Error(NewsParseErrorKind.InvalidUrl, start, $"expected an absolute http or https URL, found {Found(start, end)}"), out error);
                    }

                    next = NewsTokenKind.Url;
                    break;
                default:
                    if (blank)
                    {
                        continue;
                    }

                    if (_paragraphCount >= _options.MaxParagraphs)
                    {
                        return Fail(Error(NewsParseErrorKind.TooManyParagraphs, start, $"expected at most {_options.MaxParagraphs} paragraphs (MaxParagraphs), found more"), out error);
                    }

                    _paragraphCount++;
                    next = NewsTokenKind.Paragraph;
                    break;
            }

            _tokenKind = next;
            _valueStart = start;
            _valueLength = end - start;
            error = null;
            return true;
        }
    }

    /// <summary>Parses the current <see cref="NewsTokenKind.Date"/> token.</summary>
    /// <exception cref="InvalidOperationException">The reader is not on a date token.</exception>
    public readonly DateOnly GetDate()
    {
        if (_tokenKind != NewsTokenKind.Date)
        {
            ThrowHelper.ThrowInvalidOperation($"GetDate() needs the reader on a Date token, but it is on {_tokenKind}. Call it right after Read() returns the Date token.");
        }

        return DateText.Parse(ValueSpan);
    }

    /// <summary>Decodes the current token's value to a string (invalid UTF-8 becomes U+FFFD).</summary>
    /// <exception cref="InvalidOperationException">No token has been read.</exception>
    public readonly string GetString()
    {
        if (_tokenKind == NewsTokenKind.None)
        {
            ThrowHelper.ThrowInvalidOperation("GetString() needs a current token. Call Read() first.");
        }

        return Encoding.UTF8.GetString(ValueSpan);
    }

    private readonly bool IsRestBlank() => _buffer[_position..].IndexOfAnyExcept(" \t\r\n"u8) < 0;

    private bool CheckInput(out NewsParseError? error)
    {
        error = null;
        if (_buffer.Length > _options.MaxInputBytes)
        {
            error = LimitError(_buffer, _options.MaxInputBytes);
            return false;
        }

        if (EncodingSniffer.LooksLikeUtf16(_buffer))
        {
            error = new NewsParseError(NewsParseErrorKind.UnsupportedEncoding, 1, 1, "expected UTF-8 text, found UTF-16 (a UTF-16 byte order mark or NUL bytes between ASCII characters); convert the file to UTF-8");
            return false;
        }

        return true;
    }

    /// <summary>Builds the error for input that is larger than <paramref name="maxInputBytes"/>, positioned where the limit was crossed.</summary>
    internal static NewsParseError LimitError(ReadOnlySpan<byte> prefix, long maxInputBytes)
    {
        ReadOnlySpan<byte> seen = prefix[..(int)Math.Min(prefix.Length, maxInputBytes)];
        int line = 1;
        int lineStart = 0;
        for (int i = seen.IndexOfAny((byte)'\n', (byte)'\r'); i >= 0; i = NextBreak(seen, i + 1))
        {
            if (seen[i] == '\r' && i + 1 < seen.Length && seen[i + 1] == '\n')
            {
                i++;
            }

            line++;
            lineStart = i + 1;
        }

        while (line == 1 && seen[lineStart..].StartsWith(Utf8Bom))
        {
            lineStart += Utf8Bom.Length;
        }

        int column = TextPosition.Column(seen[lineStart..], seen.Length - lineStart);
        return new NewsParseError(NewsParseErrorKind.InputTooLarge, line, column, $"expected at most {maxInputBytes} bytes of input (MaxInputBytes), found more");
    }

    private static int NextBreak(ReadOnlySpan<byte> text, int from)
    {
        int index = from < text.Length ? text[from..].IndexOfAny((byte)'\n', (byte)'\r') : -1;
        return index < 0 ? -1 : from + index;
    }

    private bool NextLine(out int start, out int end, out NewsParseError? error)
    {
        error = null;
        int lineStart = _position;
        _lineStart = lineStart;
        _lineNumber = _nextLineNumber++;
        int max = _options.MaxLineLength;
        int limit = _buffer.Length - lineStart > max ? lineStart + max + 1 : _buffer.Length;

        // One pass finds the line's end and whether it holds anything but plain ASCII text.
        int index = LineScanner.FindBreak(_buffer, lineStart, limit, out LineBytes seen);
        if (index < 0)
        {
            if (limit < _buffer.Length)
            {
                start = end = lineStart;
                error = Error(NewsParseErrorKind.LineTooLong, lineStart + max, $"expected a line of at most {max} bytes (MaxLineLength), found a longer one");
                return false;
            }

            index = _buffer.Length;
            _position = _buffer.Length;
        }
        else
        {
            _position = index + (_buffer[index] == '\r' && index + 1 < _buffer.Length && _buffer[index + 1] == '\n' ? 2 : 1);
        }

        start = lineStart;
        end = index;
        return seen == LineBytes.PlainAscii || Validate(lineStart, end, seen, out error);
    }

    private bool Validate(int lineStart, int lineEnd, LineBytes seen, out NewsParseError? error)
    {
        error = null;
        if ((seen & LineBytes.Nul) == 0)
        {
            // Non-ASCII text: valid if the mode lets anything through, or if the rest of the input has been checked.
            if (_options.Lenient || lineStart >= _validFrom)
            {
                return true;
            }

            // Text with real typography has non-ASCII bytes on most lines. Check everything from here to the end at
            // once (one vectorized pass); only input with a problem falls back to the line-by-line check.
            if (!_restChecked)
            {
                _restChecked = true;
                if (Utf8.IsValid(_buffer[lineStart..]))
                {
                    _validFrom = lineStart;
                    return true;
                }
            }
        }

        ReadOnlySpan<byte> line = _buffer[lineStart..lineEnd];
        int nul = line.IndexOf((byte)0);
        int invalid = _options.Lenient || Utf8.IsValid(nul < 0 ? line : line[..nul]) ? -1 : TextPosition.IndexOfInvalidUtf8(line);
        if (invalid >= 0 && (nul < 0 || invalid < nul))
        {
            error = Error(NewsParseErrorKind.InvalidUtf8, lineStart + invalid, $"expected valid UTF-8, found the byte 0x{line[invalid]:X2}");
            return false;
        }

        if (nul >= 0)
        {
            error = Error(NewsParseErrorKind.NulCharacter, lineStart + nul, "expected text, found a NUL character");
            return false;
        }

        return true;
    }

    private readonly void Trim(ref int start, ref int end)
    {
        while (start < end && _buffer[start] is (byte)' ' or (byte)'\t')
        {
            start++;
        }

        while (end > start && _buffer[end - 1] is (byte)' ' or (byte)'\t')
        {
            end--;
        }
    }

    private bool End(out NewsParseError? error)
    {
        _finished = true;
        int line = _nextLineNumber;
        _lineStart = _position;
        error = _tokenKind switch
        {
            NewsTokenKind.None => new NewsParseError(NewsParseErrorKind.Empty, 1, 1, "expected a headline on line 1, found an empty document"),
            NewsTokenKind.Title => new NewsParseError(NewsParseErrorKind.MissingDate, line, 1, $"expected a date as {DateText.Expected(_options.Lenient)}, found the end of the input"),
            NewsTokenKind.Date => new NewsParseError(NewsParseErrorKind.MissingUrl, line, 1, "expected an absolute http or https URL, found the end of the input"),
            NewsTokenKind.Url when !_options.Lenient => new NewsParseError(NewsParseErrorKind.MissingBody, line, 1, "expected at least one body paragraph, found the end of the input"),
            _ => null,
        };
        _error = error;
        return false;
    }

    private bool Fail(NewsParseError error, out NewsParseError? result)
    {
        _finished = true;
        _error = error;
        result = error;
        return false;
    }

    private readonly string Found(int start, int end) => start == end ? "a blank line" : TextPosition.Quote(_buffer[start..end]);

    private readonly NewsParseError Error(NewsParseErrorKind kind, int offset, string description)
    {
        ReadOnlySpan<byte> line = _buffer[_lineStart..];
        return new NewsParseError(kind, _lineNumber, TextPosition.Column(line, offset - _lineStart), description);
    }
}
