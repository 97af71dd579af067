using System.Text;
using NewsParsing.Reading;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Reading;

public class NewsReaderTests
{
    [Fact]
    public void Read_Canonical_YieldsTokensInOrderWithPositions()
    {
        byte[] utf8 = "\uFEFFHeadline here\r\n20220131\r\n  https://a.example/p\t\r\n\r\nFirst para.\rSecond para.\n"u8.ToArray();
        var reader = new NewsReader(utf8);
        var tokens = new List<(NewsTokenKind, string, int, int, long)>();

        while (reader.Read())
        {
            tokens.Add((reader.TokenKind, Encoding.UTF8.GetString(reader.ValueSpan), reader.LineNumber, reader.ColumnNumber, reader.BytePosition));
        }

        tokens.Should().Equal(
            (NewsTokenKind.Title, "Headline here", 1, 1, 3L),
            (NewsTokenKind.Date, "20220131", 2, 1, 18L),
            (NewsTokenKind.Url, "https://a.example/p", 3, 3, 30L),
            (NewsTokenKind.Paragraph, "First para.", 5, 1, 54L),
            (NewsTokenKind.Paragraph, "Second para.", 6, 1, 66L));
        reader.ParagraphCount.Should().Be(2);
        reader.Read().Should().BeFalse("the end stays the end");
    }

    [Fact]
    public void GetDate_OnDateToken_ParsesIt_AndOnOtherTokens_Throws()
    {
        var reader = new NewsReader("T\n20240229\nhttps://a.example/\nP"u8);
        reader.Read();
        try
        {
            reader.GetDate();
            Assert.Fail("GetDate on a title must throw");
        }
        catch (InvalidOperationException ex)
        {
            ex.Message.Should().Contain("Date token");
        }

        reader.Read();
        reader.GetDate().Should().Be(new DateOnly(2024, 2, 29));
        reader.GetString().Should().Be("20240229");
    }

    [Fact]
    public void TryRead_BadDate_ReturnsTheErrorWithoutThrowing_AndKeepsReturningIt()
    {
        var reader = new NewsReader("T\n20221301\nhttps://a.example/\nP"u8);

        reader.TryRead(out NewsParseError? first).Should().BeTrue();
        first.Should().BeNull();
        reader.TryRead(out NewsParseError? error).Should().BeFalse();
        error!.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        reader.TryRead(out NewsParseError? again).Should().BeFalse();
        again.Should().BeSameAs(error);
    }

    [Fact]
    public void Read_BadInput_ThrowsNewsParseException()
    {
        try
        {
            var reader = new NewsReader("T\n20220101\nnot a url\nP"u8);
            while (reader.Read())
            {
            }

            Assert.Fail("expected an exception");
        }
        catch (NewsParseException ex)
        {
            ex.Kind.Should().Be(NewsParseErrorKind.InvalidUrl);
            ex.Message.Should().Be("line 3, column 1: expected an absolute http or https URL, found \"not a url\"");
        }
    }

    [Fact]
    public void Read_AllocatesNothing()
    {
        byte[] utf8 = Fixture.Bytes("Format/harbour.txt");
        int tokens = CountTokens(utf8); // warm up (JIT, statics)

        long before = GC.GetAllocatedBytesForCurrentThread();
        int again = 0;
        for (int i = 0; i < 100; i++)
        {
            again += CountTokens(utf8);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        tokens.Should().Be(9);
        again.Should().Be(900);
        allocated.Should().Be(0);
    }

    [Fact]
    public void Options_Default_IsValid_AndNegativeLimitsThrow()
    {
        NewsReaderOptions options = default;

        options.MaxLineLength.Should().Be(NewsReaderOptions.DefaultMaxLineLength);
        options.MaxParagraphs.Should().Be(NewsReaderOptions.DefaultMaxParagraphs);
        options.MaxInputBytes.Should().Be(NewsReaderOptions.DefaultMaxInputBytes);
        options.Lenient.Should().BeFalse();
        Action negative = () => options.MaxLineLength = -1;
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static int CountTokens(byte[] utf8)
    {
        var reader = new NewsReader(utf8);
        int count = 0;
        while (reader.TryRead(out _))
        {
            count += reader.ValueSpan.Length > 0 ? 1 : 0;
        }

        return count;
    }
}
