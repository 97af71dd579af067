using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Tests.Filtering;

public class AppealFilterTests
{
    private static readonly NewsDocument Header = NewsFilterPipelineTests.Gazette;

    [Theory]
    [InlineData("We’re a nonprofit newsroom, and we can’t do this without you. Give $5/month — or any amount — to keep our reporting free.")]
    [InlineData("Were a nonprofit newsroom, and we cant do this without you. Give $5month  or any amount  to keep our reporting free.")]
    [InlineData("Before you go: our journalism is funded by readers like you. Will you chip in today?")]
    [InlineData("Become a member of the Gazette from just £4 a month and read without ads.")]
    [InlineData("Donate")]
    [InlineData("Remind me later")]
    [InlineData("Become a Gazette member for as little as $2 a week.")]
    [InlineData("Become an Insider")]
    [InlineData("Gazette Weekly is supported by paid members. If you’re a free reader, consider upgrading: it’s $7 a month and you get every issue.")]
    [InlineData("We hope you found this guide useful. Putting it together took two reporters the better part of a month.")]
    [InlineData("Remember the Gazette in your will. A legacy gift keeps local reporting going for the next generation; our planned giving team can help.")]
    [InlineData("New in the Gazette shop: the harbour lighthouse tee, printed locally on soft cotton. Wear it proud.")]
    public void DonationAppeal_RemovesAppeals_InBothTypographies(string paragraph)
    {
        NewsFilterDecision decision = new DonationAppealFilter().Evaluate(paragraph, new NewsFilterContext(Header, 0));

        decision.Remove.Should().BeTrue();
        decision.Reason.Should().StartWith("donation or membership appeal");
    }

    [Theory]
    [InlineData("You’ve read 3 of your 5 free articles this month.")]
    [InlineData("Youve read 3 of your 5 free articles this month.")]
    [InlineData("Subscribe to continue reading. Cancel anytime.")]
    [InlineData("Already a subscriber? Log in")]
    [InlineData("Create a free account to keep reading this story.")]
    [InlineData("Existing subscriber? Log in")]
    [InlineData("Upgrade to paid")]
    [InlineData("Subscribe here")]
    [InlineData("This story is one of your free reads this week.")]
    [InlineData("Book your place now: the Gazette Business Awards return in March, with discounted tickets for subscribers.")]
    [InlineData("Need access for your whole newsroom? Ask about our corporate plans.")]
    [InlineData("This is premium content. Subscribe to the Gazette for unlimited access to the archive and the e-paper — plans start at $4 a month.")]
    [InlineData("This is premium content. Subscribe to the Gazette for unlimited access to the archive and the e-paper  plans start at $4 a month.")]
    public void PaywallAppeal_RemovesWallsAndMeters(string paragraph)
    {
        new PaywallAppealFilter().Evaluate(paragraph, new NewsFilterContext(Header, 0)).Remove.Should().BeTrue();
    }

    [Theory]
    [InlineData("Sign up for our free morning newsletter, delivered straight to your inbox.")]
    [InlineData("Get The Daily Brief — our best stories, in your inbox every weekday.")]
    [InlineData("Forward this to a friend who would like it. Did someone forward this to you? Sign up here, it’s free.")]
    [InlineData("Listen to the Gazette’s morning news podcast. Find it on Apple Podcasts, Spotify or wherever you listen.")]
    [InlineData("Get the Harbour Morning newsletter, with the stories that matter on the coast.")]
    [InlineData("Sign up now")]
    [InlineData("Follow the Harbour Gazette on Google News for the latest updates from the coast.")]
    [InlineData("Watch every episode of our council show on the Gazette’s YouTube channel — and hit subscribe so you never miss one.")]
    [InlineData("Watch every episode of our council show on the Gazettes YouTube channel  and hit subscribe so you never miss one.")]
    public void NewsletterSignup_RemovesSignUps(string paragraph)
    {
        new NewsletterSignupFilter().Evaluate(paragraph, new NewsFilterContext(Header, 0)).Remove.Should().BeTrue();
    }

