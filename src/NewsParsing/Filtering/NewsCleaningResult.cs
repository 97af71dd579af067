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
        for (int r = 0; r < sorted.Length; r++)
        {
            int index = sorted[r].Index;
            if (index < 0 || index >= total)
            {
                throw new ArgumentException($"Removal index {index} is outside the {total} paragraphs of the original document.", nameof(removed));
            }

            if (r > 0 && index == sorted[r - 1].Index)
            {
                throw new ArgumentException($"Removal index {index} appears more than once.", nameof(removed));
            }
        }

        // Distinct indexes in [0, total) leave exactly cleaned.Paragraphs.Count slots for the kept paragraphs.
        var paragraphs = new string[total];
        int kept = 0;
        int next = 0;
        for (int i = 0; i < total; i++)
        {
            paragraphs[i] = next < sorted.Length && sorted[next].Index == i ? sorted[next++].Text : cleaned.Paragraphs[kept++];
        }

        return cleaned.WithParagraphs(paragraphs);
    }
}
