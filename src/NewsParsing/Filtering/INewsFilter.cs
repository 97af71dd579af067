namespace NewsParsing.Filtering;

/// <summary>
/// Decides whether to keep or remove one paragraph, and says why. Implementations must be stateless and thread-safe:
/// one instance serves every document, from any thread.
/// </summary>
/// <remarks>
/// Paragraph order in real corpora is often scrambled, so a decision is about one paragraph (with the document header
/// as context), never "drop everything after this one".
/// </remarks>
public interface INewsFilter
{
    /// <summary>A stable name, shown in removal reports and used to select or remove filters (e.g. <c>DonationAppeal</c>).</summary>
    string Name { get; }

    /// <summary>Evaluates one paragraph.</summary>
    /// <param name="paragraph">The paragraph's text.</param>
    /// <param name="context">The paragraph's position and the document's header.</param>
    /// <returns><see cref="NewsFilterDecision.Keep"/>, or a removal with its reason.</returns>
    NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context);
}
