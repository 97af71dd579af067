using NewsParsing.Filtering;
using NewsParsing.Filtering.Appeals;

namespace NewsParsing.Tests.Filtering;

public class NewsFilterPipelineTests
{
    // Written for these tests in the seed's style: one appeal block (normalized typography) amid news.
    internal static readonly NewsDocument Gazette = new()
    {
        Title = "City council votes to expand night bus service",
        Date = new DateOnly(2023, 9, 12),
        Url = new Uri("https://www.rivertongazette.com/2023/09/12/night-buses/"),
        Paragraphs =
        [
            "The city council voted 7-2 on Tuesday to extend night bus service to the eastern suburbs from January.",
            "The Riverton Gazette is an independent, reader-funded newsroom. We have no billionaire owner and no shareholders, only readers like you.",
            "The expansion will cost about $4.2 million a year, paid for by a parking levy approved last spring.",
            "Please support our local journalism with a gift of any amount today. It takes less than a minute.",
            "Transit workers said the new routes would need 30 more drivers, and the union asked the council to fund training.",
            "Youve read 4 free articles this month. Subscribe to keep reading for $2 a week.",
            "Donate now",
            "Get the Gazette Morning newsletter, delivered straight to your inbox.",
            "Residents can give feedback on the proposed routes at three public meetings next month, officials said.",
        ],
    };

    [Fact]
    public void Clean_Default_RemovesTheAppeals_WithFilterAndReason_AndKeepsTheNews()
    {
        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(Gazette);

        result.Removed.Select(r => (r.Index, r.Filter)).Should().Equal(
            (1, "DonationAppeal"), (3, "DonationAppeal"), (5, "PaywallAppeal"), (6, "DonationAppeal"), (7, "NewsletterSignup"));
        result.Removed.Should().OnlyContain(r => r.Reason.Length > 10 && r.Reason.Contains("score", StringComparison.Ordinal));
        result.Removed[1].Reason.Should().Contain("\"any amount\"");
        result.Document.Paragraphs.Should().Equal(Gazette.Paragraphs[0], Gazette.Paragraphs[2], Gazette.Paragraphs[4], Gazette.Paragraphs[8]);
        result.Document.Title.Should().Be(Gazette.Title);
    }

    [Fact]
    public void Clean_BuiltInReasons_AreBuiltWhenFirstRead_InTheWordsTheFilterGives()
    {
        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(Gazette);
        var context = new NewsFilterContext(Gazette, 3);

        result.Removed.Should().HaveCount(5).And.OnlyContain(r => !r.IsReasonBuilt, "nothing has read a reason yet");
        NewsRemovedParagraph any = result.Removed[1];
        string reason = any.Reason;

        any.IsReasonBuilt.Should().BeTrue();
        reason.Should().Be(new DonationAppealFilter().Evaluate(Gazette.Paragraphs[3], context).Reason);
        any.Reason.Should().BeSameAs(reason, "the words are built once");
        result.Removed[0].IsReasonBuilt.Should().BeFalse("each record builds its own reason");
    }

