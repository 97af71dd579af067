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
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" padded")]
    [InlineData("two\nlines")]
    [InlineData("carriage\rreturn")]
    [InlineData("nul\0char")]
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
