using System.Text;
using NewsParsing.Filtering;
using NewsParsing.Reading;

namespace NewsParsing.Tests.Properties;

/// <summary>
/// Seeded random properties (seed 20240501, so any failure reproduces): round-trips, parser totality on random and
/// mutated input, and pipeline invariants on random paragraph mixes.
/// </summary>
public class PropertyTests
{
    private const int Seed = 20240501;

    private static readonly string[] Words = ["harbour", "council", "vote", "Café", "naïve", "Zürich", "Київ", "東京", "🚀", "“quoted”", "it’s", "—", "$6/month", "100%", "a", "the", "said", "tab\tinside", "x"];
    private static readonly string[] Appeals =
    [
        "Please support our journalism with a gift of any amount today.",
        "You’ve read 4 of your 5 free articles this month.",
        "Already a subscriber? Sign in",
        "Sign up for our newsletter, delivered straight to your inbox.",
        "Donate",
    ];

    internal static NewsDocument RandomDocument(Random random, int maxParagraphs = 12)
    {
        string Line(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)])).Trim(' ', '\t');
        int count = random.Next(1, maxParagraphs + 1);
        var paragraphs = new List<string>();
        for (int i = 0; i < count; i++)
        {
            paragraphs.Add(random.Next(10) switch
            {
                0 => Appeals[random.Next(Appeals.Length)],
                1 => Line(random.Next(2_000, 6_000)),
                _ => Line(random.Next(1, 40)),
            });
        }

        return new NewsDocument
        {
            Title = Line(random.Next(1, 12)),
            Date = DateOnly.FromDayNumber(random.Next(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)),
            Url = new Uri($"https://www.example-{random.Next(1000)}.org/p/{random.Next()}?q={random.Next()}"),
            Paragraphs = paragraphs,
        };
    }

    [Fact]
    public void WriteThenParse_GivesTheSameDocument_UnderEveryAcceptedVariation()
    {
        var random = new Random(Seed);
        string[] endings = ["\n", "\r\n", "\r"];
        for (int iteration = 0; iteration < 400; iteration++)
        {
            NewsDocument doc = RandomDocument(random);
            string canonical = NewsWriter.ToText(doc);
            NewsParser.Default.Parse(canonical).Should().Be(doc);
            NewsWriter.ToText(NewsParser.Default.Parse(canonical)).Should().Be(canonical);

            // Vary line endings per line, add a BOM, blank lines and surrounding white space.
            var sb = new StringBuilder(random.Next(2) == 0 ? "\uFEFF" : string.Empty);
            string[] lines = canonical.TrimEnd('\n').Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string pad = random.Next(4) == 0 ? " \t" : string.Empty;
                sb.Append(pad).Append(lines[i]).Append(pad).Append(endings[random.Next(3)]);
                if (i >= 3 && random.Next(5) == 0)
                {
                    sb.Append(endings[random.Next(2)]);
                }
            }

            NewsParser.Default.Parse(sb.ToString()).Should().Be(doc, "iteration {0}", iteration);
            NewsParser.Default.Parse(Encoding.UTF8.GetBytes(sb.ToString())).Should().Be(doc);
        }
    }

    [Fact]
    public void Parse_AnyBytes_ReturnsADocumentOrAParseError_AndNothingElse()
    {
        var random = new Random(Seed);
        byte[] valid = NewsWriter.ToUtf8Bytes(RandomDocument(random));
        var lenient = new NewsParser(new NewsParserOptions { Lenient = true, MaxLineLength = 4096, MaxParagraphs = 50 });
        int documents = 0, errors = 0;
        for (int iteration = 0; iteration < 5_000; iteration++)
        {
            byte[] input = iteration % 2 == 0 ? RandomBytes(random) : Mutate(random, valid);
            foreach (NewsParser parser in new[] { NewsParser.Default, lenient })
            {
                if (parser.TryParse(input, out NewsDocument? doc, out NewsParseError? error))
                {
                    documents++;
                    doc.Url.IsAbsoluteUri.Should().BeTrue();
                    doc.Url.Scheme.Should().BeOneOf("http", "https");
                    doc.Paragraphs.Count.Should().BeGreaterThanOrEqualTo(parser.Lenient ? 0 : 1);
                    _ = doc.Paragraphs.Sum(p => p.Length);
                }
                else
                {
                    errors++;
                    error.LineNumber.Should().BeGreaterThanOrEqualTo(1);
                    error.ColumnNumber.Should().BeGreaterThanOrEqualTo(1);
                    error.Message.Should().StartWith($"line {error.LineNumber}, column {error.ColumnNumber}: expected ");
                }

                try
                {
                    parser.Parse(input);
                }
                catch (NewsParseException)
                {
                }

                var reader = new NewsReader(input, parser.ReaderOptions);
                int tokens = 0;
                while (reader.TryRead(out _))
                {
                    tokens++;
                }

                tokens.Should().BeLessThanOrEqualTo(input.Length + 1);
            }
        }

        documents.Should().BeGreaterThan(100, "mutations of a valid document often stay valid");
        errors.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Clean_RandomMixes_Rebuild_KeepOrder_AreIdempotent_AndAgreeBetweenParsedAndBuiltDocuments()
    {
        var random = new Random(Seed);
        for (int iteration = 0; iteration < 300; iteration++)
        {
            NewsDocument built = RandomDocument(random, maxParagraphs: 20);
            NewsDocument parsed = NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(built));

            NewsCleaningResult fromBuilt = NewsFilterPipeline.Default.Clean(built);
            NewsCleaningResult fromParsed = NewsFilterPipeline.Default.Clean(parsed);

            fromParsed.Document.Should().Be(fromBuilt.Document, "the UTF-8 and the string paths must decide alike");
            fromParsed.Removed.Should().Equal(fromBuilt.Removed);
            fromBuilt.Rebuild().Should().Be(built);
            fromParsed.Rebuild().Should().Be(built);
            fromBuilt.Removed.Select(r => r.Index).Should().BeInAscendingOrder();
            NewsFilterPipeline.Default.Clean(fromBuilt.Document).Removed.Should().BeEmpty("cleaning is idempotent");
            NewsFilterPipeline.Default.Clean(built).Removed.Should().Equal(fromBuilt.Removed, "cleaning is deterministic");
        }
    }

    [Fact]
    public void PlainAsciiUrlCheck_AcceptsOnlyUrlsThatUriAccepts()
    {
        var random = new Random(Seed);
        const string pathChars = "abcXYZ019-._~:/?#[]@!$&'()*+,;=%";
        string[] hosts = ["example.com", "a.b", "x--y.org", "-bad.com", "bad-.com", "a..b", "1.2.3.4", "localhost", "xn--bcher-kva.example", new string('a', 64) + ".com", "ex_ample.com", "EXAMPLE.COM"];
        string[] ports = ["", ":80", ":65535", ":65536", ":0", ":", ":12a"];
        int plain = 0;
        for (int iteration = 0; iteration < 20_000; iteration++)
        {
            string path = new([.. Enumerable.Range(0, random.Next(0, 30)).Select(_ => pathChars[random.Next(pathChars.Length)])]);
            string url = (random.Next(2) == 0 ? "https://" : "HTTP://") + hosts[random.Next(hosts.Length)] + ports[random.Next(ports.Length)] + (path.Length > 0 ? "/" + path : string.Empty);
            if (!Internals.UrlText.IsPlainAscii(System.Text.Encoding.ASCII.GetBytes(url)))
            {
                continue;
            }

            plain++;
            Uri.TryCreate(url, UriKind.Absolute, out Uri? uri).Should().BeTrue(url);
            uri!.Scheme.Should().BeOneOf(["http", "https"], url);
            uri.OriginalString.Should().Be(url);
        }

        plain.Should().BeGreaterThan(1_000);
    }

    private static byte[] RandomBytes(Random random)
    {
        byte[] bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            // Bias towards the format's own bytes: digits, line breaks, "http".
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(4) switch
                {
                    0 => (byte)'\n',
                    1 => (byte)('0' + random.Next(10)),
                    2 => "https://a.b/ T"u8[random.Next(14)],
                    _ => bytes[i],
                };
            }
        }

        return bytes;
    }

    private static byte[] Mutate(Random random, byte[] valid)
    {
        var bytes = new List<byte>(valid);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0: bytes[at] = (byte)random.Next(256); break;
                case 1: bytes.RemoveAt(at); break;
                case 2: bytes.Insert(at, (byte)random.Next(256)); break;
                default: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(20, bytes.Count - at))); break;
            }
        }

        return [.. bytes];
    }
}
