using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using NewsParsing.Internals;

namespace NewsParsing;

/// <summary>
/// One news document: headline, publication date, article URL and body paragraphs. Immutable, with value equality.
/// </summary>
/// <remarks>
/// Every instance can be written by <see cref="NewsWriter"/> and read back to an equal document: the title and each
/// paragraph are non-blank single lines without surrounding spaces, tabs or NUL characters, and the URL is an
/// absolute http or https URL. The setters enforce this and throw <see cref="ArgumentException"/> otherwise.
/// A document from <see cref="NewsParser.ParseWithoutCopying"/> reads its paragraphs from the caller's memory, so it is
/// immutable only as long as the caller keeps that memory unchanged, as that method requires.
/// </remarks>
[DebuggerDisplay("{Title,nq} ({Date}, {Paragraphs.Count} paragraphs)")]
public sealed class NewsDocument : IEquatable<NewsDocument>
{
    private static readonly ReadOnlyCollection<string> NoParagraphs = new([]);

    private readonly string _title = string.Empty;
    private readonly string _urlText = string.Empty;
    private Uri? _url;
    private readonly IReadOnlyList<string> _paragraphs = NoParagraphs;
    private string? _host;

    /// <summary>Creates an empty document; set every required property.</summary>
    public NewsDocument()
    {
    }

    /// <summary>Creates a document from values the parser has already validated; takes ownership of <paramref name="paragraphs"/>.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // The required members are set through their backing fields.
    internal NewsDocument(string title, DateOnly date, Uri url, string[] paragraphs)
    {
        _title = title;
        Date = date;
        _url = url;
        _urlText = url.OriginalString;
        _paragraphs = paragraphs.Length == 0 ? NoParagraphs : new ReadOnlyCollection<string>(paragraphs);
    }

    /// <summary>Creates a document whose paragraphs stay UTF-8 until read (see <see cref="Utf8ParagraphList"/>).</summary>
    [SetsRequiredMembers]
    internal NewsDocument(string title, DateOnly date, Uri url, Utf8ParagraphList paragraphs)
        : this(title, date, url.OriginalString, url, paragraphs)
    {
    }

    /// <summary>
    /// Creates a parsed document. <paramref name="url"/> may be null when <paramref name="urlText"/> passed the
    /// parser's strict URL check, which guarantees that <see cref="Uri"/> accepts it; the Uri is then created on first use.
    /// </summary>
    [SetsRequiredMembers]
    internal NewsDocument(string title, DateOnly date, string urlText, Uri? url, Utf8ParagraphList paragraphs)
    {
        _title = title;
        Date = date;
        _urlText = urlText;
        _url = url;
        _paragraphs = paragraphs.Count == 0 ? NoParagraphs : paragraphs;
    }
#pragma warning restore CS8618

    /// <summary>The paragraphs as UTF-8, when the document was parsed from bytes and not built from strings.</summary>
    internal Utf8ParagraphList? Utf8Paragraphs => _paragraphs as Utf8ParagraphList;

    /// <summary>The headline (line 1), trimmed.</summary>
    /// <exception cref="ArgumentException">The value is blank, spans several lines, has surrounding spaces or tabs, holds a NUL or an unpaired surrogate, or starts with U+FEFF.</exception>
    public required string Title
    {
        get => _title;
        init
        {
            _title = TextRules.CheckLine(value, nameof(Title));
            if (_title[0] == '\uFEFF')
            {
                ThrowHelper.ThrowArgument("Expected a headline that does not start with U+FEFF, which reads back as a byte order mark.", nameof(Title));
            }
        }
    }

    /// <summary>The publication date (line 2).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The article URL (line 3): always absolute, with the <c>http</c> or <c>https</c> scheme.</summary>
    /// <exception cref="ArgumentException">The value is relative or has another scheme.</exception>
    public required Uri Url
    {
        get => _url ??= new Uri(_urlText, UriKind.Absolute);
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (!TextRules.IsHttpUrl(value))
            {
                ThrowHelper.ThrowArgument($"Expected an absolute http or https URL, found \"{value.OriginalString}\".", nameof(Url));
            }

            _url = value;
            _urlText = value.OriginalString;
            _host = null;
        }
    }

    /// <summary>
    /// The body paragraphs (line 4 on) in document order, as a read-only list. A parsed document keeps its paragraphs
    /// as UTF-8 and creates each string when it is first read.
    /// </summary>
    /// <exception cref="ArgumentException">A paragraph is blank, spans several lines, has surrounding spaces or tabs, or holds a NUL.</exception>
    public required IReadOnlyList<string> Paragraphs
    {
        get => _paragraphs;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            var copy = new string[value.Count];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = TextRules.CheckLine(value[i], nameof(Paragraphs));
            }

            _paragraphs = copy.Length == 0 ? NoParagraphs : new ReadOnlyCollection<string>(copy);
        }
    }

    /// <summary>
    /// The publisher's host name from <see cref="Url"/>, lower-case, e.g. <c>www.example.com</c>; internationalized names in
    /// their ASCII (punycode) form, or as written when they are not valid by IDN rules.
    /// </summary>
    public string Host => _host ??= Internals.UrlText.PlainHost(_urlText) ?? HostOf(Url);

    /// <summary>The URL exactly as written in the document (<see cref="Uri.OriginalString"/>), without creating the <see cref="Uri"/>.</summary>
    internal string UrlText => _urlText;

    /// <summary>The <see cref="Url"/> if it was already created, else null (a parsed document creates it on first use).</summary>
    internal Uri? UrlIfCreated => _url;

    /// <summary>Returns a copy of this document with other paragraphs.</summary>
    /// <param name="paragraphs">The new paragraphs.</param>
    public NewsDocument WithParagraphs(IEnumerable<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        return new NewsDocument { Title = Title, Date = Date, Url = Url, Paragraphs = paragraphs as IReadOnlyList<string> ?? [.. paragraphs] };
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] NewsDocument? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Date != other.Date || !string.Equals(Title, other.Title, StringComparison.Ordinal)
            || !string.Equals(_urlText, other._urlText, StringComparison.Ordinal)
            || Paragraphs.Count != other.Paragraphs.Count)
        {
            return false;
        }

        for (int i = 0; i < Paragraphs.Count; i++)
        {
            if (!string.Equals(Paragraphs[i], other.Paragraphs[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NewsDocument);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Title, StringComparer.Ordinal);
        hash.Add(Date);
        hash.Add(_urlText, StringComparer.Ordinal);
        hash.Add(Paragraphs.Count);
        foreach (string paragraph in Paragraphs)
        {
            hash.Add(paragraph, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the document in its canonical text form (see <see cref="NewsWriter"/>).</summary>
    public override string ToString() => NewsWriter.ToText(this);

    /// <summary>Compares two documents by value.</summary>
    public static bool operator ==(NewsDocument? left, NewsDocument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two documents by value.</summary>
    public static bool operator !=(NewsDocument? left, NewsDocument? right) => !(left == right);

    private static string HostOf(Uri url)
    {
        try
        {
            return url.IdnHost;
        }
        catch (UriFormatException)
        {
            // Uri accepts some hosts that IDN rules reject (found by fuzzing); the host as written still names the publisher.
            return url.Host.ToLowerInvariant();
        }
    }
}
