using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsParsing.Filtering;

/// <summary>
/// A set of <see cref="NewsPublisherRule"/>s, usually loaded from a JSON rules file:
/// <code>{ "publishers": [ { "host": "example.com", "phrases": ["support the gazette"], "patterns": ["^Donate to .+$"], "reason": "site footer" } ] }</code>
/// </summary>
public sealed class NewsPublisherRules
{
    /// <summary>Creates a rule set.</summary>
    /// <exception cref="ArgumentException">A rule has no host, or neither phrases nor patterns.</exception>
    public NewsPublisherRules(IEnumerable<NewsPublisherRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        for (int i = 0; i < Rules.Count; i++)
        {
            NewsPublisherRule rule = Rules[i] ?? throw new ArgumentException($"Rule {i + 1} is null.", nameof(rules));
            if (string.IsNullOrWhiteSpace(rule.Host))
            {
                throw new ArgumentException($"Rule {i + 1} has no host; use \"*\" for every host.", nameof(rules));
            }

            if (rule.Phrases.Count == 0 && rule.Patterns.Count == 0)
            {
                throw new ArgumentException($"Rule {i + 1} ({rule.Host}) has neither phrases nor patterns.", nameof(rules));
            }
        }
    }

    /// <summary>The rules.</summary>
    public IReadOnlyList<NewsPublisherRule> Rules { get; }

    /// <summary>Reads rules from JSON text.</summary>
    /// <exception cref="FormatException">The JSON is malformed or does not describe rules; the message gives the line and position.</exception>
    public static NewsPublisherRules Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        RulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, RulesJsonContext.Default.RulesFile);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"Invalid rules file at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {ex.Message}", ex);
        }

        if (file?.Publishers is null)
        {
            throw new FormatException("Invalid rules file: expected an object with a \"publishers\" array.");
        }

        try
        {
            return new NewsPublisherRules(file.Publishers.Select(p => new NewsPublisherRule
            {
                Host = p.Host ?? string.Empty,
                Phrases = p.Phrases ?? [],
                Patterns = p.Patterns ?? [],
                Reason = p.Reason,
            }));
        }
        catch (ArgumentException ex)
        {
            throw new FormatException("Invalid rules file: " + ex.Message, ex);
        }
    }

    /// <summary>Reads rules from a JSON file.</summary>
    /// <exception cref="FormatException">The file is not a valid rules file.</exception>
    public static NewsPublisherRules Load(string path) => Parse(File.ReadAllText(path));

    internal sealed class RulesFile
    {
        public List<PublisherEntry>? Publishers { get; set; }
    }

    internal sealed class PublisherEntry
    {
        public string? Host { get; set; }

        public List<string>? Phrases { get; set; }

        public List<string>? Patterns { get; set; }

        public string? Reason { get; set; }
    }
}

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(NewsPublisherRules.RulesFile))]
internal sealed partial class RulesJsonContext : JsonSerializerContext;
