using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsParsing.Benchmarks;

/// <summary>What a user writes by hand instead of this library: string splitting, Trim, DateTime.ParseExact, new Uri.</summary>
public static class NaiveBaseline
{
    public static NaiveDocument Parse(string text)
    {
        string[] lines = text.Split('\n');
        string title = lines[0].Trim();
        DateTime date = DateTime.ParseExact(lines[1].Trim(), "yyyyMMdd", CultureInfo.InvariantCulture);
        var url = new Uri(lines[2].Trim());
        var paragraphs = new List<string>();
        for (int i = 3; i < lines.Length; i++)
        {
            string paragraph = lines[i].Trim();
            if (paragraph.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        return new NaiveDocument(title, date, url, paragraphs);
    }

    /// <summary>A compiled, case-insensitive alternation of the given cue phrases, as a user would build it.</summary>
    public static Regex BuildCueRegex(IEnumerable<string> phrases)
    {
        IEnumerable<string> alternatives = phrases.Select(p =>
        {
            bool prefix = p.EndsWith('*');
            string escaped = Regex.Escape(prefix ? p[..^1] : p).Replace("0", @"\d+", StringComparison.Ordinal);
            return @"\b" + escaped + (prefix ? string.Empty : @"\b");
        });
        return new Regex(string.Join('|', alternatives), RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The naive parse plus the regex: keeps the paragraphs that match no cue.</summary>
    public static NaiveDocument ParseAndFilter(string text, Regex cues)
    {
        NaiveDocument doc = Parse(text);
        var kept = new List<string>(doc.Paragraphs.Count);
        foreach (string paragraph in doc.Paragraphs)
        {
            if (!cues.IsMatch(paragraph))
            {
                kept.Add(paragraph);
            }
        }

        return doc with { Paragraphs = kept };
    }
}

public sealed record NaiveDocument(string Title, DateTime Date, Uri Url, List<string> Paragraphs);
