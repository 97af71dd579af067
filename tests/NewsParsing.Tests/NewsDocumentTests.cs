namespace NewsParsing.Tests;

public class NewsDocumentTests
{
    private static NewsDocument Sample() => new()
    {
        Title = "Title",
        Date = new DateOnly(2022, 1, 31),
        Url = new Uri("https://www.example.com/a"),
        Paragraphs = ["One.", "Two."],
    };

    [Fact]
    public void Equality_IsByValue()
    {
        NewsDocument a = Sample();
        NewsDocument b = Sample();

        (a == b).Should().BeTrue();
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != a.WithParagraphs(["One."])).Should().BeTrue();
        a.Equals(null).Should().BeFalse();
    }

    private static NewsDocument Make(string title = "Title", int day = 31, string url = "https://www.example.com/a", string[]? paragraphs = null) => new()
    {
        Title = title,
        Date = new DateOnly(2022, 1, day),
        Url = new Uri(url),
        Paragraphs = paragraphs ?? ["One.", "Two."],
    };

    public static TheoryData<string, Func<NewsDocument>> OneFieldChanged => new()
    {
        { "title", () => Make(title: "Other title") },
        { "date", () => Make(day: 30) },
        { "url", () => Make(url: "https://www.example.com/b") },
        { "last paragraph", () => Make(paragraphs: ["One.", "Two!"]) },
        { "first paragraph", () => Make(paragraphs: ["One!", "Two."]) },
        { "paragraph count", () => Make(paragraphs: ["One.", "Two.", "Three."]) },
    };

    [Theory]
    [MemberData(nameof(OneFieldChanged))]
    public void Equality_ADifferenceInAnyOneField_MakesDocumentsUnequal(string field, Func<NewsDocument> changed)
    {
        NewsDocument a = Make();
        NewsDocument b = changed();

        a.Equals(Sample()).Should().BeTrue("Make() with no change is the sample");
        a.Equals(b).Should().BeFalse(field);
        b.Equals(a).Should().BeFalse(field);
        (a == b).Should().BeFalse(field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t \t")]
    public void BlankTitleOrParagraph_IsRejected_AsBlank(string blank)
    {
        Action title = () => _ = Make(title: blank);
        Action paragraph = () => _ = Make(paragraphs: ["One.", blank]);

        title.Should().Throw<ArgumentException>().WithMessage("Expected a non-blank line of text, found a blank one.*");
        paragraph.Should().Throw<ArgumentException>().WithMessage("Expected a non-blank line of text, found a blank one.*");
    }

    [Fact]
    public void ParsedParagraphs_AreDecodedOnce_AndThenTheSameString()
    {
        NewsDocument doc = NewsParser.Default.Parse("Title\n20220131\nhttps://a.example/\nOne.\nTwo.\nThree.\n"u8);

        string first = doc.Paragraphs[0];
        string[] all = [.. doc.Paragraphs];

        all.Should().Equal("One.", "Two.", "Three.");
        doc.Paragraphs[0].Should().BeSameAs(first, "a paragraph is decoded on first read and then cached");
        doc.Paragraphs[2].Should().BeSameAs(all[2]);
    }

    [Fact]
    public void EqualityOperators_HandleNullOnEitherSide()
    {
        NewsDocument document = NewsParser.Default.Parse("Title\n20220131\nhttps://a.example/\nBody\n");
        NewsDocument? none = null;
        NewsDocument? alsoNone = null;

        (none == alsoNone).Should().BeTrue();
        (none == document).Should().BeFalse();
        (document == none).Should().BeFalse();
        (none != document).Should().BeTrue();
    }

    [Fact]
    public void Paragraphs_AreCopied_SoLaterChangesToTheSourceDoNotLeakIn()
    {
        var source = new List<string> { "One." };
        var doc = new NewsDocument { Title = "T", Date = default, Url = new Uri("http://a.example/"), Paragraphs = source };

        source.Add("Two.");

        doc.Paragraphs.Should().Equal("One.");
        doc.Paragraphs.Should().NotBeAssignableTo<List<string>>();
    }

    [Fact]
    public void Host_ComesFromTheUrl()
    {
        Sample().Host.Should().Be("www.example.com");
    }

    [Theory]
    [InlineData("https://www.Bücher.example/a", "www.xn--bcher-kva.example")]
    [InlineData("https://a.exampl\uFFFD/x", "a.exampl\uFFFD")]
    public void Host_IsPunycode_OrAsWrittenWhenIdnRulesRejectIt(string url, string host)
    {
        // The second URL is one Uri accepts but whose IdnHost throws (found by the fuzzer: findings/idn-host-throws.txt).
        NewsDocument doc = NewsParser.Default.Parse($"T\n20230101\n{url}\nBody\n");

        doc.Host.Should().Be(host);
    }

    [Fact]
    public void Title_WithAnUnpairedSurrogate_IsRejected()
    {
        // Built in code: theory data would be serialized, and a lone surrogate would arrive as U+FFFD.
        string[] titles = ["ends with a lone high surrogate \uD800", "\uDC00 starts with a lone low surrogate", "a lone \uD800 high surrogate inside", "pair then lone \uD83D\uDE00\uD800"];
        foreach (string title in titles)
        {
            Action create = () => _ = new NewsDocument { Title = title, Date = default, Url = new Uri("http://a.example/"), Paragraphs = [] };

            create.Should().Throw<ArgumentException>(title).Which.ParamName.Should().Be("Title");
        }

        new NewsDocument { Title = "a valid pair \uD83D\uDE00", Date = default, Url = new Uri("http://a.example/"), Paragraphs = [] }.Title.Should().EndWith("\uDE00");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" padded")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("nul\0char")]
    [InlineData("\nleading line break")]
    [InlineData("\0leading NUL")]
    public void Title_ThatCannotRoundTrip_IsRejected(string title)
    {
        Action create = () => _ = new NewsDocument { Title = title, Date = default, Url = new Uri("http://a.example/"), Paragraphs = [] };

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Title");
    }

    [Theory]
    [InlineData("ftp://a.example/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    public void Url_ThatIsNotHttp_IsRejected(string url)
    {
        Action create = () => _ = new NewsDocument { Title = "T", Date = default, Url = new Uri(url), Paragraphs = [] };

        create.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Url");
    }

    [Fact]
    public void Url_Relative_IsRejected()
    {
        Action create = () => _ = new NewsDocument { Title = "T", Date = default, Url = new Uri("/a", UriKind.Relative), Paragraphs = [] };

        create.Should().Throw<ArgumentException>();
    }
}
