using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Filtering;

/// <summary>What a filter knows besides the paragraph text: its position and the document's header.</summary>
public readonly struct NewsFilterContext
{
    private readonly NewsDocument? _document; // its Url is read only when a filter asks (a parsed document creates it then)

    /// <summary>The pipeline's context: the document's <see cref="NewsDocument.Url"/> is read only if a filter asks for it.</summary>
    internal NewsFilterContext(NewsDocument document, string host, int index, int paragraphCount, DocumentAppeals? appeals)
    {
        Title = document.Title;
        Date = document.Date;
        _document = document;
        Host = host;
        Index = index;
        ParagraphCount = paragraphCount;
        Appeals = appeals;
    }

    /// <summary>Creates a context for <paramref name="document"/>'s paragraph at <paramref name="index"/> (for calling a filter directly).</summary>
    public NewsFilterContext(NewsDocument document, int index)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Title = document.Title;
        Date = document.Date;
        _document = document;
        Host = document.Host;
        Index = index;
        ParagraphCount = document.Paragraphs.Count;
        Appeals = null;
    }

    /// <summary>The document's headline.</summary>
    public string Title { get; }

    /// <summary>The document's publication date.</summary>
    public DateOnly Date { get; }

    /// <summary>The document's URL.</summary>
    public Uri Url => _document?.Url!;

    /// <summary>The publisher's host name, from <see cref="Url"/>.</summary>
    public string Host { get; }

    /// <summary>The paragraph's 0-based position in the parsed document.</summary>
    public int Index { get; }

    /// <summary>How many paragraphs the parsed document has.</summary>
    public int ParagraphCount { get; }

    /// <summary>The pipeline's shared per-document appeal analysis, when the pipeline computed one.</summary>
    internal DocumentAppeals? Appeals { get; }
}
