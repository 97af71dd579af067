namespace NewsParsing.Filtering;

/// <summary>A paragraph a filter removed: where it was, what it said, which filter removed it and why.</summary>
/// <param name="Index">The paragraph's 0-based position in the parsed document.</param>
/// <param name="Text">The paragraph's text.</param>
/// <param name="Filter">The <see cref="INewsFilter.Name"/> of the filter that removed it.</param>
/// <param name="Reason">The filter's reason.</param>
public sealed record NewsRemovedParagraph(int Index, string Text, string Filter, string Reason);
