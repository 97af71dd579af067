using System.Text.Json;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests;

/// <summary>Runs against ../shared/corpus when it is beside the checkout; reports itself skipped otherwise.</summary>
public class SharedCorpusAcceptanceTests
{
    internal sealed record Label(string File, string Title, string Date, string Url, int ParagraphCount, string[] Boilerplate, string[] HardNegatives);

    internal static List<Label> ReadLabels(string folder) =>
        [.. File.ReadLines(Path.Combine(folder, "labels.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => new Label(
                e.GetProperty("file").GetString()!,
                e.GetProperty("title").GetString()!,
                e.GetProperty("date").GetString()!,
                e.GetProperty("url").GetString()!,
                e.GetProperty("paragraph_count").GetInt32(),
                [.. e.GetProperty("boilerplate").EnumerateArray().Select(x => x.GetString()!)],
                e.TryGetProperty("hard_negatives", out JsonElement h) ? [.. h.EnumerateArray().Select(x => x.GetString()!)] : []))];

    [Theory]
    [InlineData("seed")]
    [InlineData("dev")]
    public async Task Parse_EveryLabeledDocument_MatchesItsLabel(string folder)
    {
        string corpus = Path.Combine(Fixture.RequireSharedCorpus(), folder);
        List<Label> labels = ReadLabels(corpus);
        labels.Should().NotBeEmpty();

        foreach (Label label in labels)
        {
            NewsDocument doc = await NewsParser.Default.ParseFileAsync(Path.Combine(corpus, label.File), TestContext.Current.CancellationToken);

            doc.Title.Should().Be(label.Title, label.File);
            doc.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Should().Be(label.Date, label.File);
            doc.Url.OriginalString.Should().Be(label.Url, label.File);
            doc.Paragraphs.Should().HaveCount(label.ParagraphCount, label.File);
            label.Boilerplate.Should().BeSubsetOf(doc.Paragraphs, label.File);
        }
    }
}
