using System.Text;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests;

public class NewsWriterTests
{
    [Fact]
    public void Write_ParsedCanonicalText_GivesTheSameBytes()
    {
        byte[] canonical = Fixture.Bytes("Format/harbour.txt");

        byte[] written = NewsWriter.ToUtf8Bytes(NewsParser.Default.Parse(canonical));

        written.Should().Equal(canonical);
    }

    [Fact]
    public void Write_ParseOfNonCanonicalText_IsCanonical()
    {
        string messy = "\uFEFF  Title  \r\n20220131\r\nhttps://a.example/x\r\n\r\n  one\t\r\ntwo";

        string text = NewsWriter.ToText(NewsParser.Default.Parse(messy));

        text.Should().Be("Title\n20220131\nhttps://a.example/x\none\ntwo\n");
    }

    [Fact]
    public void Parse_WrittenDocument_EqualsTheOriginal()
    {
        var doc = new NewsDocument
        {
            Title = "Ünïcödé “headline” — 🚀",
            Date = new DateOnly(1999, 12, 31),
            Url = new Uri("https://xn--bcher-kva.example/path?q=1#frag"),
            Paragraphs = ["First.", "Zweiter Absatz mit ß.", new string('z', 50_000)],
        };

        NewsDocument back = NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(doc));

        back.Should().Be(doc);
        back.GetHashCode().Should().Be(doc.GetHashCode());
    }

    [Fact]
    public async Task WriteAsync_Stream_WritesTheCanonicalBytes()
    {
        NewsDocument doc = NewsParser.Default.Parse(Fixture.Bytes("Format/harbour.txt"));
        using var stream = new MemoryStream();

        await NewsWriter.WriteAsync(doc, stream, TestContext.Current.CancellationToken);

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(doc.ToString());
    }
}
