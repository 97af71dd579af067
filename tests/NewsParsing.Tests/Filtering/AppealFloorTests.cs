using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Filtering;

/// <summary>
/// The pipeline skips the news-cue scan of a paragraph that cannot reach its filters' lowest threshold; these tests
/// check that every decision stays what the exact scores give.
/// </summary>
public sealed class AppealFloorTests
{
    public static TheoryData<int, int, bool, int> Thresholds => new()
    {
        { AppealFilterOptions.DefaultThreshold, AppealFilterOptions.DefaultBlockThreshold, true, 0 }, // floor 1: any appeal evidence is scanned for news
        { AppealFilterOptions.DefaultThreshold, AppealFilterOptions.DefaultBlockThreshold, false, 1_000 },
        { 4, 2, false, 0 }, // the weakest cue ("we") already scores 2
        { 14, 9, true, 1_000 },
        { 14, 9, false, 1_000 },
    };

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void ScoresBelowTheFloor_GiveTheSameDecisionsAsExactScores(int threshold, int blockThreshold, bool model, int minSkipped)
    {
        var options = new AppealFilterOptions { Threshold = threshold, BlockThreshold = blockThreshold, UseLearnedModel = model };
        AppealDecider[] deciders = [.. new INewsFilter[] { new DonationAppealFilter(options), new PaywallAppealFilter(options), new NewsletterSignupFilter(options) }
            .Select(f => ((IAppealFilter)f).Decider)];
        int floor = deciders.Min(d => d.Floor);
        // The learned model may remove a paragraph scoring up to AppealDecider.ModelBand under the threshold (at least 1).
        floor.Should().Be(model ? Math.Min(blockThreshold, Math.Max(1, threshold - AppealDecider.ModelBand)) : Math.Min(threshold, blockThreshold));

        int paragraphs = 0, skipped = 0, removed = 0;
        foreach (string path in Directory.EnumerateFiles(Fixture.PathOf("Appeals"), "*.txt", SearchOption.AllDirectories))
        {
            if (!NewsParser.Default.TryParse(File.ReadAllBytes(path), out NewsDocument? document, out _) || document.Utf8Paragraphs is not { } utf8)
            {
                continue;
            }

            DocumentAppeals exact = DocumentAppeals.Analyze(utf8, document.Host);
            DocumentAppeals floored = DocumentAppeals.Analyze(utf8, document.Host, floor);
            for (int i = 0; i < utf8.Count; i++)
            {
                paragraphs++;
                skipped += floored.Scores[i] != exact.Scores[i] ? 1 : 0;
                foreach (AppealDecider decider in deciders)
                {
                    bool remove = decider.ShouldRemove(exact, i, out AppealRemoval block);
                    decider.ShouldRemove(floored, i, out AppealRemoval flooredBlock).Should().Be(remove, $"{Path.GetFileName(path)} paragraph {i}");
                    flooredBlock.Should().Be(block, $"{Path.GetFileName(path)} paragraph {i}");
                    removed += remove ? 1 : 0;
                }
            }
        }

        paragraphs.Should().BeGreaterThan(10_000);
        removed.Should().BeGreaterThan(500);
        skipped.Should().BeGreaterThanOrEqualTo(minSkipped, "the floor should spare the news scan of weak paragraphs");
    }
}
