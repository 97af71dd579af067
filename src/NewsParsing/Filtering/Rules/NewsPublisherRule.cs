namespace NewsParsing.Filtering;

/// <summary>One publisher's extra appeal phrases and patterns, for sites whose wording the built-in filters miss.</summary>
public sealed class NewsPublisherRule
{
    /// <summary>The host the rule applies to: an exact host or a parent domain (<c>example.com</c> also covers <c>www.example.com</c>), or <c>*</c> for every host.</summary>
    public required string Host { get; init; }

    /// <summary>Phrases that mark a paragraph for removal, matched as whole words, ignoring case, quotes and punctuation (a trailing <c>*</c> matches a word prefix).</summary>
    public IReadOnlyList<string> Phrases { get; init; } = [];

    /// <summary>Regular expressions that mark a paragraph for removal; they run with <c>RegexOptions.NonBacktracking</c>, ignoring case, with a timeout.</summary>
    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>An optional reason to report, e.g. "site footer"; by default the matched phrase or pattern is reported.</summary>
    public string? Reason { get; init; }
}
