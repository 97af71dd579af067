using NewsParsing.Reading;

namespace NewsParsing;

/// <summary>Options for <see cref="NewsParser"/>: strict or lenient reading, and limits that keep hostile input from exhausting memory.</summary>
public sealed class NewsParserOptions
{
    /// <summary>
    /// When <see langword="true"/>, also accepts a <c>yyyy-MM-dd</c> date, a document with no body paragraphs,
    /// blank lines before the headline, date or URL, and invalid UTF-8 or UTF-16 (replaced with U+FFFD).
    /// Default: <see langword="false"/> (strict).
    /// </summary>
    public bool Lenient { get; set; }

    /// <summary>The largest accepted input in bytes, after decompression. Default: 64 MiB.</summary>
    public long MaxInputBytes { get; set; } = NewsReaderOptions.DefaultMaxInputBytes;

    /// <summary>The most body paragraphs in one document. Default: 100,000.</summary>
    public int MaxParagraphs { get; set; } = NewsReaderOptions.DefaultMaxParagraphs;

    /// <summary>The longest accepted line in bytes, without its line ending. Default: 1 MiB.</summary>
    public int MaxLineLength { get; set; } = NewsReaderOptions.DefaultMaxLineLength;

    /// <summary>Checks that every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxInputBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxInputBytes, Array.MaxLength - 1L);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxParagraphs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxLineLength);
    }

    /// <summary>The equivalent reader options.</summary>
    public NewsReaderOptions ToReaderOptions() => new()
    {
        Lenient = Lenient,
        MaxInputBytes = MaxInputBytes,
        MaxParagraphs = MaxParagraphs,
        MaxLineLength = MaxLineLength,
    };

    internal NewsParserOptions Clone() => (NewsParserOptions)MemberwiseClone();
}
