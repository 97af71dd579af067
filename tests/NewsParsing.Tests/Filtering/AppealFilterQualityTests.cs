using NewsParsing.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Filtering;

/// <summary>
/// Quality of the default pipeline on labeled fixtures written for this project (Fixtures/Appeals), each set by a
/// different author and from different publishers. Tuning was used to develop the cues. HeldOut, Blind, Final, Estimate,
/// Dev6 and Estimate2 were each measured blind once (first looks: recall 0.84, 0.77, 0.76, 0.90, 0.87, 0.88; precision
/// 0.90, 0.96, 0.94, 0.95, 0.96, 0.96) and then used for development, as were Estimate3 (first look: recall 0.94,
/// precision 0.99), Estimate4 (recall 0.95, precision 0.975), Estimate5 (recall 0.92, precision 1.0), Estimate6 (recall
/// 0.97, precision 0.97) and Estimate7 (recall 0.94, precision 0.96); the first looks are the estimates for publishers
/// never seen.
/// </summary>
public class AppealFilterQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Tuning_RemovesEveryAppeal_AndNoNews()
    {
        LabeledScore score = Measure("Tuning");

        score.Recall.Should().Be(1.0, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
    }

    [Fact]
    public void HeldOut_StaysAtItsMeasuredQuality()
    {
        // Measured after development on this set: recall 1.0, one quoted appeal inside a story removed (precision 0.985),
        // until the Estimate8 round taught "opened with the line" as attribution: 1.0 and 1.0.
        LabeledScore score = Measure("HeldOut");

        score.Recall.Should().Be(1.0, score.ToString());
        score.Precision.Should().Be(1.0, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    [Theory]
    [InlineData("Blind")]
    [InlineData("Final")]
    [InlineData("Dev6")]
    [InlineData("Estimate")]
    public void DevelopmentSets_StayAtTheirMeasuredQuality(string set)
    {
        // After development on these sets: each misses at most one appeal and removes no news. Dev6 misses one; Blind
        // misses one since the marginal-score rule (a matching-gift line that scores 11 with neither the reader's nor the
        // outlet's voice: "A longtime supporter has promised to match every dollar given before midnight Thursday").
        LabeledScore score = Measure(set);

        score.Recall.Should().BeGreaterThanOrEqualTo(0.98, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
    }

    [Fact]
    public void Estimate2_UnseenPublishers_StaysAtItsMeasuredQuality()
    {
        // Measured once, blind (40 documents, 40 publishers never seen): precision 0.960 (96/100), recall 0.881 (96/109),
        // tricky news removed 3/108. That first look is the estimate for publishers never seen; the set was then used
        // for development (precision 0.991, recall 0.982, no tricky news removed; since the Estimate11 round, which
        // taught service answers ("Many of you asked us what this means in practice") as reporting, precision 1.0),
        // which this guards.
        LabeledScore score = Measure("Estimate2");

        score.Recall.Should().BeGreaterThanOrEqualTo(0.98, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    /// <summary>
    /// Sets written by helpers who never saw the filter code (40 documents and 40 publishers each, none in any other
    /// set), each measured once, blind, then used for development, which this guards:
    /// <list type="bullet">
    /// <item>Estimate3: first look precision 0.990 (95/96), recall 0.941 (95/101), tricky news removed 0/153.</item>
    /// <item>Estimate5: first look precision 1.000 (68/68), recall 0.919 (68/74), 0/137. All six misses were the outlet
    /// describing itself beside its ask ("Inside Croydon is published on a shoestring by a handful of volunteers."); then
    /// an outlet opening with its own name and speaking as "we" or of its mission, and mission phrases such as "hold the
    /// powerful accountable".</item>
    /// <item>Estimate6: first look precision 0.974 (74/76), recall 0.974 (74/76), 1/141 (a food bank's call for
    /// volunteers, quoted, and a report of a price change for existing subscribers); then food banks and coordinators
    /// as third parties, price changes as business news, "without government money", WhatsApp and Telegram follow
    /// prompts, and the speech-tag rule.</item>
    /// <item>Estimate8 (after the Estimate7 round and the analysis speed-ups): first look precision 0.973 (72/74),
    /// recall 0.960 (72/75), 0/140; then video-channel and Google News follows, subscriber ticket offers, "inbox" alone
    /// weaker, "researchers say" as attribution.</item>
    /// <item>Estimate9 (after the Estimate8 round): first look precision 1.000 (74/74), recall 0.987 (74/75), 0/142;
    /// then a call to action that opens a later sentence counts against the report rule for unattributed
    /// media-business talk.</item>
    /// <item>Estimate11 (after the Estimate10 round): first look precision 0.973 (72/74), recall 0.960 (72/75), 2/141;
    /// then a third party (an agency, "those who want to help", volunteering) counts against the report rule as the media
    /// business does, so service journalism on how to help someone else is kept; another outlet's "own model" is
    /// media-business talk; income-tax designations ("write our tax number on your return"), "become a friend" and
    /// "monthly support" are asks; "held the powerful to account" is mission talk.</item>
    /// <item>Estimate12 (after the Estimate11 round): first look precision 0.987 (77/78), recall 0.963 (77/80), 1/145
    /// (a food bank director's plea, reported with "told lawmakers"); then "told" after a person or before an
    /// audience as a speech tag, premium tiers that remove ads or unlock content, plan and offer pickers as buttons, and
    /// print subscribers asked to link their account.</item>
    /// </list>
    /// </summary>
    [Theory]
    [InlineData("Estimate3")]
    [InlineData("Estimate5")]
    [InlineData("Estimate6")]
    [InlineData("Estimate8")]
    [InlineData("Estimate9")]
    [InlineData("Estimate11")]
    [InlineData("Estimate12")]
    public void UnseenPublisherSets_AfterDevelopment_RemoveEveryAppeal_AndNoNews(string set)
    {
        LabeledScore score = Measure(set);

        score.Recall.Should().Be(1.0, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    [Fact]
    public void Estimate4_UnseenPublishers_StaysAtItsMeasuredQuality()
    {
        // Written by a helper who never saw the filter code (40 documents, 40 publishers not in any other set).
        // Measured once, blind: precision 0.975 (77/79), recall 0.951 (77/81), tricky news removed 2/147 (both from a
        // media story about a publisher's paywall plans). Then used for development (attributed or media-business
        // paragraphs that neither address the reader nor call to action; "reserved for subscribers"; app-store
        // promotions; an outlet describing itself by name): precision 0.988, recall 0.988, 1/147. Since the Estimate11
        // round ("hard paywall" is no longer mission talk, so a report on another publisher's walls is not the outlet
        // speaking of itself): precision 1.0, no tricky news removed, which this guards.
        LabeledScore score = Measure("Estimate4");

        score.Recall.Should().BeGreaterThanOrEqualTo(0.98, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    [Fact]
    public void Estimate7_UnseenPublishers_StaysAtItsMeasuredQuality()
    {
        // Written by a helper who never saw the filter code (40 documents, 40 publishers not in any other set), after
        // the Estimate6 round and the speech-tag rule. Measured once, blind: precision 0.961 (73/76), recall 0.936
        // (73/78), tricky news removed 1/143. Wrong removals: a methodology note that opens with the outlet's name ("The
        // Detail's analysis is based on ... available on our website"), a co-op store "owned by the people who shop
        // there", and service journalism on how readers can support farmers. Then used for development (self-description
        // counts toward the block threshold only; social-follow, forward-to-a-friend, gift and merchandise cues; "sign up
        // for" weaker): precision 0.987, recall 0.987, no tricky news removed, which this guards.
        LabeledScore score = Measure("Estimate7");

        score.Recall.Should().BeGreaterThanOrEqualTo(0.98, score.ToString());
        score.FalsePositives.Should().BeLessThanOrEqualTo(1, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    [Fact]
    public void Estimate10_UnseenPublishers_StaysAtItsMeasuredQuality()
    {
        // Written by a helper who never saw the filter code (40 documents, 40 publishers not in any other set, asked for
        // less common appeals: bequests, merchandise, gift and student rates, surveys), after the Estimate9 round.
        // Measured once, blind: precision 0.960 (72/75), recall 0.960 (72/75), tricky news removed 3/142. Then used for
        // development (legacy giving, merchandise, third parties asking residents, tax and retail news): precision 1.0,
        // recall 0.987 (a street paper's "every copy you buy from a vendor helps them" missed until the Estimate16 round
        // added street papers and their vendors as mission talk: recall 1.0).
        LabeledScore score = Measure("Estimate10");

        score.Recall.Should().Be(1.0, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    /// <summary>
    /// Sets measured once, blind, after the marginal-score rule, each then used for development; each now removes no
    /// news and keeps at least the recall given:
    /// <list type="bullet">
    /// <item>Estimate13: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate12 round and the marginal-score rule. Measured once, blind: precision 1.0 (63/63),
    /// recall 0.863 (63/73), no tricky news removed of 123. Its misses were outlets describing themselves without an
    /// ask (ownership, a student paper run by volunteers, a public broadcaster "supported by members"), paywall pitches
    /// (plans, an annual plan, the free edition of a newsletter), a "Like this story?" newsletter prompt and a live-
    /// stream promotion. Then used for development (those kinds as cues; "read every story" as a call to action):
    /// precision 1.0, recall 0.945. Still missed: a magazine's self-description whose name the outlet key does not find
    /// ("Ms."), two pitches whose cues are capped below the negatives of "it's" read as "its" and "4 million people",
    /// and a newsletter author's "my full analysis" for paid subscribers.</item>
    /// <item>Estimate14: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate13 round. Measured once, blind: precision 1.0 (69/69), recall 0.841 (69/82), no
    /// tricky news removed of 121. Its misses were asks in words no cue knew ("Make a secure donation to Hasht-e Subh
    /// today"), which also left the outlet's mission prose beside them without a strong appeal for the block rule,
    /// funding prose ("possible because of readers who chip in", "supported by more than 3 million members"), a
    /// newsletter's sign-off ("That's it for tonight… See you tomorrow."), "Not a member? Join ACS today" and an exile
    /// broadcaster's letter. Then used for development: precision 1.0, recall 0.976 (still missed: an app promotion
    /// whose cues are capped below the news cues of "the app", and a follow prompt that opens with "For the latest
    /// updates").</item>
    /// <item>Estimate15: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate14 round. Measured once, blind: precision 0.964 (53/55), recall 0.869 (53/61),
    /// tricky news removed 2/121 (two nonprofits' own appeals, reported: "…is now asking businesses to pledge
    /// construction materials", "…is urging community members to donate gift cards"). Then used for development (a
    /// third party asking or urging as attribution; follow, tune-in, listen-live and alert promotions; a republishing
    /// notice): precision 1.0, recall 0.967, then 0.984 after the Estimate16 round (still missed: a newsletter's "Good
    /// morning!").</item>
    /// <item>Estimate16: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate15 round and the mission-talk change. Measured once, blind: precision 1.0 (68/68),
    /// recall 0.907 (68/75), no tricky news removed of 122. Its misses: an outlet whose name is a news word
    /// (spokesman.com read its own "Spokesman-Review" as a spokesman, three paragraphs), a street paper sold by
    /// vendors, two publishers' descriptions, and "become a paid subscriber" with its "only possible because our
    /// subscribers pay". Then used for development (the outlet's one-word name is never a news cue; those kinds as
    /// cues): precision 1.0, recall 0.960.</item>
    /// <item>Estimate18: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate17 measurement and the four-lane scan. Measured once, blind: precision 0.962 (76/79),
    /// recall 0.864 (76/88), tricky news removed 3/129: two pieces of service journalism ("If you want to donate to a
    /// medical fundraiser, check whether…", a hometown-tax guide) and a scam post quoted after "The caption reads,".
    /// Its misses: a trade site's "This is a preview", members' events, app, alert and WhatsApp promotions, a gift
    /// subscription, "possible only because thousands of you choose to become paying subscribers", a tax-relief note,
    /// "Nah, maybe next time" and two self-descriptions whose "told" reads as reported speech. Then used for
    /// development (quoted text introduced by "the caption reads", "the post reads" and the like, and "if you want to
    /// donate" advice, as attribution; those kinds as cues): precision 1.0, recall 0.977 (still missed: the two
    /// self-descriptions with "told").</item>
    /// <item>Estimate19: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate18 round and the eight-lane scan. Measured once, blind: precision 0.976 (81/83),
    /// recall 0.871 (81/93), tricky news removed 1/126: an airline pass story ("Wizz Air's annual All You Can Fly
    /// membership … an introductory price"), where "You" inside the name read as the reader, and a plain news line
    /// ending "remains open to all" taken into an appeal block by the mission phrase "open to all". Its misses: six
    /// outlets' short descriptions of themselves ("Matangi Tonga has reported on Tonga and the Pacific since 1986",
    /// "Lusaka Times — Zambia's independent online newspaper"), "Trusted by readers since 2001", an event's early-bird
    /// passes, a newsletter's description, a podcast's "Listen to this episode", a paywall note naming the outlet's
    /// subscribers, an e-paper offer and a Facebook follow prompt. Then used for development ("You" capitalized after a
    /// capitalized word in sentence-case text is a name; "open to all" only of journalism or readers; a short
    /// paragraph that opens with the outlet's name and says what the publication is or since when counts for the
    /// block rule; those kinds as cues): precision 1.0, recall 0.957 (still missed: the early-bird passes and the
    /// e-paper offer, both one point short, the paywall note and the follow prompt).</item>
    /// <item>Estimate20: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set, chosen from kinds used little before: trade and specialist magazines, student papers, public radio,
    /// faith papers, newsletters, city magazines), after the Estimate19 round and the separate news-cue scan. Measured
    /// once, blind: precision 0.988 (84/85), recall 0.884 (84/95), no tricky news removed of 124. The wrong removal:
    /// a newsletter writer's sign-off ("go vote if you can … See you on the other side"). Its misses: paywall notes
    /// naming the outlet's subscribers, a meter in which "read one" read as reported speech, upgrade and free-subscriber
    /// notes, share and follow prompts, a subscriptions page, "local news you can rely on", a smart-speaker promotion,
    /// a gift prompt, an e-paper offer and a weekly's description of itself. Then used for development (those kinds
    /// as cues; "read one" as attribution only with what was read): precision 0.989, recall 0.958 (still wrong: the
    /// sign-off, whose "if you can" is an ask's words; still missed: the smart-speaker promotion, the gift prompt, the
    /// e-paper offer read as media-business talk, and the self-description of more than 24 words).</item>
    /// <item>Estimate22: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate21 round. Measured once, blind: precision 0.988 (81/82), recall 0.910 (81/89), no
    /// tricky news removed of 121. The wrong removal: a hardware story about an "e-paper" conference badge, which the
    /// e-paper cue of the Estimate19 round read as an edition offer. Its misses: storm-coverage mission prose, a
    /// weekly's self-description under a name its host does not spell, a koha (donation) ask, a daily report "delivered
    /// free each morning", a trial offer kept as talk of a trial, "Already a Pro member? Log in", "Read the full story in
    /// the … print and digital editions" and a price written "EUR35". Then used for development ("e-paper" weak; those
    /// kinds as cues): precision 1.0, recall 0.955.</item>
    /// <item>Estimate23: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set, many of them small island and regional papers), after the Estimate22 round. Measured once, blind:
    /// precision 1.0 (79/79), recall 0.898 (79/88), no tricky news removed of 123. Its misses: a site's kickers in
    /// capitals ("PAY ATTENTION:", "READ ALSO:") read as a transcript's speaker labels, so their asks counted as
    /// someone else's words; "a contribution of $5, $10 or whatever feels right. Tap here to give."; "EXCLUSIVE FOR
    /// SUBSCRIBERS"; "Readers are requested to subscribe"; a letter opening "Dear reader" whose talk of daily newspapers
    /// read as media business; and three outlets' descriptions of themselves. Then used for development (kickers are
    /// not speaker labels; those kinds as cues): precision 1.0, recall 0.943 (still missed: the "Dear reader" letter,
    /// "Readers are requested to subscribe", which scores 10 and falls in the marginal band without the reader's or
    /// outlet's voice, and the three self-descriptions).</item>
    /// <item>Estimate24: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate23 round. Measured once, blind: precision 0.988 (84/85), recall 0.923 (84/91),
    /// tricky news removed 1/120: service journalism in the outlet's voice ("Our readers asked how to check whether
    /// their home is certified. Here is what you need to know: …"), taken into an appeal block. Its misses: five
    /// outlets' descriptions of themselves, "Back Asaase with a monthly pledge via mobile money" and a bare "Allow"
    /// (a notification prompt). Then used for development ("our readers asked" as attribution; "is not cheap", "because
    /// of our advertisers and readers", "a monthly pledge" as cues): precision 1.0, recall 0.956 (still missed: three
    /// self-descriptions whose outlet names the host does not spell, and "Allow", which as a button would also take
    /// "Allow me to explain.").</item>
    /// <item>Estimate25: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate24 round. Measured once, blind: precision 1.0 (83/83), recall 0.922 (83/90), no
    /// tricky news removed of 120, meeting all three floors of the filter issue at once (as Estimate3 and Estimate9 did
    /// before). Its
    /// misses: "become a Daily News Egypt member today", "only with your help", two paywall notes whose talk of plans
    /// read as media business, a premium product's tagline and two outlets' histories. Then used for development
    /// (those asks and the paywall notes' openings as cues): precision 1.0, recall 0.944 (the two paywall notes are
    /// still kept as talk of plans). "member today" alone is not enough: "become a Valley Ledger member today" without
    /// other evidence stays below the threshold.</item>
    /// <item>Estimate27: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set: European, Asian and Pacific dailies, science and culture sites, podcasts), after the Estimate25
    /// round. Measured once, blind: precision 0.976 (81/83), recall 0.953 (81/85), no tricky news removed of 124. The
    /// wrong removals: "spotted by our reporters" in a crime story, read as the outlet's voice in an appeal block, and
    /// "If you want to have your say, several theatres are hosting …", whose "have your say" counted as a membership
    /// ask. Its misses: three outlets' histories and a premium note whose "free trial" also counted as a court trial.
    /// Then used for development, together with Estimate26 and Estimate28 (below).</item>
    /// <item>Estimate26 and Estimate28: Written by two more helpers (North American local, public-radio and trade
    /// outlets; African, Latin American, Middle Eastern and South Asian outlets, student and faith media), measured
    /// once, blind, after the Estimate27 changes: Estimate26 precision 0.988 (80/81), recall 0.909 (80/88), tricky
    /// news removed 1/121 (a nonprofit newsroom's own records request, opening with its name); Estimate28 precision
    /// 1.0 (82/82), recall 0.943 (82/87), none of 128 removed. Their misses: "Cancel anytime.", "Keep … coverage
    /// coming - give today.", "Not a subscriber? Request a free trial.", "Join more than 300,000 healthcare leaders who
    /// read …", "Back student journalism: a small gift …", a student paper's and two stations' descriptions of
    /// themselves (budgets that "come from listeners", "community-supported"), owners and costs prose ("no hedge
    /// fund", "we don't have investors"), and a seven-word "I want to be a Super Amigo" button. The round: the outlet
    /// as witness ("spotted by our reporters", "obtained by") and its records requests ("first requested the records")
    /// are attribution; "have your say" is
    /// weak; a court "trial" is named as such, so a free trial is not one; those asks, buttons and prose as cues;
    /// "keep" and "request" open calls to action; a short profile's "newspaper" is not media-business news. After it:
    /// Estimate26 precision 1.0, recall 1.0; Estimate27 1.0, 0.988; Estimate28 1.0, 0.977 (still missed: the
    /// seven-word button, since buttons are at most six words; "We don't have investors or political backers …", whose
    /// "investors" and "backers" also count as media-business news; and the Pacific Daily News history whose "has told
    /// Guam's stories" reads as reported speech).</item>
    /// <item>Estimate30: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set: Eastern European, Caucasian and Central Asian outlets, many in exile; Nordic, Benelux, Canadian and
    /// Australian sites, Indigenous media), after the Estimate26-28 round. Measured once, blind: precision 1.0 (85/85),
    /// recall 0.966 (85/88), no tricky news removed of 125. Its misses: "This investigation took five months … KRIK
    /// does not receive a single dinar from the … state", a reader campaign that "aims to raise 12 million drams" and
    /// "Give by card or bank transfer on our support page". Then used for development with Estimate29 and Estimate31
    /// (below): precision 1.0, recall 1.0.</item>
    /// <item>Estimate56 to Estimate61: the sixth pre-registered batch (North American local papers and public radio,
    /// European dailies and magazines, Asia-Pacific business and tech sites, sports, music, film, science and newsletter
    /// media, wire services and exile media, trade press, finance, student and hyperlocal sites), measured once with the
    /// rules alone (6deb63f: precision 0.980, recall 0.933, 5 of 754 tricky removed) and once with the learned model
    /// (6ec7770: 0.996, 0.958, 1 of 754). Then added to the model's training data; after retraining every set has
    /// precision 1.0 and the recall guarded here.</item>
    /// <item>Estimate62 to Estimate67: the seventh pre-registered batch (UK and Irish press, US magazines and
    /// newsletters, African and Latin American outlets, science, local TV and community radio, business media and college
    /// papers), measured once with the shipped model of c7ab210: precision 0.994, recall 0.953, no tricky news removed
    /// (its three wrong removals were community radio stations pointing to their own programmes). Then added to the
    /// model's training data.</item>
    /// </list>
    /// </summary>
    [Theory]
    [InlineData("Estimate13", 0.94)]
    [InlineData("Estimate14", 0.97)]
    [InlineData("Estimate15", 0.96)]
    [InlineData("Estimate16", 0.96)]
    [InlineData("Estimate18", 0.97)]
    [InlineData("Estimate19", 0.95)]
    [InlineData("Estimate22", 0.95)]
    [InlineData("Estimate23", 0.94)]
    [InlineData("Estimate24", 0.95)]
    [InlineData("Estimate25", 0.94)]
    [InlineData("Estimate26", 0.98)]
    [InlineData("Estimate27", 0.97)]
    [InlineData("Estimate28", 0.97)]
    [InlineData("Estimate30", 0.99)]
    [InlineData("Estimate32", 0.98)]
    [InlineData("Estimate34", 0.97)]
    [InlineData("Estimate35", 0.98)]
    [InlineData("Estimate36", 0.96)]
    [InlineData("Estimate37", 0.95)]
    [InlineData("Estimate38", 0.98)]
    [InlineData("Estimate39", 0.95)]
    [InlineData("Estimate40", 0.95)]
    [InlineData("Estimate41", 0.98)]
    [InlineData("Estimate43", 0.93)]
    [InlineData("Estimate44", 0.97)]
    [InlineData("Estimate45", 0.97)]
    [InlineData("Estimate46", 0.97)]
    [InlineData("Estimate47", 0.97)]
    [InlineData("Estimate48", 0.91)]
    [InlineData("Estimate51", 0.96)]
    [InlineData("Estimate55", 0.96)]
    [InlineData("Estimate56", 0.99)]
    [InlineData("Estimate57", 0.94)]
    [InlineData("Estimate58", 0.95)]
    [InlineData("Estimate59", 0.97)]
    [InlineData("Estimate60", 0.93)]
    [InlineData("Estimate61", 0.97)]
    [InlineData("Estimate62", 0.98)]
    [InlineData("Estimate63", 0.98)]
    [InlineData("Estimate64", 0.94)]
    [InlineData("Estimate65", 0.94)]
    [InlineData("Estimate66", 0.92)]
    [InlineData("Estimate67", 0.95)]
    public void UnseenPublisherSets_AfterTheMarginalScoreRound_KeepTheirRecall_AndRemoveNoNews(string set, double minRecall)
    {
        LabeledScore score = Measure(set);

        score.Recall.Should().BeGreaterThanOrEqualTo(minRecall, score.ToString());
        score.FalsePositives.Should().Be(0, score.ToString());
        score.HardNegativesRemoved.Should().Be(0, score.ToString());
    }

    [Fact]
    public void Estimate17_UnseenPublishers_StaysAtItsFirstLook()
    {
        // Written by a helper who never saw the filter code (40 documents, 40 publishers not in any other set), after
        // the Estimate16 round. Measured once, blind, and left undeveloped as the standing estimate: precision 0.985
        // (64/65), recall 0.985 (64/65), tricky news removed 1/121 (a budget's "one-off cash grant" beside pensions of
        // "GY$41,000 a month"). Missed: "Get the Business Daily app for the latest market data and analysis." This
        // guards the first look, so a later change that makes it worse shows up here.
        LabeledScore score = Measure("Estimate17");

        score.Recall.Should().BeGreaterThanOrEqualTo(0.98, score.ToString());
        score.FalsePositives.Should().BeLessThanOrEqualTo(1, score.ToString());
        score.HardNegativesRemoved.Should().BeLessThanOrEqualTo(1, score.ToString());
    }

    /// <summary>
    /// Sets that, after their round, still remove a little news, each held to what it measured then:
    /// <list type="bullet">
    /// <item>Estimate20 (see the list above) keeps one wrong removal, a newsletter writer's sign-off ("go vote if you
    /// can").</item>
    /// <item>Estimate21: Written by a helper who never saw the filter code (40 documents, 40 publishers not in any
    /// other set), after the Estimate20 round; its author was asked, among the tricky news, for a newsletter writer's
    /// chatty sign-off that asks for nothing. Measured once, blind: precision 0.965 (82/85), recall 0.911 (82/90),
    /// tricky news removed 2/124: two such sign-offs ("That's it for today … see you tomorrow"), and a baseball
    /// statistic whose "so far this season" and "down from 3 hours" read as a fundraising goal and a price. Its misses:
    /// "supported by paying subscribers", a summit's "Reserve your seat now", two gift subscriptions, app and
    /// social-media prompts, and an awards' call for nominations. Then used for development ("so far" is weak evidence;
    /// sign-offs count only for the appeal block; those kinds as cues): precision 0.977, recall 0.956. The two
    /// sign-offs are still removed, as part of their documents' appeal blocks; Estimate14 labels a newsletter's sign-off
    /// as an appeal and Estimate21 as news, so the block rule is where the two sets meet.</item>
    /// <item>Estimate29: Written by a helper who never saw the filter code (40 documents, 40 publishers: US city
    /// magazines, local TV sites, digital natives, media newsletters, food and outdoor titles), after the Estimate26-28
    /// round. Measured once, blind: precision 0.887 (86/97), recall 0.977 (86/88), tricky news removed 5/124, the worst
    /// first look of all the sets. The wrong removals: appeals quoted in news with "wrote", "told" and "reads" rather
    /// than "said" (a bookshop owner's Instagram note, a food bank's officer, a charity run, a Wikipedia banner); a
    /// feature about that banner ("you have probably seen it"); CNN's new paywall ("non-subscribers can read"); blood-
    /// donation and home-baking service journalism in the outlet's voice; a newsletter's "Good morning, A quick
    /// programming note" and a podcast network's "Thanks to everyone who came out" and new-shows note. Its misses: two
    /// "Create a free … account" walls. The round: words in quotation marks beside a reporting verb are someone else's
    /// appeal; "you have probably seen", "here is what to know", "our guide to" and a paywall's launch are news;
    /// "joining the" is weak; "create" opens a call to action. After it: precision 0.967, recall 1.0, tricky removed
    /// 1/124 (still wrong: the charity run's director, paraphrased with "told NewsCenter 5"; the programming note, since
    /// Estimate15 labels a newsletter's "Good morning!" an appeal; the podcast's thanks, in its appeal block).</item>
    /// <item>Estimate31: Written by a helper who never saw the filter code (40 documents, 40 publishers: climate,
    /// science and health nonprofits, sports and fan sites, faith, arts and hobby magazines, investing newsletters,
    /// Southeast Asian and East African outlets), after the Estimate26-28 round. Measured once, blind: precision 0.976
    /// (81/83), recall 0.953 (81/85), tricky news removed 1/126 (a software price list with a "one-off price"). The
    /// other wrong removal: a radio show's "Listen to the full segment … with your phone". Its misses: a fanzine's, an
    /// arts paper's and a quarterly's descriptions of themselves ("independently owned", "free since 2000", "owned by
    /// its contributors", "pay-what-you-like") and "Buy the latest issue - you set the price". After the round:
    /// precision 0.988, recall 1.0 (still wrong: the segment pointer, a program's promotion the set labels news); after
    /// the Estimate32-37 round, which reads "the full segment" as the story's own content, precision 1.0.</item>
    /// <item>Estimate32 to Estimate37: six sets written by helpers who never saw the filter code (240 documents, 240
    /// publishers, themes in docs/filters.md), each measured once, blind, with the build of the Estimate29-31 round,
    /// under a criterion fixed before they were written. First looks: Estimate32 precision 0.953 (82/86), recall 0.953,
    /// tricky removed 4/132; Estimate33 0.975 (79/81), 0.929, 1/127; Estimate34 0.988 (80/81), 0.941, 1/124;
    /// Estimate35 0.988 (83/84), 0.965, 0/122; Estimate36 1.0 (76/76), 0.894, 0/125; Estimate37 0.963 (79/82), 0.929,
    /// 2/122. The wrong removals: speakers' appeals with a speech tag but no quotation marks ("…, she added", "…, Ms
    /// Fenwick told the crowd"), trusts' and societies' membership prices ("non-members", "which costs £91 a year"), a
    /// delivery service's new monthly price whose "as well as" read as "we'll", hospitals that "struggled to log in",
    /// answers to readers' questions, a water utility's map "where you can enter your address", and pointers to the
    /// story's own full episode. The round: those speech tags, third-party membership prices, "will cost", failed
    /// log-ins, readers' questions and "the full episode/segment/interview" are news; "well" is "we'll" only with an
    /// apostrophe or not after "as", "very", "went" and the like; the misses' kinds became cues (volunteer-run charity
    /// stations, grants and donors, "funded by you, not by billionaires", bank-transfer asks, a newsletter writer's
    /// goal, free-account and "Don't have an account?" walls, plan pickers, cover-price offers, patrons' perks,
    /// "Subscriber login" and "Email address" buttons). After it: Estimate32 precision 1.0, recall 0.988; Estimate33
    /// 0.988, 0.976 (still wrong: "Listen to the full episode on our website or wherever you get your podcasts", whose
    /// podcast cues outweigh the episode pointer); Estimate34 1.0, 0.976; Estimate35 1.0, 0.988; Estimate36 1.0, 0.965;
    /// Estimate37 1.0, 0.953. Estimate27 went from recall 0.988 to 0.976: "Already a member? Log in to listen to the
    /// full episode." now reads as the episode pointer and is kept, the price of keeping three sets' pointers.</item>
    /// <item>Estimate38 to Estimate43: six more sets by helpers who never saw the filter code (240 documents; Investigate
    /// Europe appears in two of them), measured once each with the build of the Estimate32-37 round (cf987e4) under a
    /// third criterion fixed in advance. First looks: Estimate38 precision 1.0 (87/87), recall 0.989, no tricky news
    /// removed of 134; Estimate39 1.0 (77/77), 0.906, 0/128; Estimate40 0.975 (79/81), 0.919, 0/123; Estimate41 1.0
    /// (82/82), 0.953, 0/124; Estimate42 0.963 (78/81), 0.907, 0/127; Estimate43 0.987 (78/79), 0.897, 0/141; pooled
    /// precision 0.988 (481/487), recall 0.929, none of 777 tricky paragraphs: precision 0.99 missed by about one
    /// removal. The wrong removals: a rail-pass guide's verdict and its "well short of" (read as "we'll"), a gaming
    /// podcast's "Welcome back to …" intro, an EV article's price and its "We reached out to the automaker for comment
    /// … We'll update this post", and a policy essay on funding nonprofit newsrooms. The round: asking for comment and
    /// updating a post are reporting; "well" before "short", "above", "known" and the like is the adverb; a tax credit,
    /// "nonprofit newsrooms" and one-time fees are media business; the misses' kinds (outlets' profiles and
    /// independence prose, tip jars, "a regular donation", "Buy us a coffee", paid-subscriber log-ins, comment
    /// registration walls, morning briefings) became cues. After it: Estimate38 1.0, 0.989; Estimate39 1.0, 0.953;
    /// Estimate40 1.0, 0.953; Estimate41 1.0, 0.988; Estimate42 0.988, 0.965 (still wrong: the podcast intro, which
    /// Estimate36 would label a newsletter's housekeeping); Estimate43 1.0, 0.931 (still missed: three "the rest of this
    /// post is for paid subscribers" notes, whose "paid subscribers" reads as media-business talk); no other set
    /// changed.</item>
    /// <item>Estimate44 to Estimate49: six more sets by helpers who never saw the filter code (small-town US weeklies
    /// and community radio; Canadian, Alaskan, Hawaiian and Indigenous media; sports outlets; medical, climate-tech
    /// and gadget sites; Lusophone, Francophone, Horn of Africa, Sahel, Central Asian and diaspora outlets; student
    /// papers and local-news startups), measured once each with the build of the Estimate38-43 round (28a3449) under a
    /// fourth criterion fixed in advance. First looks: Estimate44 precision 1.0 (77/77), recall 0.906; Estimate45 1.0
    /// (79/79), 0.929; Estimate46 0.988 (79/80), 0.929, 1 of 127 tricky removed; Estimate47 0.988 (80/81), 0.930;
    /// Estimate48 1.0 (68/68), 0.791; Estimate49 0.975 (77/79), 0.885; pooled precision 0.991 (460/464), recall 0.895
    /// (460/514), 1 of 769 tricky paragraphs: precision and tricky news met, recall not. Estimate48's misses were
    /// prices written with the currency's name ("6 dollars a month", "MOP 280 a quarter"), fundraising telethons,
    /// registration walls and outlets' independence prose. The round: prices with a currency's name and per quarter,
    /// those kinds of asks, walls, buttons and prose as cues; a quoted appeal "posted in a message to" entrants and
    /// money-saving service journalism are news. After it: Estimate44 1.0, 0.976; Estimate45 1.0, 0.976; Estimate46
    /// 1.0, 0.976; Estimate47 1.0, 0.977; Estimate48 1.0, 0.919; Estimate49 0.989, 0.989 (still wrong: a newsletter's
    /// "Good morning. If you're a Thames Water customer …", a greeting Estimate15 labels an appeal); Estimate22 and
    /// Estimate37 each gained one appeal; no other set changed.</item>
    /// <item>Estimate50 to Estimate55: six more sets (tabloids, talk radio, lifestyle, travel and food media; public
    /// broadcasters worldwide; financial, crypto and property media; war, exile and fact-checking outlets; education,
    /// labour, transport, housing and city sites; New Zealand, Australian, Pacific, Irish and Scottish regional papers
    /// and hyperlocals), measured once each with the build of 4bf1a06 under a fifth criterion fixed in advance. First
    /// looks: Estimate50 precision 0.911 (82/90), recall 0.953; Estimate51 1.0 (81/81), 0.920; Estimate52 0.975 (79/81),
    /// 0.919, 1 of 135 tricky removed; Estimate53 0.916 (76/83), 0.894, 1 of 126; Estimate54 0.987 (76/77), 0.894, 1 of
    /// 123; Estimate55 1.0 (81/81), 0.920; pooled precision 0.963 (475/493), recall 0.917 (475/518), 3 of 762 tricky
    /// paragraphs: neither precision nor recall met. The wrong removals were a lifestyle newsletter's chat and
    /// sign-off, explainers in the outlet's voice ("What we do know is …", "you've probably noticed"), travel advice,
    /// podcast credits, and a fact-checker's and a conflict monitor's own work (tiplines, datasets, geolocation), taken
    /// into their documents' appeal blocks. The round: those kinds of reporting as news, and walls, buttons,
    /// fundraiser and independence prose as cues. After it: Estimate50 0.965, 0.965; Estimate51 1.0, 0.977; Estimate52
    /// 0.976, 0.942; Estimate53 0.988, 0.965; Estimate54 0.988, 0.941; Estimate55 1.0, 0.966; no other set changed.
    /// A review then narrowed "register in the" to "register in the app" (alone it would take "register in the county"
    /// news) and Estimate51 went from 0.977 to 0.966.</item>
    /// </list>
    /// </summary>
    [Theory]
    [InlineData("Estimate20", 0.95, 1, 0)]
    [InlineData("Estimate21", 0.95, 2, 2)]
    [InlineData("Estimate29", 0.99, 3, 1)]
    [InlineData("Estimate31", 0.99, 0, 0)]
    [InlineData("Estimate33", 0.97, 1, 0)]
    [InlineData("Estimate42", 0.96, 1, 0)]
    [InlineData("Estimate49", 0.98, 1, 0)]
    [InlineData("Estimate50", 0.96, 3, 0)]
    [InlineData("Estimate52", 0.94, 2, 1)]
    [InlineData("Estimate53", 0.96, 1, 0)]
    [InlineData("Estimate54", 0.94, 1, 1)]
    public void UnseenPublisherSets_ThatStillRemoveSomeNews_StayWithinWhatTheyMeasured(string set, double minRecall, int maxWrongRemovals, int maxTrickyRemoved)
    {
        LabeledScore score = Measure(set);

        score.Recall.Should().BeGreaterThanOrEqualTo(minRecall, score.ToString());
        score.FalsePositives.Should().BeLessThanOrEqualTo(maxWrongRemovals, score.ToString());
        score.HardNegativesRemoved.Should().BeLessThanOrEqualTo(maxTrickyRemoved, score.ToString());
    }

    [Fact]
    public void SharedDevCorpus_RemovesEveryLabeledAppeal_AndNoContent()
    {
        string corpus = Fixture.RequireSharedCorpus();

        LabeledScore dev = LabeledScore.Measure(Path.Combine(corpus, "dev"), NewsFilterPipeline.Default);
        LabeledScore seed = LabeledScore.Measure(Path.Combine(corpus, "seed"), NewsFilterPipeline.Default);
        output.WriteLine("dev:  " + dev);
        output.WriteLine("seed: " + seed);

        dev.Recall.Should().Be(1.0, dev.ToString());
        dev.FalsePositives.Should().Be(0, dev.ToString());
        dev.HardNegativesRemoved.Should().Be(0);
        seed.Recall.Should().Be(1.0, seed.ToString());
        seed.FalsePositives.Should().Be(0, seed.ToString());
    }

    private LabeledScore Measure(string set)
    {
        LabeledScore score = LabeledScore.Measure(Fixture.PathOf(Path.Combine("Appeals", set)), NewsFilterPipeline.Default);
        output.WriteLine($"{set}: {score}");
        return score;
    }
}
