namespace NewsParsing;

/// <summary>The kind of problem found in a news document.</summary>
public enum NewsParseErrorKind
{
    /// <summary>The input holds no headline: it is empty or holds only white space and line breaks.</summary>
    Empty = 1,

    /// <summary>Line 1 is blank where a headline was expected.</summary>
    BlankTitle,

    /// <summary>The input ends before the date line.</summary>
    MissingDate,

    /// <summary>The date line is not a valid calendar date in the form <c>yyyyMMdd</c> (or <c>yyyy-MM-dd</c> when lenient).</summary>
    InvalidDate,

    /// <summary>The input ends before the URL line.</summary>
    MissingUrl,

    /// <summary>The URL line is not an absolute <c>http</c> or <c>https</c> URL.</summary>
    InvalidUrl,

    /// <summary>The document has no body paragraph (strict mode only).</summary>
    MissingBody,

    /// <summary>The input holds a byte sequence that is not valid UTF-8 (strict mode only).</summary>
    InvalidUtf8,

    /// <summary>The text holds an unpaired UTF-16 surrogate (strict mode only).</summary>
    InvalidUtf16,

    /// <summary>The bytes are in an encoding other than UTF-8, such as UTF-16; convert the file to UTF-8.</summary>
    UnsupportedEncoding,

    /// <summary>The input holds a NUL character, which never occurs in text.</summary>
    NulCharacter,

    /// <summary>A line is longer than <see cref="NewsParserOptions.MaxLineLength"/>.</summary>
    LineTooLong,

    /// <summary>The document has more paragraphs than <see cref="NewsParserOptions.MaxParagraphs"/>.</summary>
    TooManyParagraphs,

    /// <summary>The input is larger than <see cref="NewsParserOptions.MaxInputBytes"/> (after decompression).</summary>
    InputTooLarge,

    /// <summary>The input could not be read: an I/O error, missing permissions, a file that vanished or a corrupt gzip stream.</summary>
    ReadFailed,
}
