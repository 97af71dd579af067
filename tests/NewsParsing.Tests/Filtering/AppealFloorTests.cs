using System.Text;
using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;
using NewsParsing.Internals;
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
        AppealDecider[] deciders = Deciders(options);
        int floor = deciders.Min(d => d.Floor);
        // The learned model may remove a paragraph scoring up to AppealDecider.ModelBand under the threshold (at least 1).
        floor.Should().Be(model ? Math.Min(blockThreshold, Math.Max(1, threshold - AppealDecider.ModelBand)) : Math.Min(threshold, blockThreshold));

        AppealFloors floors = AppealFloors.Of(deciders);
        floors.Lowest.Should().Be(floor);

        int paragraphs = 0, skipped = 0, removed = 0;
        foreach (string path in Directory.EnumerateFiles(Fixture.PathOf("Appeals"), "*.txt", SearchOption.AllDirectories))
        {
            if (!NewsParser.Default.TryParse(File.ReadAllBytes(path), out NewsDocument? document, out _) || document.Utf8Paragraphs is not { } utf8)
            {
                continue;
            }

            DocumentAppeals exact = DocumentAppeals.Analyze(utf8, document.Host);
            DocumentAppeals floored = DocumentAppeals.Analyze(utf8, document.Host, floors);
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

    [Fact]
    public void ParagraphsOnlyTheModelMayRemove_AreScoredExactly_WhereItMayRemoveThem()
    {
        AppealFloors floors = AppealFloors.Of(Deciders(null));
        floors.Model.Should().BeLessThan(floors.Rules, "the default filters use the learned model below the rules' thresholds");

        // A weak cue ("Patreon") without the reader's or outlet's voice: under the rules' floor, above the model's.
        const string Weak = "The museum opened a Patreon page for the restoration fund last spring.";
        // The same with a later sentence that calls to action ("Register ..."): the model may remove it in any document.
        const string WeakThenCall = "The museum opened a Patreon page for the restoration fund last spring. Register at the front desk to tour the workshop.";
        const string Plain = "Visitors queued outside the museum on Saturday morning.";
        const string Strong = "Please support our journalism today: become a member for as little as $5 a month.";

        (Utf8ParagraphList calm, string host) = Paragraphs(Weak, WeakThenCall, Plain);
        DocumentAppeals exact = DocumentAppeals.Analyze(calm, host);
        DocumentAppeals floored = DocumentAppeals.Analyze(calm, host, floors);

        exact.Scores[0].Positive.Should().BeInRange(floors.Model, floors.Rules - 1);
        exact.MaxTotal.Should().BeLessThan(floors.StrongAt, "no paragraph of this document is a strong appeal");
        floored.Scores[0].Should().Be(AppealScore.Zero, "without a strong appeal or a call, the model cannot remove it, so its news scan is skipped");
        exact.Scores[0].Should().NotBe(AppealScore.Zero);
        floored.Scores[1].Should().Be(exact.Scores[1], "a paragraph that may call to action is scored exactly");
        exact.Scores[1].Should().NotBe(AppealScore.Zero);

        (Utf8ParagraphList withAppeal, host) = Paragraphs(Weak, WeakThenCall, Plain, Strong);
        exact = DocumentAppeals.Analyze(withAppeal, host);
        floored = DocumentAppeals.Analyze(withAppeal, host, floors);
        exact.MaxTotal.Should().BeGreaterThanOrEqualTo(floors.StrongAt);
        floored.Scores.Should().Equal(exact.Scores, "beside a strong appeal every paragraph the model may remove is scored exactly");

        // A strong appeal shorter than the weak paragraph is scored after it (the lanes take the longest paragraphs
        // first), so the weak one is left for later and finished once the document proves strong.
        const string ShortStrong = "Please support our journalism: become a member.";
        ShortStrong.Length.Should().BeLessThan(Weak.Length);
        (Utf8ParagraphList shortAppeal, host) = Paragraphs(Weak, Plain, ShortStrong);
        exact = DocumentAppeals.Analyze(shortAppeal, host);
        floored = DocumentAppeals.Analyze(shortAppeal, host, floors);
        exact.MaxTotal.Should().BeGreaterThanOrEqualTo(floors.StrongAt);
        floored.Scores.Should().Equal(exact.Scores);

        // Two paragraphs finished later, one after the other: the second must not see the first one's news cues (both
        // hold "its", which lowers each score but leaves it above the model's floor).
        (Utf8ParagraphList twoLater, host) = Paragraphs(
            "The museum opened a Patreon page and a membership scheme for its restoration fund last spring. Register at the front desk to tour the workshop.",
            "The library opened a Patreon page and a membership scheme for its book fund. Register online for the reading club.");
        exact = DocumentAppeals.Analyze(twoLater, host);
        exact.Scores.Should().OnlyContain(score => score.Negative > 0 && score.Total >= floors.Model && score.Positive < floors.Rules);
        DocumentAppeals.Analyze(twoLater, host, floors).Scores.Should().Equal(exact.Scores);
    }

    [Fact]
    public void AParagraphWhoseNewsCuesOutweighItsAppealCues_ScoresZero_UnderTheFloors()
    {
        // Appeal cues enough for the rules' floor, then speech tags and big money: news about a fund drive.
        const string Reported = "Please donate to the flood relief appeal and support the volunteers, said the mayor, who said the fund had raised $3 million, according to a statement.";
        (DocumentAppeals exact, DocumentAppeals floored, AppealFloors floors) = BesideNews(Reported);

        exact.Scores[0].Positive.Should().BeGreaterThanOrEqualTo(floors.Rules, "its appeal cues alone reach the rules' floor, so its news cues are scanned");
        (exact.Scores[0].Total + exact.Scores[0].BlockBonus).Should().BeLessThan(floors.Lowest, "its news cues pull it below every floor");
        floored.Scores[0].Should().Be(AppealScore.Zero, "the news scan stops once the score is below every floor");
        exact.Scores[0].Should().NotBe(AppealScore.Zero);
    }

    [Fact]
    public void AParagraphTheModelMayStillRemove_KeepsItsExactScore_AfterItsNewsCues()
    {
        // Appeal cues up to the rules' floor and a call to action; its news cues ("wrote", "his", "its") lower it under
        // the rules' floor but not under the model's, in a document without a strong appeal: the model may still remove
        // it, so its news scan must not stop at the rules' floor.
        const string Letter = "Please donate to keep our reporting free, the editor wrote in his letter to readers about its future.";
        (DocumentAppeals exact, DocumentAppeals floored, AppealFloors floors) = BesideNews(Letter);

        exact.Scores[0].Positive.Should().BeGreaterThanOrEqualTo(floors.Rules);
        exact.Scores[0].Negative.Should().BePositive();
        exact.Scores[0].Total.Should().BeInRange(floors.Model, floors.Rules - 1);
        exact.MaxTotal.Should().BeLessThan(floors.StrongAt);
        floored.Scores[0].Should().Be(exact.Scores[0]);
        NewsFilterPipeline.Default.Clean(NewsParser.Default.Parse(Encoding.UTF8.GetBytes(
            "Museum reopens its workshop\n20240506\nhttps://www.example-museumnews.org/local/workshop\n" + Letter + "\nVisitors queued outside the museum on Saturday morning.\n")))
            .Removed.Should().ContainSingle().Which.Index.Should().Be(0, "the learned model removes it under the rules' threshold");
    }

    [Fact]
    public void AParagraphOpeningWithACallToAction_IsScoredExactly_WithoutAStrongAppeal()
    {
        var options = new AppealFilterOptions { Threshold = 14, BlockThreshold = 9 };
        AppealFloors floors = AppealFloors.Of(Deciders(options));
        (Utf8ParagraphList paragraphs, string host) = Paragraphs(
            "Follow the mural project and the Patreon for photos.",
            "Visitors queued outside the museum on Saturday morning.");

        DocumentAppeals exact = DocumentAppeals.Analyze(paragraphs, host);
        exact.Scores[0].Calls.Should().BeTrue("it opens with an imperative");
        exact.Scores[0].Positive.Should().BeInRange(floors.Model, floors.Rules - 1);
        exact.MaxTotal.Should().BeLessThan(floors.StrongAt);
        DocumentAppeals.Analyze(paragraphs, host, floors).Scores.Should().Equal(exact.Scores);
    }

    [Fact]
    public void Floors_OfFiltersWithTheirOwnOptions_TakeEachLowest_AndCoverEveryOneOfThem()
    {
        AppealDecider[] deciders =
        [
            ((IAppealFilter)new DonationAppealFilter(new AppealFilterOptions { Threshold = 10 })).Decider,
            ((IAppealFilter)new PaywallAppealFilter(new AppealFilterOptions { Threshold = 4, BlockThreshold = 2, UseLearnedModel = false })).Decider,
            ((IAppealFilter)new NewsletterSignupFilter(new AppealFilterOptions { Threshold = 14, BlockThreshold = 9 })).Decider,
        ];

        AppealFloors floors = AppealFloors.Of(deciders);

        floors.Should().Be(new AppealFloors(Rules: 2, Model: 1, StrongAt: 10));
        deciders.Should().OnlyContain(d => floors.Cover(d));
        new AppealFloors(Rules: 6, Model: 1, StrongAt: 14).Cover(deciders[0]).Should().BeFalse("a document strong at 10 but not at 14 was not finished");
        new AppealFloors(Rules: 6).Cover(deciders[1]).Should().BeFalse("its rules look at scores from 2");
        AppealFloors.None.Cover(deciders[1]).Should().BeTrue();
    }

    /// <summary>The deciders of the three built-in filters with <paramref name="options"/> (null: the defaults).</summary>
    private static AppealDecider[] Deciders(AppealFilterOptions? options) =>
        [.. new INewsFilter[] { new DonationAppealFilter(options), new PaywallAppealFilter(options), new NewsletterSignupFilter(options) }
            .Select(f => ((IAppealFilter)f).Decider)];

    /// <summary>A document of <paramref name="paragraph"/> and a plain news line, analyzed exactly and under the default filters' floors.</summary>
    private static (DocumentAppeals Exact, DocumentAppeals Floored, AppealFloors Floors) BesideNews(string paragraph)
    {
        AppealFloors floors = AppealFloors.Of(Deciders(null));
        (Utf8ParagraphList paragraphs, string host) = Paragraphs(paragraph, "Visitors queued outside the museum on Saturday morning.");
        return (DocumentAppeals.Analyze(paragraphs, host), DocumentAppeals.Analyze(paragraphs, host, floors), floors);
    }

    private static (Utf8ParagraphList Paragraphs, string Host) Paragraphs(params string[] paragraphs)
    {
        string text = "Museum reopens its workshop\n20240506\nhttps://www.example-museumnews.org/local/workshop\n" + string.Join('\n', paragraphs) + "\n";
        NewsDocument document = NewsParser.Default.Parse(Encoding.UTF8.GetBytes(text));
        return (document.Utf8Paragraphs!, document.Host);
    }
}
