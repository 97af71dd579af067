using System.Globalization;
using System.Text;

namespace NewsParsing.Benchmarks;

/// <summary>
/// A deterministic, seeded corpus of seed-like news documents written for the benchmarks: 2–10 KB each, 10–40
/// paragraphs, both typographies (normalized and curly quotes/dashes), some CRLF files, about 5% appeal paragraphs.
/// </summary>
public sealed class CorpusGenerator
{
    private static readonly string[] Subjects = ["The city council", "The central bank", "The health ministry", "A regional court", "The transport authority", "Opposition lawmakers", "The energy regulator", "Local farmers", "The university", "The port operator", "Union leaders", "The foreign minister", "Fire crews", "The school board", "Investigators"];
    private static readonly string[] Verbs = ["approved", "rejected", "delayed", "announced", "criticized", "reviewed", "expanded", "questioned", "defended", "postponed", "outlined", "backed"];
    private static readonly string[] Objects = ["a plan to rebuild the northern bridge", "new limits on river fishing", "the budget for next year", "a contract for electric buses", "rules on short-term rentals", "the merger of two hospitals", "a proposal to raise parking fees", "emergency repairs to the dam", "a pilot program for night clinics", "the sale of the old rail yard"];
    private static readonly string[] Tails = ["on Tuesday", "after a three-hour debate", "despite protests outside the building", "in a vote of 7 to 2", "citing rising costs", "according to documents seen by reporters", "following months of talks", "before the summer recess"];
    private static readonly string[] Quotes = ["We have waited long enough for this", "Nobody here asked for higher fees", "This will take years to pay off", "It is the right decision for the valley", "The numbers simply do not add up"];
    private static readonly string[] Speakers = ["the mayor said", "a spokeswoman said", "one resident told reporters", "the committee chair said", "an economist at the state university said"];
    /// <summary>The appeal paragraphs the generator mixes in (as written; normalized or with a curly apostrophe in documents).</summary>
    internal static readonly string[] Appeals =
    [
        "Before you go: our journalism is funded by readers like you. Will you chip in today with a gift of any amount?",
        "You've read 3 of your 5 free articles this month. Subscribe to keep reading for just $2 a week. Cancel anytime.",
        "Already a subscriber? Sign in",
        "Become a member of the Gazette from $6/month and read without ads.",
        "Get our morning newsletter, delivered straight to your inbox.",
        "Donate now",
        "We answer to no owner or shareholder, only to you, our readers. Please support independent local journalism.",
    ];

    private readonly Random _random;

    public CorpusGenerator(int seed) => _random = new Random(seed);

    /// <summary>Generates documents until their total size reaches <paramref name="targetBytes"/>.</summary>
    public GeneratedCorpus Generate(long targetBytes)
    {
        var documents = new List<byte[]>();
        long total = 0;
        int n = 0;
        while (total < targetBytes)
        {
            byte[] doc = Encoding.UTF8.GetBytes(Document(n++));
            documents.Add(doc);
            total += doc.Length;
        }

        return new GeneratedCorpus(documents);
    }

    private string Document(int n)
    {
        bool typographic = _random.Next(3) == 0;
        bool crlf = _random.Next(10) == 0;
        int target = _random.Next(2_000, 10_000);
        var sb = new StringBuilder(target + 512);
        string newline = crlf ? "\r\n" : "\n";
        sb.Append(Sentence(typographic).TrimEnd('.')).Append(newline);
        var date = new DateOnly(2020, 1, 1).AddDays(_random.Next(0, 1800));
        sb.Append(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)).Append(newline);
        sb.Append(CultureInfo.InvariantCulture, $"https://www.example-gazette.com/{date:yyyy/MM/dd}/story-{n}/").Append(newline);
        int paragraphs = 0;
        while ((sb.Length < target || paragraphs < 10) && paragraphs < 40)
        {
            string paragraph = _random.Next(20) == 0 ? Appeal(typographic) : Paragraph(typographic);
            sb.Append(paragraph).Append(newline);
            paragraphs++;
        }

        return sb.ToString();
    }

    private string Appeal(bool typographic) => AppealText(Appeals[_random.Next(Appeals.Length)], typographic);

    /// <summary>An appeal as it appears in a document of either typography.</summary>
    internal static string AppealText(string appeal, bool typographic) =>
        typographic ? appeal.Replace("'", "’", StringComparison.Ordinal) : Normalize(appeal);

    private string Paragraph(bool typographic)
    {
        int sentences = _random.Next(1, 5);
        var sb = new StringBuilder();
        for (int i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(_random.Next(5) == 0 ? Quote(typographic) : Sentence(typographic));
        }

        return sb.ToString();
    }

    private string Sentence(bool typographic)
    {
        string s = $"{Pick(Subjects)} {Pick(Verbs)} {Pick(Objects)} {Pick(Tails)}, and said the cost would reach {_random.Next(2, 900)} million dollars by {_random.Next(2024, 2031)}.";
        return typographic && _random.Next(4) == 0 ? s.Replace(", and", " — and", StringComparison.Ordinal) : s;
    }

    private string Quote(bool typographic) =>
        typographic ? $"“{Pick(Quotes)},” {Pick(Speakers)}." : $"{Pick(Quotes)}, {Pick(Speakers)}.";

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string Normalize(string text) =>
        new([.. text.Where(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or ',' or '?' or '!' or '$' or '%' or '-' or ':' or ';')]);
}

/// <summary>The generated documents, as UTF-8 bytes and as strings.</summary>
public sealed class GeneratedCorpus
{
    public GeneratedCorpus(List<byte[]> documents)
    {
        Documents = [.. documents];
        Texts = [.. documents.Select(d => Encoding.UTF8.GetString(d))];
        TotalBytes = documents.Sum(d => (long)d.Length);
        All = [.. documents.SelectMany(d => d)];
    }

    /// <summary>Each document's UTF-8 bytes.</summary>
    public byte[][] Documents { get; }

    /// <summary>Each document as a string (what a naive user starts from).</summary>
    public string[] Texts { get; }

    /// <summary>All documents back to back (for the memory-scan limit).</summary>
    public byte[] All { get; }

    public long TotalBytes { get; }
}