    [Theory]
    [InlineData("The European Union pledged €1.5 billion in humanitarian aid on Monday, and member states promised another €600 million.")]
    [InlineData("“Please give blood if you can,” the health minister told reporters, adding that reserves were at a ten-year low.")]
    [InlineData("Please give blood if you can, the health minister told reporters, adding that reserves were at a ten-year low.")]
    [InlineData("A GoFundMe campaign for the flooded clinic has raised $85,000 from about 1,200 donors, its organizers said.")]
    [InlineData("Finland formally applied for NATO membership on Wednesday, ending decades of military non-alignment.")]
    [InlineData("The streaming service raised its basic plan to $11.99 a month, the company said, citing higher content costs.")]
    [InlineData("The newspaper put its website behind a paywall in 2019 and now has about 90,000 digital subscribers, executives said.")]
    [InlineData("We will support every family that lost a home, and we will not stop until they are back on their feet, the governor said.")]
    [InlineData("The regulator froze the accounts of 14 companies linked to the sanctioned banker.")]
    [InlineData("MAYOR LINDQVIST: If your listeners want to help, please donate to the food bank. Every dollar goes to families.")]
    [InlineData("MAYOR O'NEILL: If your listeners want to help, please donate to the food bank. Every dollar goes to families.")]
    [InlineData("The Gulf state has committed to help fund hospital salaries in the US for six months through a World Bank mechanism.")]
    [InlineData("This is the last fundraising deadline of the quarter, read one email sent on Friday night. Please chip in $15 before midnight to stop the other side.")]
    [InlineData("The streaming giant is raising the price of every plan in the US: the basic tier goes from $6.99 to $7.99 a month.")]
    [InlineData("If your inbox filled up with three evacuation alerts overnight, you’re not alone: the county emailed every address in the valley.")]
    [InlineData("Researchers say the fall in giving follows a fall in membership: fewer than half of adults now belong to a congregation, and younger people are the least likely to donate to one.")]
    [InlineData("One fundraiser we studied opened with the line: Please, if you have ever lost a pet, give what you can today. It raised $40,000 in a week.")]
    [InlineData("According to the memo, premium content moves behind the wall in June and the cheapest plans start at $4 a month. Subscribe prompts will appear after three free articles.")]
    [InlineData("The hospital’s blood bank asked residents to come and donate, saying stocks of O-negative had run low after the storm. It is open from 8 a.m. to 4 p.m.")]
    [InlineData("Under the scheme, people can donate to a town of their choice and deduct most of it from their income taxes, paying only 20 dollars themselves.")]
    [InlineData("Record shops have started selling paid subscription boxes: a monthly parcel of three records chosen by staff, with discounts for each customer.")]
    public void Filters_KeepTrickyNews(string paragraph)
    {
        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(Header.WithParagraphs([paragraph]));

        result.Removed.Should().BeEmpty(result.Removed.FirstOrDefault()?.Reason);
    }

    [Fact]
    public void CapitalUs_IsTheCountry_NotTheOutletsUs()
    {
        NewsAppealExplanation.Explain("The grant will help fund two clinics in the US next year.", "www.example-gazette.com").AppealCues.Should().NotContain("us");
        NewsAppealExplanation.Explain("The grant will help fund two clinics with us next year.", "www.example-gazette.com").AppealCues.Should().Contain("us");
        NewsAppealExplanation.Explain("Us and the readers: the grant will help fund two clinics.", "www.example-gazette.com").AppealCues.Should().Contain("us");
    }

    [Fact]
    public void CapitalUs_IsTheCountry_OnTheUtf8PathToo()
    {
        // "every dollar" alone scores 8; the outlet's "us" would add 2 and reach the threshold.
        NewsDocument parsed = NewsParser.Default.Parse("Budget\n20240105\nhttps://www.example-gazette.com/a\nEvery dollar in the US budget now goes further.\nEvery dollar in the budget now goes further with us.\n");

        // The rules alone: the learned model reads the second line as news too, and keeps both.
        NewsFilterPipeline rules = new NewsFilterPipelineBuilder().AddDefaultFilters(new AppealFilterOptions { UseLearnedModel = false }).Build();
        NewsCleaningResult result = rules.Clean(parsed);

        result.Removed.Select(r => r.Index).Should().Equal(1);
        NewsFilterPipeline.Default.Clean(parsed).Removed.Should().BeEmpty();
    }

    [Fact]
    public void LetterToTheReader_GreetingAndSignoff_GoWithTheAppeal_AndStayWithoutOne()
    {
        string[] letter =
        [
            "Dear Gazette reader,",
            "The harbour council voted on Tuesday to close the old ferry ramp for repairs until April.",
            "Please support our local journalism with a gift of any amount today. It takes less than a minute.",
            "Jane Roe, editor-in-chief",
        ];
        NewsCleaningResult withAppeal = NewsFilterPipeline.Default.Clean(Header.WithParagraphs(letter));
        NewsCleaningResult withoutAppeal = NewsFilterPipeline.Default.Clean(Header.WithParagraphs([letter[0], letter[1], letter[3]]));

        withAppeal.Removed.Select(r => r.Index).Should().Equal(0, 2, 3);
        withAppeal.Removed[0].Reason.Should().Contain("part of an appeal block");
        withoutAppeal.Removed.Should().BeEmpty();
    }

