namespace NewsParsing.Reading;

/// <summary>
/// Options for <see cref="NewsReader"/>. The <see langword="default"/> value is valid: strict mode and the default limits.
/// A limit left at 0 means its default.
/// </summary>
public struct NewsReaderOptions : IEquatable<NewsReaderOptions>
{
    /// <summary>The default for <see cref="MaxLineLength"/>: 1 MiB.</summary>
    public const int DefaultMaxLineLength = 1024 * 1024;

    /// <summary>The default for <see cref="MaxParagraphs"/>: 100,000.</summary>
    public const int DefaultMaxParagraphs = 100_000;

    /// <summary>The default for <see cref="MaxInputBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    private int _maxLineLength;
    private int _maxParagraphs;
    private long _maxInputBytes;

    /// <summary>
    /// When <see langword="true"/>, also accepts a <c>yyyy-MM-dd</c> date, a document without body paragraphs,
    /// blank lines before the headline, and invalid UTF-8 (which the parser replaces with U+FFFD).
    /// </summary>
    public bool Lenient { readonly get; set; }

    /// <summary>The longest accepted line, in bytes, without its line ending. 0 means <see cref="DefaultMaxLineLength"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxLineLength
    {
        readonly get => _maxLineLength == 0 ? DefaultMaxLineLength : _maxLineLength;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxLineLength = value;
        }
    }

    /// <summary>The most body paragraphs accepted in one document. 0 means <see cref="DefaultMaxParagraphs"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxParagraphs
    {
        readonly get => _maxParagraphs == 0 ? DefaultMaxParagraphs : _maxParagraphs;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxParagraphs = value;
        }
    }

    /// <summary>The largest accepted input, in bytes. 0 means <see cref="DefaultMaxInputBytes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long MaxInputBytes
    {
        readonly get => _maxInputBytes == 0 ? DefaultMaxInputBytes : _maxInputBytes;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _maxInputBytes = value;
        }
    }

    /// <inheritdoc />
    public readonly bool Equals(NewsReaderOptions other) =>
        Lenient == other.Lenient && MaxLineLength == other.MaxLineLength
        && MaxParagraphs == other.MaxParagraphs && MaxInputBytes == other.MaxInputBytes;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is NewsReaderOptions other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode() => HashCode.Combine(Lenient, MaxLineLength, MaxParagraphs, MaxInputBytes);

    /// <summary>Compares two options values.</summary>
    public static bool operator ==(NewsReaderOptions left, NewsReaderOptions right) => left.Equals(right);

    /// <summary>Compares two options values.</summary>
    public static bool operator !=(NewsReaderOptions left, NewsReaderOptions right) => !left.Equals(right);
}
