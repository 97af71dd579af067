using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Filtering;

/// <summary>What a filter knows besides the paragraph text: its position and the document's header.</summary>
public readonly struct NewsFilterContext
{
    internal NewsFilterContext(string title, DateOnly date, Uri url, string host, int index, int paragraphCount, DocumentAppeals? appeals)
    {
        Title = title;
        Date = date;
        Url = url;
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
        Url = document.Url;
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
    public Uri Url { get; }

    /// <summary>The publisher's host name, from <see cref="Url"/>.</summary>
    public string Host { get; }

    /// <summary>The paragraph's 0-based position in the parsed document.</summary>
    public int Index { get; }

    /// <summary>How many paragraphs the parsed document has.</summary>
    public int ParagraphCount { get; }

    /// <summary>The pipeline's shared per-document appeal analysis, when the pipeline computed one.</summary>
    internal DocumentAppeals? Appeals { get; }
}
