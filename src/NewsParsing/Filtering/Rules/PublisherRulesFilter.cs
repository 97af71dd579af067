using System.Text.RegularExpressions;
using NewsParsing.Filtering.Matching;

namespace NewsParsing.Filtering;

/// <summary>
/// Removes paragraphs that match a publisher's own phrases or patterns (<see cref="NewsPublisherRules"/>).
/// Phrases run on the same case- and typography-insensitive automaton as the built-in filters; patterns run with
/// <see cref="RegexOptions.NonBacktracking"/> and a timeout, so no pattern can backtrack catastrophically.
/// </summary>
public sealed class PublisherRulesFilter : INewsFilter
{
    /// <summary>The filter's name: <c>PublisherRules</c>.</summary>
    public const string FilterName = "PublisherRules";

    /// <summary>How long one pattern may run on one paragraph.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly CompiledRule[] _rules;

    /// <summary>Creates the filter.</summary>
    /// <exception cref="ArgumentException">A pattern is not a valid regular expression, or uses a construct NonBacktracking does not support (such as a backreference or lookaround).</exception>
    public PublisherRulesFilter(NewsPublisherRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = [.. rules.Rules.Select((rule, i) => Compile(rule, i + 1))];
    }

    /// <inheritdoc />
    public string Name => FilterName;

    /// <inheritdoc />
    public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context)
    {
        foreach (CompiledRule rule in _rules)
        {
            if (!rule.AppliesTo(context.Host))
            {
                continue;
            }

            if (rule.Phrases is not null)
            {
                var sink = new FirstMatch();
                rule.Phrases.Scan(paragraph, ref sink);
                if (sink.PatternId >= 0)
                {
                    return NewsFilterDecision.RemoveBecause(rule.Reason ?? $"publisher rule for {rule.Host}: phrase \"{rule.PhraseText[sink.PatternId]}\"");
                }
            }

            for (int i = 0; i < rule.Patterns.Length; i++)
            {
                bool match;
                try
                {
                    match = rule.Patterns[i].IsMatch(paragraph);
                }
                catch (RegexMatchTimeoutException)
                {
                    match = false;
                }

                if (match)
                {
                    return NewsFilterDecision.RemoveBecause(rule.Reason ?? $"publisher rule for {rule.Host}: pattern /{rule.Patterns[i]}/");
                }
            }
        }

        return NewsFilterDecision.Keep;
    }

    private static CompiledRule Compile(NewsPublisherRule rule, int number)
    {
        CueAutomaton? phrases = rule.Phrases.Count > 0 ? new CueAutomaton(rule.Phrases) : null;
        Regex[] patterns = [.. rule.Patterns.Select(p => CompilePattern(p, number, rule.Host))];
        string host = rule.Host.Trim().TrimStart('.').ToLowerInvariant();
        return new CompiledRule(host, phrases, [.. rule.Phrases], patterns, rule.Reason);
    }

    private static Regex CompilePattern(string pattern, int number, string host)
    {
        try
        {
            return new Regex(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            throw new ArgumentException($"Rule {number} ({host}): the pattern /{pattern}/ cannot be used: {ex.Message}", nameof(pattern), ex);
        }
    }

    private sealed record CompiledRule(string Host, CueAutomaton? Phrases, string[] PhraseText, Regex[] Patterns, string? Reason)
    {
        public bool AppliesTo(string? host) =>
            Host == "*" || (host is not null && (host.Equals(Host, StringComparison.OrdinalIgnoreCase)
                || (host.Length > Host.Length && host.EndsWith(Host, StringComparison.OrdinalIgnoreCase) && host[host.Length - Host.Length - 1] == '.')));
    }

    private ref struct FirstMatch : ICueSink
    {
        public FirstMatch()
        {
            PatternId = -1;
        }

        public int PatternId { get; private set; }

        public bool OnMatch(int patternId)
        {
            PatternId = patternId;
            return false;
        }
    }
}
