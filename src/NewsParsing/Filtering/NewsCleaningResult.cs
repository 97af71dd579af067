namespace NewsParsing.Filtering;

/// <summary>
/// The outcome of cleaning one document: the cleaned document and every removed paragraph. Nothing is lost:
/// <see cref="Rebuild()"/> gives back the original document.
/// </summary>
public sealed class NewsCleaningResult
{
    internal NewsCleaningResult(NewsDocument document, IReadOnlyList<NewsRemovedParagraph> removed)
    {
        Document = document;
        Removed = removed;
    }

    /// <summary>The document with the kept paragraphs, in their original order.</summary>
    public NewsDocument Document { get; }

    /// <summary>The removed paragraphs, in their original order.</summary>
    public IReadOnlyList<NewsRemovedParagraph> Removed { get; }

    /// <summary>Rebuilds the original document from the kept and removed paragraphs.</summary>
    public NewsDocument Rebuild() => Rebuild(Document, Removed);

    /// <summary>Rebuilds an original document from a cleaned one and its removals (e.g. read back from <c>newsparse clean</c> output).</summary>
    /// <exception cref="ArgumentException">The removals' indexes do not fit the cleaned document.</exception>
    public static NewsDocument Rebuild(NewsDocument cleaned, IEnumerable<NewsRemovedParagraph> removed)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        ArgumentNullException.ThrowIfNull(removed);
        NewsRemovedParagraph[] sorted = [.. removed.OrderBy(r => r.Index)];
        int total = cleaned.Paragraphs.Count + sorted.Length;
        var paragraphs = new string[total];
        int kept = 0;
        int next = 0;
        for (int i = 0; i < total; i++)
        {
            if (next < sorted.Length && sorted[next].Index == i)
            {
                paragraphs[i] = sorted[next++].Text;
            }
            else if (kept < cleaned.Paragraphs.Count)
            {
                paragraphs[i] = cleaned.Paragraphs[kept++];
            }
            else
            {
                throw new ArgumentException($"Removal index {sorted[next].Index} is beyond the {total} paragraphs of the original document.", nameof(removed));
            }
        }

        if (next != sorted.Length)
        {
            throw new ArgumentException("The removals hold duplicate or out-of-range indexes.", nameof(removed));
        }

        return cleaned.WithParagraphs(paragraphs);
    }
}