    [Fact]
    public void NewsAboutTheOutletItself_InTheThirdPerson_IsNotPartOfTheAppealBlock()
    {
        string[] paragraphs =
        [
            "Under its new owner, the Gazette will no longer rely on print subscribers; the paper plans to drop its paywall and ask readers for donations, a model public radio has used for decades.",
            "Please support our local journalism with a gift of any amount today. It takes less than a minute.",
        ];

        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(Header.WithParagraphs(paragraphs));

        result.Removed.Select(r => r.Index).Should().Equal(1);
    }

    [Fact]
    public void Analyze_KeptParagraph_AllocatesNothing()
    {
        const string news = "The city council voted 7-2 on Tuesday to extend night bus service to the eastern suburbs from January, officials said.";
        string key = AppealAnalyzer.OutletKey("www.rivertongazette.com")!;
        AppealAnalyzer.Analyze(news, key);
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(news);
        AppealAnalyzer.Analyze(utf8, key);

        long before = GC.GetAllocatedBytesForCurrentThread();
        AppealScore score = default;
        for (int i = 0; i < 100; i++)
        {
            score = AppealAnalyzer.Analyze(news, key);
            score = AppealAnalyzer.Analyze(utf8.AsSpan(), key);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        score.Should().Be(AppealScore.Zero);
        allocated.Should().Be(0);
    }

    [Fact]
    public void OutletKey_ComesFromTheHost()
    {
        AppealAnalyzer.OutletKey("www.timesofisrael.com").Should().Be("timesofisrael");
        AppealAnalyzer.OutletKey("en.example-gazette.co.uk").Should().Be("examplegazette");
        AppealAnalyzer.OutletKey("npr.org").Should().BeNull("a short name would match inside other words");
        AppealAnalyzer.OutletKey("edition.cnn.com").Should().BeNull("edition is a section label, not the outlet");
        AppealAnalyzer.OutletKey("english.kbs.co.kr").Should().BeNull("english is a section label, not the outlet");
        AppealAnalyzer.OutletKey("news.abc.net.au").Should().BeNull("news is a section label, not the outlet");
        AppealAnalyzer.OutletKey("alpha.bravo.com").Should().Be("alpha", "of two equally long labels the first is kept");
        AppealAnalyzer.OutletKey("www.arabtimesonline.com").Should().Be("arabtimes", "the outlet writes its name without the host's generic suffix");
        AppealAnalyzer.OutletKey("wansolwaranews.com").Should().Be("wansolwara");
        AppealAnalyzer.OutletKey("dailynews.com").Should().Be("dailynews", "without the suffix too little of a name is left");
        AppealAnalyzer.OutletKey("pakistanlive.com").Should().Be("pakistanlive", "a country's name alone is not the outlet's");
    }

    [Fact]
    public void NamingTheOutlet_AddsToAnAppeal_OnBothPaths()
    {
        // "every dollar" is worth 8; naming the outlet adds 3 and reaches the threshold.
        const string paragraph = "Every dollar keeps the Riverton Gazette going.";
        int named = NewsAppealExplanation.Explain(paragraph, "www.rivertongazette.com").Score;
        int other = NewsAppealExplanation.Explain(paragraph, "www.othersite-news.com").Score;
        NewsCleaningResult fromUtf8 = NewsFilterPipeline.Default.Clean(NewsParser.Default.Parse($"T\n20240105\nhttps://www.rivertongazette.com/a\n{paragraph}\n"));
        NewsCleaningResult elsewhere = NewsFilterPipeline.Default.Clean(NewsParser.Default.Parse($"T\n20240105\nhttps://www.othersite-news.com/a\n{paragraph}\n"));

        (named, other).Should().Be((11, 8));
        fromUtf8.Removed.Should().ContainSingle();
        elsewhere.Removed.Should().BeEmpty();
    }

    [Fact]
    public void OutletDescribingItselfByName_GoesWithTheAppeal_NewsAboutItStays()
    {
        // Both "we" paragraphs score 5 (we 2, the outlet's name 3), under the block threshold of 6; opening with the
        // outlet's own name adds 3 toward the block threshold only, never toward the threshold of a lone paragraph.
        const string host = "www.rivertongazette.com";
        const string selfDescription = "The Riverton Gazette is run from the old post office, and we like it that way.";
        const string laterMention = "From the old post office we run the Riverton Gazette, and we like it that way.";
        const string newsAboutIt = "The Riverton Gazette has been banned from council briefings since March, and its website is blocked in the town hall.";
        const string ask = "Please support our local journalism with a gift of any amount today.";

        NewsFilterPipeline rules = new NewsFilterPipelineBuilder().AddDefaultFilters(new AppealFilterOptions { UseLearnedModel = false }).Build();
        NewsDocument withAskDocument = NewsParser.Default.Parse($"T\n20240105\nhttps://{host}/a\n{selfDescription}\n{laterMention}\n{newsAboutIt}\n{ask}\n");
        NewsCleaningResult result = rules.Clean(withAskDocument);
        NewsCleaningResult withoutAsk = rules.Clean(NewsParser.Default.Parse(
            $"T\n20240105\nhttps://{host}/a\n{selfDescription}\n{laterMention}\n{newsAboutIt}\n"));

        NewsAppealExplanation.Explain(selfDescription, host).Score.Should().Be(5);
        NewsAppealExplanation.Explain(laterMention, host).Score.Should().Be(5);
        result.Removed.Select(r => r.Index).Should().Equal(0, 3);
        result.Removed[0].Reason.Should().Contain("score 5 + 3 for the outlet describing itself by name ≥ 6");
        withoutAsk.Removed.Should().BeEmpty();

        // The learned model also takes the later mention (outlet-voice prose in the same block), and says why.
        NewsCleaningResult withModel = NewsFilterPipeline.Default.Clean(withAskDocument);
        withModel.Removed.Select(r => r.Index).Should().Equal(0, 1, 3);
        withModel.Removed[1].Reason.Should().Contain("learned model").And.Contain("words: ");
    }

    [Fact]
    public void Explanation_NamesTheKind_AndQuotationMarksInEitherTypographyCountAgainst()
    {
        const string host = "www.example-gazette.com";

        NewsAppealExplanation.Explain("Sign up for our free newsletter, delivered to your inbox.", host).Kind.Should().Be("newsletter");
        NewsAppealExplanation.Explain("Already a subscriber? Log in", host).Kind.Should().Be("paywall");
        NewsAppealExplanation.Explain("Please donate today.", host).Kind.Should().Be("donation");
        NewsAppealExplanation.Explain("The council met on Tuesday.", host).Kind.Should().Be("none");
        NewsAppealExplanation.Explain("Get ready for a cold and windy weekend.", host).Score.Should().Be(0, "a call to action counts only beside an appeal cue or a price");
        int plain = NewsAppealExplanation.Explain("Support our journalism, every gift counts.", host).Score;
        NewsAppealExplanation.Explain("“Support our journalism, every gift counts.”", host).Score.Should().Be(plain - 4);
        NewsAppealExplanation.Explain("\"Support our journalism, every gift counts.\"", host).Score.Should().Be(plain - 4);
    }

    [Fact]
    public void Price_CountsBesideSixPointsOfAppealEvidence()
    {
        // "members get" is worth 6; the price ("for 0*", "0 a month") then adds its capped 8.
        NewsAppealExplanation.Explain("Members get two mugs for $5 a month.", "www.example-gazette.com").Score.Should().Be(14);
        NewsAppealExplanation.Explain("Members get two mugs.", "www.example-gazette.com").Score.Should().Be(6);
    }

    [Fact]
    public void Evaluate_CalledDirectly_ReportsTheThresholdItPassed()
    {
        NewsFilterDecision decision = new DonationAppealFilter().Evaluate(
            "Please support our local journalism with a gift of any amount today.", new NewsFilterContext(Header, 0));

        decision.Remove.Should().BeTrue();
        decision.Reason.Should().Contain("≥ 10)").And.NotContain("appeal block");
    }

    [Fact]
    public void Reason_ListsTheNewsCuesAgainst_InQuotes()
    {
        NewsFilterDecision decision = new DonationAppealFilter().Evaluate(
            "Please support our local journalism with a gift of any amount today; its future depends on you.", new NewsFilterContext(Header, 0));

        decision.Remove.Should().BeTrue();
        decision.Reason.Should().EndWith("; against: \"its\"");
    }

    [Fact]
    public void BuiltInFilter_InsideAUsersDecorator_StillRemovesTheAppealBlock()
    {
        // The pipeline passes its per-document analysis in the context, so a wrapped built-in knows the document
        // holds a strong appeal and takes the block's persuasion prose too.
        string[] paragraphs =
        [
            "The harbour council voted on Tuesday to close the old ferry ramp for repairs until April.",
            "Our reporters have lived in this valley for a century.",
            "Please support our local journalism with a gift of any amount today.",
        ];
        var pipeline = new NewsFilterPipeline([new Renamed(new DonationAppealFilter()), new PaywallAppealFilter()]);

        NewsCleaningResult result = pipeline.Clean(Header.WithParagraphs(paragraphs));

        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal((1, "Wrapped"), (2, "Wrapped"));
        result.Removed[0].Reason.Should().Contain("part of an appeal block");
    }

    [Fact]
    public void WeAndYouAlone_GoWithTheAppeal_AndStayWithoutOne()
    {
        // No appeal cue at all, only the outlet's "we" and the reader's "you": enough for the block, never alone.
        const string voice = "You know where to find us, and we know where to find you.";
        const string ask = "Please support our local journalism with a gift of any amount today.";
        const string news = "The harbour council voted on Tuesday to close the old ferry ramp for repairs until April.";

        NewsFilterPipeline.Default.Clean(Header.WithParagraphs([news, voice, ask])).Removed.Select(r => r.Index).Should().Equal(1, 2);
        NewsFilterPipeline.Default.Clean(Header.WithParagraphs([news, voice])).Removed.Should().BeEmpty();
    }

    [Fact]
    public void BuiltInFiltersInsideAUsersDecorator_WithTheirOwnOptions_DecideOnParsedDocumentsAsOnStrings()
    {
        const string news = "The harbour council voted on Tuesday to close the old ferry ramp for repairs until April.";
        var lowThreshold = new NewsFilterPipeline([new Renamed(new DonationAppealFilter(new AppealFilterOptions { Threshold = 4, BlockThreshold = 2, UseLearnedModel = false })), new PaywallAppealFilter()]);
        var strongAtEight = new NewsFilterPipeline([new Renamed(new DonationAppealFilter(new AppealFilterOptions { Threshold = 8 })), new PaywallAppealFilter()]);
        NewsDocument weakAddressed = Header.WithParagraphs([news, "You can find the fund's Patreon page on the museum's website."]);
        NewsDocument strongAtEightOnly = Header.WithParagraphs([news, "Members get our weekly digest.", "You may remember the old ferry ramp."]);

        foreach ((NewsFilterPipeline pipeline, NewsDocument strings) in new[] { (lowThreshold, weakAddressed), (strongAtEight, strongAtEightOnly) })
        {
            NewsDocument parsed = NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(strings));
            parsed.Utf8Paragraphs.Should().NotBeNull();
            int[] expected = [.. pipeline.Clean(strings).Removed.Select(r => r.Index)];

            expected.Should().NotBeEmpty("the wrapped filter removes something");
            pipeline.Clean(parsed).Removed.Select(r => r.Index).Should().Equal(expected);
        }
    }

