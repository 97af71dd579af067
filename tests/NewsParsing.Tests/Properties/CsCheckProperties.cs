using System.Text;
using CsCheck;
using NewsParsing.Filtering;
using NewsParsing.Fuzz;

namespace NewsParsing.Tests.Properties;

/// <summary>
/// The same promises as <see cref="PropertyTests"/>, with CsCheck generators: a failure shrinks to a small
/// counterexample and prints the seed that reproduces it. Each property starts from a fixed seed and runs on one
/// thread, so a run is reproducible; set <c>CsCheck_Seed</c> to replay a printed seed.
/// </summary>
public class CsCheckProperties
{
    private static readonly string Seed = new PCG(1, 20240501).ToString();

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf("harbour", "council", "said", "the", "a", "Café", "Київ", "東京", "🚀", "“quoted”", "it’s", "—", "$6month", "NATOs", "Were", "100%", "tab\tinside", "non\u00A0breaking"),
        Gen.String[Gen.Char['a', 'z'], 1, 12]);

    private static Gen<string> Line(int minWords, int maxWords) =>
        Word.Array[minWords, maxWords].Select(words => string.Join(' ', words).Trim(' ', '\t')).Where(line => line.Length > 0);

    private static readonly Gen<string> Appeal = Gen.OneOf(
        "Please support our journalism with a gift of any amount today.",
        "For as little as $6month you can help keep our reporting free for everyone.",
        "You’ve read 4 of your 5 free articles this month.",
        "Already a subscriber? Log in",
        "Sign up for our morning newsletter, delivered straight to your inbox.",
        "We answer to no owner or shareholder, only to you, our readers.",
        "Donate now");

    private static readonly Gen<string> News = Gen.OneOf(
        "Donors pledged 2 billion dollars in aid for the flooded region on Monday.",
        "The newspaper said its paywall had doubled digital subscriptions in a year.",
        "NATO membership talks resume next week, the ministry said.",
        "Volunteers raised money online to buy drones for the army.",
        "Readers of the local paper voted the bakery the best in town.");

    private static readonly Gen<NewsDocument> Document =
        Gen.Select(
            Line(1, 12),
            Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber],
            Gen.Int[0, 999],
            Gen.Frequency((6, Line(1, 40)), (2, Appeal), (2, News), (1, Line(500, 1500))).Array[1, 25],
            (title, day, site, paragraphs) => new NewsDocument
            {
                Title = title,
                Date = DateOnly.FromDayNumber(day),
                Url = new Uri($"https://www.example-{site}.org/news/{site * 7}?page={day % 13}"),
                Paragraphs = paragraphs,
            });

    [Fact]
    public void WriteThenParse_RoundTrips_WithAnyLineEnding_ByteOrderMark_AndTrailingSpaces()
    {
        Gen.Select(Document, Gen.OneOf("\n", "\r\n", "\r"), Gen.Bool, Gen.Bool).Sample((document, ending, bom, spaces) =>
        {
            string canonical = NewsWriter.ToText(document);
            string variant = (bom ? "\uFEFF" : "") + canonical.Replace("\n", (spaces ? " \t" : "") + ending, StringComparison.Ordinal);

            NewsDocument parsed = NewsParser.Default.Parse(Encoding.UTF8.GetBytes(variant));

            return parsed.Equals(document) && NewsWriter.ToText(parsed) == canonical;
        }, seed: Seed, iter: 1_500, threads: 1);
    }

    [Fact]
    public void AnyBytes_GiveADocumentOrAPositionedError_AndEveryDocumentKeepsThePromises()
    {
        // The fuzz target checks everything: TryParse and Parse agree, errors have a line, a column and a description,
        // the reader loop ends, documents round-trip and cleaning rebuilds them.
        Gen<byte[]> formatBytes = Gen.OneOf(
            Gen.Byte.Array[0, 400],
            Gen.Select(Line(1, 6), Gen.OneOf("20230101", "2023-01-01", "20231301", "", "x"), Gen.OneOf("https://a.example/", "http://x--y.org:80/p?q#f", "ftp://a/", "https://", "https://bü.example/"), Gen.Frequency((4, Line(1, 20)), (1, Appeal), (1, Gen.Const(" \t ")), (1, Gen.Const("\uFEFF"))).Array[0, 8], Gen.OneOf("\n", "\r\n", "\r", "\0", "\u00FF"),
                (title, date, url, body, ending) => Encoding.UTF8.GetBytes(string.Join(ending, [title, date, url, .. body]))));

        formatBytes.Sample(data => FuzzTarget.Run(data), seed: Seed, iter: 8_000, threads: 1);
    }

    [Fact]
    public void Clean_Rebuilds_KeepsOrder_IsIdempotent_AndDeterministic()
    {
        Document.Sample(document =>
        {
            NewsCleaningResult first = NewsFilterPipeline.Default.Clean(document);
            NewsCleaningResult second = NewsFilterPipeline.Default.Clean(NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(document)));

            first.Rebuild().Should().Be(document);
            first.Removed.Select(r => r.Index).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
            foreach (NewsRemovedParagraph removed in first.Removed)
            {
                removed.Text.Should().Be(document.Paragraphs[removed.Index]);
            }

            NewsFilterPipeline.Default.Clean(first.Document).Removed.Should().BeEmpty();
            second.Removed.Should().BeEquivalentTo(first.Removed, options => options.WithStrictOrdering(), "the UTF-8 fast path and the string path agree");
            second.Document.Should().Be(first.Document);
        }, seed: Seed, iter: 600, threads: 1);
    }

    [Fact]
    public void Clean_OnManyThreadsAtOnce_GivesTheSameResultsAsOneThread()
    {
        Document.Array[8, 8].Sample(documents =>
        {
            NewsCleaningResult[] expected = [.. documents.Select(NewsFilterPipeline.Default.Clean)];
            var actual = new NewsCleaningResult[64];

            Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = NewsFilterPipeline.Default.Clean(documents[i % documents.Length]));

            for (int i = 0; i < actual.Length; i++)
            {
                actual[i].Document.Should().Be(expected[i % documents.Length].Document);
                actual[i].Removed.Should().BeEquivalentTo(expected[i % documents.Length].Removed, options => options.WithStrictOrdering());
            }
        }, seed: Seed, iter: 40, threads: 1);
    }
}