    [Fact]
    public void Clean_ADeferredReason_ComparesHashesCopiesAndPrintsAsItsWords()
    {
        NewsRemovedParagraph deferred = NewsFilterPipeline.Default.Clean(Gazette).Removed[1];
        var eager = new NewsRemovedParagraph(deferred.Index, deferred.Text, deferred.Filter, NewsFilterPipeline.Default.Clean(Gazette).Removed[1].Reason);

        deferred.Equals(eager).Should().BeTrue();
        eager.Equals(deferred).Should().BeTrue();
        deferred.GetHashCode().Should().Be(eager.GetHashCode());
        deferred.ToString().Should().Be(eager.ToString()).And.Contain(eager.Reason);
        (deferred with { Text = "changed" }).Reason.Should().Be(eager.Reason, "a copy keeps the reason of the paragraph that was removed");
        (deferred with { Reason = "mine" }).Should().Be(eager with { Reason = "mine" });
        (deferred with { Index = 9 }).Should().NotBe(eager);
        deferred.Deconstruct(out int index, out string text, out string filter, out string reason);
        (index, text, filter, reason).Should().Be((eager.Index, eager.Text, eager.Filter, eager.Reason));
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, "Removal index 1 appears more than once.")]
    [InlineData(new[] { -1 }, "Removal index -1 is outside the 3 paragraphs of the original document.")]
    [InlineData(new[] { 0, 4 }, "Removal index 4 is outside the 4 paragraphs of the original document.")]
    [InlineData(new[] { 4 }, "Removal index 4 is outside the 3 paragraphs of the original document.")]
    public void Rebuild_RemovalsThatDoNotFit_AreRefused_NamingTheIndex(int[] indexes, string message)
    {
        NewsDocument cleaned = Gazette.WithParagraphs([Gazette.Paragraphs[0], Gazette.Paragraphs[2]]);
        NewsRemovedParagraph[] removed = [.. indexes.Select(i => new NewsRemovedParagraph(i, "Donate now", "DonationAppeal", "button"))];

        Action rebuild = () => NewsCleaningResult.Rebuild(cleaned, removed);

        rebuild.Should().ThrowExactly<ArgumentException>().WithMessage(message + " (Parameter 'removed')");
    }

    [Fact]
    public void Rebuild_RemovalsAtTheEnds_PutEveryParagraphBackInPlace()
    {
        NewsDocument cleaned = Gazette.WithParagraphs([Gazette.Paragraphs[1]]);
        NewsRemovedParagraph[] removed = [new(2, "last", "X", "r"), new(0, "first", "X", "r")];

        NewsCleaningResult.Rebuild(cleaned, removed).Paragraphs.Should().Equal("first", Gazette.Paragraphs[1], "last");
    }

    [Fact]
    public void Clean_RebuildGivesBackTheOriginal()
    {
        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(Gazette);

        result.Rebuild().Should().Be(Gazette);
        NewsCleaningResult.Rebuild(result.Document, result.Removed.Reverse()).Should().Be(Gazette);
    }

    [Fact]
    public void Clean_CleanedDocument_RemovesNothingMore()
    {
        NewsDocument once = NewsFilterPipeline.Default.Clean(Gazette).Document;

        NewsCleaningResult twice = NewsFilterPipeline.Default.Clean(once);

        twice.Removed.Should().BeEmpty();
        twice.Document.Should().Be(once);
    }

    [Fact]
    public void Clean_ScrambledOrder_RemovesTheSameParagraphs()
    {
        string[] reversed = [.. Gazette.Paragraphs.Reverse()];
        NewsDocument scrambled = Gazette.WithParagraphs(reversed);

        var removedInOrder = NewsFilterPipeline.Default.Clean(Gazette).Removed.Select(r => r.Text).ToHashSet();
        var removedScrambled = NewsFilterPipeline.Default.Clean(scrambled).Removed.Select(r => r.Text).ToHashSet();

        removedScrambled.Should().BeEquivalentTo(removedInOrder);
    }

    [Fact]
    public void Clean_NoAppeals_ReturnsTheSameDocumentAndNoRemovals()
    {
        NewsDocument news = Gazette.WithParagraphs([Gazette.Paragraphs[0], Gazette.Paragraphs[2]]);

        NewsCleaningResult result = NewsFilterPipeline.Default.Clean(news);

        result.Removed.Should().BeEmpty();
        result.Document.Should().BeSameAs(news);
    }

    [Fact]
    public void Clean_FirstFilterThatRemovesWins()
    {
        var pipeline = new NewsFilterPipelineBuilder()
            .Add(new DelegateFilter("First", p => p.Contains("bus", StringComparison.Ordinal)))
            .AddDefaultFilters()
            .Build();

        NewsCleaningResult result = pipeline.Clean(Gazette);

        result.Removed.Single(r => r.Index == 0).Filter.Should().Be("First");
        result.Removed.Single(r => r.Index == 3).Filter.Should().Be("DonationAppeal");
    }

    [Fact]
    public void Builder_RemoveAndReplace_ChangeWhatRuns()
    {
        NewsFilterPipeline withoutPaywall = new NewsFilterPipelineBuilder().AddDefaultFilters().Remove(PaywallAppealFilter.FilterName).Build();
        NewsFilterPipeline replaced = new NewsFilterPipelineBuilder().AddDefaultFilters()
            .Replace(NewsletterSignupFilter.FilterName, new DelegateFilter("Never", _ => false)).Build();

        withoutPaywall.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "NewsletterSignup");
        withoutPaywall.Clean(Gazette).Removed.Should().NotContain(r => r.Index == 5);
        replaced.Filters.Select(f => f.Name).Should().Equal("DonationAppeal", "PaywallAppeal", "Never");
        replaced.Clean(Gazette).Removed.Should().NotContain(r => r.Index == 7);
    }

    [Theory]
    [InlineData("DonationAppeal", "Custom,PaywallAppeal,NewsletterSignup", "PaywallAppeal,NewsletterSignup")]
    [InlineData("PaywallAppeal", "DonationAppeal,Custom,NewsletterSignup", "DonationAppeal,NewsletterSignup")]
    [InlineData("NewsletterSignup", "DonationAppeal,PaywallAppeal,Custom", "DonationAppeal,PaywallAppeal")]
    [InlineData("Missing", "DonationAppeal,PaywallAppeal,NewsletterSignup,Custom", "DonationAppeal,PaywallAppeal,NewsletterSignup")]
    public void Builder_ReplaceKeepsThePlace_RemoveTakesOnlyThatFilter_AtAnyPosition(string name, string afterReplace, string afterRemove)
    {
        NewsFilterPipeline replaced = new NewsFilterPipelineBuilder().AddDefaultFilters().Replace(name, new DelegateFilter("Custom", _ => false)).Build();
        NewsFilterPipeline removed = new NewsFilterPipelineBuilder().AddDefaultFilters().Remove(name).Build();

        string.Join(',', replaced.Filters.Select(f => f.Name)).Should().Be(afterReplace);
        string.Join(',', removed.Filters.Select(f => f.Name)).Should().Be(afterRemove);
    }

    [Fact]
    public void Constructor_RefusesNullBlankOrDuplicateFilters_SayingWhich()
    {
        var a = new DelegateFilter("A", _ => false);

        Action withNull = () => _ = new NewsFilterPipeline([a, null!]);
        Action duplicate = () => _ = new NewsFilterPipeline([a, new DelegateFilter("A", _ => true)]);
        Action blank = () => _ = new NewsFilterPipeline([new DelegateFilter(" ", _ => true)]);
        Action addNull = () => new NewsFilterPipelineBuilder().Add(null!);

        withNull.Should().Throw<ArgumentException>().WithMessage("A filter is null.*");
        duplicate.Should().Throw<ArgumentException>().WithMessage("Every filter needs a unique, non-blank name; \"A\" is blank or used twice.*");
        blank.Should().Throw<ArgumentException>().WithMessage("Every filter needs a unique, non-blank name; \" \" is blank or used twice.*");
        addNull.Should().ThrowExactly<ArgumentNullException>().WithParameterName("filter");
    }

    [Fact]
    public void Builder_AfterBuild_RefusesChanges_AndDuplicateNamesAreRejected()
    {
        var builder = new NewsFilterPipelineBuilder().AddDonationAppealFilter();
        Action duplicate = () => builder.AddDonationAppealFilter();
        duplicate.Should().Throw<ArgumentException>().WithMessage("*DonationAppeal*");

        builder.Build();
        Action add = () => builder.AddPaywallAppealFilter();
        add.Should().Throw<InvalidOperationException>().WithMessage("*new NewsFilterPipelineBuilder*");
        Action remove = () => builder.Remove(DonationAppealFilter.FilterName);
        remove.Should().Throw<InvalidOperationException>();
        Action replace = () => builder.Replace(DonationAppealFilter.FilterName, new DonationAppealFilter());
        replace.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void NullArguments_AreRejected_NamingTheParameter()
    {
        Action pipeline = () => _ = new NewsFilterPipeline(null!);
        Action context = () => _ = new NewsFilterContext(null!, 0);

        pipeline.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("filters");
        context.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("document");
    }

    [Fact]
    public void Options_InvalidThresholds_Throw()
    {
        Action zero = () => _ = new DonationAppealFilter(new AppealFilterOptions { Threshold = 0 });
        Action inverted = () => _ = new PaywallAppealFilter(new AppealFilterOptions { Threshold = 5, BlockThreshold = 8 });

        zero.Should().Throw<ArgumentOutOfRangeException>();
        inverted.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void AppealBlocks_OutletVoiceBesideAStrongAppeal_IsRemoved_OnlyWhenBlocksAreOn()
    {
        const string mission = "Our reporters have lived in this valley for a century.";
        NewsDocument withAsk = Gazette.WithParagraphs([Gazette.Paragraphs[0], mission, Gazette.Paragraphs[3]]);
        NewsDocument withoutAsk = Gazette.WithParagraphs([Gazette.Paragraphs[0], mission]);
        // The rules alone (the learned model is checked at the end).
        NewsFilterPipeline rules = new NewsFilterPipelineBuilder().AddDefaultFilters(new AppealFilterOptions { UseLearnedModel = false }).Build();
        NewsFilterPipeline noBlocks = new NewsFilterPipelineBuilder().AddDefaultFilters(new AppealFilterOptions { RemoveAppealBlocks = false, UseLearnedModel = false }).Build();

        rules.Clean(withAsk).Removed.Single(r => r.Index == 1).Reason.Should().Contain("part of an appeal block");
        rules.Clean(withoutAsk).Removed.Should().BeEmpty();
        noBlocks.Clean(withAsk).Removed.Should().ContainSingle().Which.Index.Should().Be(2);
        NewsFilterPipeline.Default.Clean(withAsk).Removed.Select(r => r.Index).Should().Equal(1, 2);
        NewsFilterPipeline.Default.Clean(withoutAsk).Removed.Should().BeEmpty();
    }

    [Fact]
    public void Clean_ManyThreads_GiveTheSameResults()
    {
        NewsCleaningResult expected = NewsFilterPipeline.Default.Clean(Gazette);

        NewsCleaningResult[] results = new NewsCleaningResult[64];
        Parallel.For(0, results.Length, i => results[i] = NewsFilterPipeline.Default.Clean(Gazette));

        results.Should().OnlyContain(r => r.Document == expected.Document && r.Removed.SequenceEqual(expected.Removed));
    }

    [Theory]
    [InlineData("Continue ——————————————————————————————")]
    [InlineData("Not now ❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️❤️")]
    public void Clean_ParsedAndBuiltCopies_DecideAlike_OnShortParagraphsWithWideCharacters(string paragraph)
    {
        NewsDocument built = Gazette.WithParagraphs([Gazette.Paragraphs[0], paragraph]);
        NewsDocument parsed = NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(built));

        NewsFilterPipeline.Default.Clean(parsed).Removed.Should().Equal(NewsFilterPipeline.Default.Clean(built).Removed);
    }

    [Fact]
    public void Clean_DocumentParsedFromBytes_CreatesStringsOnlyForTheRemovedParagraphs()
    {
        // No per-paragraph allocation for kept paragraphs: the built-in filters decide on the bytes, and a custom filter
        // gets each paragraph decoded into a pooled buffer; only a removal needs the paragraph as a string (its report).
        NewsDocument doc = NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(Gazette).AsSpan());
        var spanOnly = new SpanFilter("Stars", p => p.Contains("***", StringComparison.Ordinal));
        NewsFilterPipeline pipeline = new NewsFilterPipelineBuilder().AddDefaultFilters().Add(spanOnly).Build();

        NewsCleaningResult result = pipeline.Clean(doc);

        result.Removed.Should().HaveCount(5);
        spanOnly.Calls.Should().Be(4, "the custom filter sees every paragraph the built-ins kept");
        Enumerable.Range(0, doc.Paragraphs.Count).Where(i => doc.Utf8Paragraphs!.GetCached(i) is not null)
            .Should().Equal(result.Removed.Select(r => r.Index));
    }

    [Fact]
    public void Clean_AParsedDocument_CreatesItsUriOnlyWhenAFilterReadsIt()
    {
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(NewsWriter.ToText(Gazette));
        NewsDocument parsed = NewsParser.Default.Parse(utf8);

        NewsCleaningResult builtIn = NewsFilterPipeline.Default.Clean(parsed);

        parsed.UrlIfCreated.Should().BeNull("the built-in filters need only the host, read from the URL's text");
        builtIn.Document.UrlIfCreated.Should().BeNull();
        builtIn.Document.Url.Should().Be(Gazette.Url);
        builtIn.Document.Host.Should().Be("www.rivertongazette.com");

        Uri? seen = null;
        var urlReader = new UrlFilter(url => seen = url);
        NewsCleaningResult custom = new NewsFilterPipeline([urlReader]).Clean(NewsParser.Default.Parse(utf8));

        seen.Should().Be(Gazette.Url);
        custom.Removed.Should().ContainSingle("the filter removes the button, so the cleaned document is a new one");
        custom.Document.UrlIfCreated.Should().BeSameAs(seen, "the cleaned document shares the Uri its filter created");
    }

    [Fact]
    public void RemovedParagraph_WithANullReason_ReadsBackNull_AndStillComparesAndPrints()
    {
        // As a positional record would: a deserializer may pass null for a missing reason.
        var removed = new NewsRemovedParagraph(0, "t", "f", (string)null!);

        removed.Reason.Should().BeNull();
        removed.ToString().Should().Contain("Reason =");
        removed.Should().Be(new NewsRemovedParagraph(0, "t", "f", (string)null!));
        (removed with { Reason = "r" }).Reason.Should().Be("r");
    }

    [Theory]
    [InlineData(AppealFilterOptions.DefaultThreshold, AppealFilterOptions.DefaultBlockThreshold, true)]
    [InlineData(4, 2, false)]
    [InlineData(14, 9, true)]
    public void Clean_WithOnlyBuiltInFilters_RemovesWhatTheyRemoveBesideACustomFilter(int threshold, int blockThreshold, bool model)
    {
        // With only built-in filters the pipeline keeps a paragraph without appeal evidence without asking them; a custom
        // filter that removes nothing turns that shortcut off, so both pipelines must clean every document alike.
        var options = new AppealFilterOptions { Threshold = threshold, BlockThreshold = blockThreshold, UseLearnedModel = model };
        INewsFilter[] builtIn = [new DonationAppealFilter(options), new PaywallAppealFilter(options), new NewsletterSignupFilter(options)];
        var alone = new NewsFilterPipeline(builtIn);
        var beside = new NewsFilterPipeline([.. builtIn, new DelegateFilter("Nothing", _ => false)]);

        int documents = 0, removed = 0;
        foreach (string path in Directory.EnumerateFiles(Support.Fixture.PathOf("Appeals"), "*.txt", SearchOption.AllDirectories))
        {
            if (!NewsParser.Default.TryParse(File.ReadAllBytes(path), out NewsDocument? document, out _))
            {
                continue;
            }

            NewsCleaningResult expected = beside.Clean(document);
            NewsCleaningResult actual = alone.Clean(document);
            actual.Removed.Select(r => (r.Index, r.Filter, r.Reason)).Should().Equal(expected.Removed.Select(r => (r.Index, r.Filter, r.Reason)), Path.GetFileName(path));
            actual.Document.Paragraphs.Should().Equal(expected.Document.Paragraphs, Path.GetFileName(path));
            documents++;
            removed += actual.Removed.Count;
        }

        documents.Should().BeGreaterThan(300);
        removed.Should().BeGreaterThan(500);
    }

    /// <summary>Reads the context's URL for every paragraph and removes the "Donate now" button.</summary>
    private sealed class UrlFilter(Action<Uri> read) : INewsFilter
    {
        public string Name => "UrlReader";

        public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context)
        {
            read(context.Url);
            return paragraph.SequenceEqual("Donate now") ? NewsFilterDecision.RemoveBecause("button") : NewsFilterDecision.Keep;
        }
    }

    private sealed class SpanFilter(string name, Func<ReadOnlySpan<char>, bool> remove) : INewsFilter
    {
        private int _calls;

        public int Calls => _calls;

        public string Name => name;

        public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context)
        {
            Interlocked.Increment(ref _calls);
            return remove(paragraph) ? NewsFilterDecision.RemoveBecause($"{name} matched") : NewsFilterDecision.Keep;
        }
    }

    internal sealed class DelegateFilter(string name, Func<string, bool> remove) : INewsFilter
    {
        public string Name => name;

        public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
            remove(paragraph.ToString()) ? NewsFilterDecision.RemoveBecause($"{name} matched") : NewsFilterDecision.Keep;
    }
}