    private sealed class Renamed(INewsFilter inner) : INewsFilter
    {
        public string Name => "Wrapped";

        public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) => inner.Evaluate(paragraph, context);
    }

    [Theory]
    [InlineData("Members get exclusive content, bonus episodes and an invitation to the annual dinner.", "Become a member of the Gazette book club for exclusive content and bonus episodes.")]
    [InlineData("Full digital access includes the archive and the daily e-paper.", "Get full digital access to the archive with our digital edition.")]
    public void ScoreJustOverTheThreshold_NeedsTheReadersOrOutletsVoiceOrACall(string news, string appeal)
    {
        AppealScore newsScore = AppealAnalyzer.Analyze(news.AsSpan(), "rivertongazette");
        AppealScore appealScore = AppealAnalyzer.Analyze(appeal.AsSpan(), "rivertongazette");
        newsScore.Total.Should().BePositive();
        (newsScore.Addressed || newsScore.OutletVoice || newsScore.Calls || newsScore.SelfTalk).Should().BeFalse("the news paragraph speaks neither to the reader nor as the outlet");
        (appealScore.Addressed || appealScore.OutletVoice || appealScore.Calls || appealScore.SelfTalk).Should().BeTrue();

        bool Removed(string paragraph, int threshold)
        {
            var options = new AppealFilterOptions { Threshold = threshold, BlockThreshold = 1 };
            var context = new NewsFilterContext(Header, 0);
            return new DonationAppealFilter(options).Evaluate(paragraph, context).Remove || new PaywallAppealFilter(options).Evaluate(paragraph, context).Remove;
        }

        // At the threshold and one above it, only the paragraph with a voice or a call is removed; two above, the
        // score alone is enough for both.
        Removed(news, newsScore.Total).Should().BeFalse();
        Removed(news, newsScore.Total - 1).Should().BeFalse();
        Removed(news, newsScore.Total - 2).Should().BeTrue();
        Removed(appeal, appealScore.Total).Should().BeTrue();
    }
}
