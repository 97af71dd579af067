using NewsParsing.Filtering.Appeals;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Filtering;

public sealed class AppealModelTests
{
    /// <summary>Where the shipped model lives in the repository (embedded into the library at build time).</summary>
    private static string ShippedModelPath => Path.Combine(Fixture.RepositoryRoot, "src", "NewsParsing", "Filtering", "Appeals", "AppealModel.bin");

    /// <summary>Every labeled paragraph of the fixture sets, in a fixed order: folders by name, documents as labeled.</summary>
    internal static List<LabeledParagraph> FixtureExamples()
    {
        var examples = new List<LabeledParagraph>();
        foreach (string folder in Directory.GetDirectories(Fixture.PathOf("Appeals")).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(folder, "labels.jsonl")))
            {
                continue;
            }

            foreach (SharedCorpusAcceptanceTests.Label label in SharedCorpusAcceptanceTests.ReadLabels(folder))
            {
                NewsDocument doc = NewsParser.Default.ParseFile(Path.Combine(folder, label.File));
                string? key = AppealAnalyzer.OutletKey(doc.Host);
                var appeals = label.Boilerplate.ToHashSet(StringComparer.Ordinal);
                examples.AddRange(doc.Paragraphs.Select(p => new LabeledParagraph(p, key, appeals.Contains(p))));
            }
        }

        return examples;
    }

    /// <summary>
    /// The shipped weights are exactly what training on the fixtures gives (so they come from the project's own
    /// text, and a change of fixtures or features cannot leave a stale model behind). After changing either, run this
    /// test once with NEWSPARSING_WRITE_MODEL=1 to write the new model, and commit it.
    /// </summary>
    [Fact]
    public void ShippedModel_IsWhatTrainingOnTheFixturesGives()
    {
        AppealModel trained = AppealModelTrainer.Train(FixtureExamples());
        using var written = new MemoryStream();
        AppealModel.Write(written, trained.Weights);
        if (Environment.GetEnvironmentVariable("NEWSPARSING_WRITE_MODEL") == "1")
        {
            File.WriteAllBytes(ShippedModelPath, written.ToArray());
        }

        // The quantized weights are compared, not the deflated bytes (another zlib could compress them differently).
        written.Position = 0;
        float[] expected = AppealModel.Read(written).Weights.ToArray();
        using (FileStream committed = File.OpenRead(ShippedModelPath))
        {
            AppealModel.Read(committed).Weights.ToArray().Should().Equal(expected,
                "the model in src/ must be retrained after the fixtures or the features change (NEWSPARSING_WRITE_MODEL=1)");
        }

        AppealModel.Default.Weights.ToArray().Should().Equal(expected, "the library embeds the committed model");
    }

    [Fact]
    public void WriteThenRead_KeepsEveryWeightToItsQuantum()
    {
        var weights = new float[AppealModel.Size];
        weights[0] = 1.5f;
        weights[12345] = -0.25f;
        weights[AppealModel.Size - 1] = 3.0009766f;
        weights[77] = 0.005f; // below the 0.01 the format keeps
        using var stream = new MemoryStream();
        AppealModel.Write(stream, weights);
        stream.Position = 0;
        AppealModel read = AppealModel.Read(stream);
        read.Weights[0].Should().Be(1.5f);
        read.Weights[12345].Should().Be(-0.25f);
        read.Weights[AppealModel.Size - 1].Should().BeApproximately(3.0009766f, 1f / 2048);
        read.Weights[77].Should().Be(0f);
        read.Weights.ToArray().Count(w => w != 0).Should().Be(3);
    }

    [Fact]
    public void Read_RejectsWhatIsNotAModel()
    {
        using var stream = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write("NOTAMODEL!!"u8);
        }

        stream.Position = 0;
        FluentActions.Invoking(() => AppealModel.Read(stream)).Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("Were really pleased that youve read 3 articles", "We're really pleased that you've read 3 articles")]
    [InlineData("Support the Southland Times for $6month", "Support The Southland Times for £6/month")]
    [InlineData("It costs EUR 12 a year, he said", "It costs €12,50 a year, he said")]
    public void Features_AreTheSameInBothTypographies_ExceptForQuotationMarks(string normalized, string typographic)
    {
        int[] a = new int[AppealModel.MaxFeatures(typographic.Length)];
        int[] b = new int[AppealModel.MaxFeatures(typographic.Length)];
        int na = AppealModel.Features(normalized, "southlandtimes", a);
        int nb = AppealModel.Features(typographic, "southlandtimes", b);
        a[..na].Should().Equal(b[..nb]);
    }

    [Fact]
    public void Features_SpellTheOutletsNameAsOneWord_AndKeepEachFeatureOnce()
    {
        const string Text = "Support the Southland Times. Support the Southland Times.";
        int[] withKey = new int[AppealModel.MaxFeatures(Text.Length)];
        int[] without = new int[AppealModel.MaxFeatures(Text.Length)];
        int n1 = AppealModel.Features(Text, "southlandtimes", withKey);
        int n2 = AppealModel.Features(Text, null, without);
        // Without the key: support, the, southland, times, 4 pairs (the last pair "times support"), 2 openings, length, bias.
        n2.Should().Be(4 + 4 + 2 + 2);
        // With it: support, the, <outlet>, 3 pairs ("support the", "the <outlet>", "<outlet> support"), 2 openings, length, bias.
        n1.Should().Be(3 + 3 + 2 + 2);
        withKey[..n1].Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void ShippedModel_SeparatesAnAppealFromNewsThatSharesItsWords()
    {
        AppealModel model = AppealModel.Default;
        float appeal = model.Probability("If you value what we do, please become a supporter of the Kestrel Courier from just 5 a month.", "kestrelcourier");
        float news = model.Probability("The food bank has asked residents to donate tinned goods and become monthly supporters, its director said on Tuesday.", "kestrelcourier");
        appeal.Should().BeGreaterThan(0.9f);
        news.Should().BeLessThan(0.5f);
        model.Probability("If you value what we do, please become a supporter of the Kestrel Courier from just 5 a month."u8, "kestrelcourier")
            .Should().Be(appeal);
    }

    [Fact]
    public void StrongestFeatures_NameTheWordsThatPushedTheScore()
    {
        List<string> toward = AppealModel.Default.StrongestFeatures("Please support the Kestrel Courier today.", "kestrelcourier", towardAppeal: true, max: 3);
        toward.Should().HaveCount(3).And.OnlyContain(s => s.Contains(" +"));
        toward.Should().Contain(s => s.Contains("<outlet>") || s.Contains("support"));
    }

    [Fact]
    public void Explanation_CarriesTheModelsProbability()
    {
        const string Host = "www.kestrelcourier.com";
        const string Ask = "If you value what we do, please become a supporter of the Kestrel Courier from just 5 a month.";
        const string News = "The council met on Tuesday and approved the new bus timetable for the eastern suburbs.";

        NewsParsing.Filtering.NewsAppealExplanation ask = NewsParsing.Filtering.NewsAppealExplanation.Explain(Ask, Host);
        ask.AppealProbability.Should().BeApproximately(AppealModel.Default.Probability(Ask, AppealAnalyzer.OutletKey(Host)), 1e-6);
        ask.AppealProbability.Should().BeGreaterThan(0.9);
        NewsParsing.Filtering.NewsAppealExplanation.Explain(News, Host).AppealProbability.Should().BeLessThan(0.1);
    }

    [Fact]
    public void Read_RejectsATruncatedOrCorruptModel()
    {
        var weights = new float[AppealModel.Size];
        weights[3] = 1f;
        weights[900_000] = -2f;
        using var good = new MemoryStream();
        AppealModel.Write(good, weights);
        byte[] body = Inflate(good.ToArray());

        foreach (byte[] bad in new[] { body[..^1], [.. body, 0], Corrupt(body, 10, 0xFF, 0xFF, 0xFF, 0x7F) })
        {
            using var stream = new MemoryStream();
            using (var z = new System.IO.Compression.ZLibStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(bad);
            }

            stream.Position = 0;
            FluentActions.Invoking(() => AppealModel.Read(stream)).Should().Throw<InvalidDataException>();
        }

        static byte[] Inflate(byte[] deflated)
        {
            using var z = new System.IO.Compression.ZLibStream(new MemoryStream(deflated), System.IO.Compression.CompressionMode.Decompress);
            using var plain = new MemoryStream();
            z.CopyTo(plain);
            return plain.ToArray();
        }

        static byte[] Corrupt(byte[] body, int at, params byte[] with)
        {
            byte[] copy = [.. body];
            with.CopyTo(copy, at);
            return copy;
        }
    }

    [Fact]
    public void Features_OfWordsThatDifferInTheirLastLetter_PickDifferentWeights()
    {
        // Plain FNV-1a's top bits barely depend on the last character; the mixed hash separates these.
        foreach ((string a, string b) in new[] { ("our", "out"), ("us", "up"), ("journalism", "journalist"), ("now", "not") })
        {
            int[] fa = new int[64];
            int[] fb = new int[64];
            int na = AppealModel.Features(a, null, fa);
            int nb = AppealModel.Features(b, null, fb);
            na.Should().Be(4); // the word, the opening word, the length bucket, the bias
            fa[..na].Intersect(fb[..nb]).Should().HaveCount(2, $"{a} / {b} share only the length bucket and the bias");
        }
    }

    [Fact]
    public void Probability_ReadsAHugeParagraphOnlyToItsLimit()
    {
        string head = string.Concat(Enumerable.Repeat("Please support our journalism today. ", AppealModel.MaxChars / 37 + 1))[..AppealModel.MaxChars];
        string huge = head + new string('x', 10_000_000);
        float p = AppealModel.Default.Probability(huge, null);
        p.Should().Be(AppealModel.Default.Probability(head, null));
        AppealModel.Default.Probability(System.Text.Encoding.UTF8.GetBytes(huge), null).Should().Be(p);
    }
}
