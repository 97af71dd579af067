using System.Text;
using NewsParsing.Reading;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Docs;

/// <summary>
/// The C# blocks of docs/format.md, compiled and run. Each block is the <c>#region</c> of the same name in this file
/// (without its indentation); <see cref="DocSnippetTests"/> keeps the page and the regions identical.
/// </summary>
public class FormatDocTests
{
    // Written for these tests in the seed's style: a small town's paper.
    private const string RegattaText = """
        Harwick regatta postponed by high winds
        20240713
        https://www.harwickherald.com/2024/07/13/regatta/
        The Harwick regatta will now take place on Sunday after gusts of up to 60 km/h closed the estuary, the sailing club said.
        About 120 boats had entered, two more than last year.
        """;

    private const string FerryText = """
        Harwick ferry timetable adds a late sailing
        20240702
        https://www.harwickherald.com/2024/07/02/late-sailing/
        The Harwick ferry will add a 23:15 sailing on Fridays from next week, the operator said.
        Tickets for the late boat cost the same as daytime fares.
        """;

    [Fact]
    public void LenientParser_AcceptsBlankLinesAnIsoDateAndNoBody_WhereTheStrictOneDoesNot()
    {
        #region format-lenient
        var parser = new NewsParser(new NewsParserOptions { Lenient = true });
        NewsDocument doc = parser.Parse("\n\nTitle\n\n2022-01-31\nhttps://a.example/x\n");
        // doc.Date == new DateOnly(2022, 1, 31), doc.Paragraphs is empty
        #endregion

        parser.Lenient.Should().BeTrue();
        doc.Title.Should().Be("Title");
        doc.Date.Should().Be(new DateOnly(2022, 1, 31));
        doc.Url.Should().Be(new Uri("https://a.example/x"));
        doc.Paragraphs.Should().BeEmpty();
        NewsParser.Default.TryParse("\n\nTitle\n\n2022-01-31\nhttps://a.example/x\n", out _, out NewsParseError? strict).Should().BeFalse();
        strict!.Kind.Should().Be(NewsParseErrorKind.BlankTitle);

        NewsDocument regatta = parser.Parse("\nHarwick regatta postponed by high winds\n\n2024-07-13\n\nhttps://www.harwickherald.com/2024/07/13/regatta/\n\nAbout 120 boats had entered.\n");
        regatta.Date.Should().Be(new DateOnly(2024, 7, 13));
        regatta.Paragraphs.Should().Equal("About 120 boats had entered.");
    }

    [Fact]
    public void Writer_WritesTheCanonicalForm_AndNormalizesMessyInput()
    {
        NewsDocument document = NewsParser.Default.Parse(FerryText);

        #region format-canonical
        byte[] utf8 = NewsWriter.ToUtf8Bytes(document);     // also: ToText, Write(document, IBufferWriter<byte>), WriteAsync(document, stream)
        string text = document.ToString();                  // the canonical text

        string messy = "\uFEFF  Title  \r\n20220131\r\nhttps://a.example/x\r\n\r\n  one\t\r\ntwo";
        string canonical = NewsWriter.ToText(NewsParser.Default.Parse(messy));   // "Title\n20220131\nhttps://a.example/x\none\ntwo\n"
        #endregion

        text.Should().Be(
            "Harwick ferry timetable adds a late sailing\n20240702\nhttps://www.harwickherald.com/2024/07/02/late-sailing/\n"
            + "The Harwick ferry will add a 23:15 sailing on Fridays from next week, the operator said.\n"
            + "Tickets for the late boat cost the same as daytime fares.\n");
        NewsWriter.ToText(document).Should().Be(text);
        utf8.Should().Equal(Encoding.UTF8.GetBytes(text), "UTF-8 without a byte order mark");
        NewsParser.Default.Parse(utf8).Should().Be(document);
        canonical.Should().Be("Title\n20220131\nhttps://a.example/x\none\ntwo\n");
        NewsWriter.ToText(NewsParser.Default.Parse(canonical)).Should().Be(canonical, "a canonical text is written back byte for byte");
    }

    [Fact]
    public void Reader_ReadsEachTokenWithItsLineColumnAndBytePosition()
    {
        #region format-reader-loop
        byte[] utf8 = "\uFEFFHeadline here\r\n20220131\r\n  https://a.example/p\t\r\n\r\nFirst para.\rSecond para.\n"u8.ToArray();
        var reader = new NewsReader(utf8);
        while (reader.Read())
        {
            // (Title, "Headline here", line 1, column 1, byte 3)
            // (Date, "20220131", 2, 1, 18)
            // (Url, "https://a.example/p", 3, 3, 30)
            // (Paragraph, "First para.", 5, 1, 54)
            // (Paragraph, "Second para.", 6, 1, 66)
            Console.WriteLine((reader.TokenKind, reader.GetString(), reader.LineNumber, reader.ColumnNumber, reader.BytePosition));
        }
        #endregion

        reader.ParagraphCount.Should().Be(2);
        reader.BytesConsumed.Should().Be(utf8.Length, "the loop read the whole input");

        var tokens = new List<(NewsTokenKind Kind, string Value, int Line, int Column, long Byte)>();
        var again = new NewsReader(utf8);
        while (again.Read())
        {
            tokens.Add((again.TokenKind, again.GetString(), again.LineNumber, again.ColumnNumber, again.BytePosition));
        }

        tokens.Should().Equal(
            (NewsTokenKind.Title, "Headline here", 1, 1, 3L),
            (NewsTokenKind.Date, "20220131", 2, 1, 18L),
            (NewsTokenKind.Url, "https://a.example/p", 3, 3, 30L),
            (NewsTokenKind.Paragraph, "First para.", 5, 1, 54L),
            (NewsTokenKind.Paragraph, "Second para.", 6, 1, 66L));
    }

    [Fact]
    public void Reader_TryRead_ReadsTheLenientDate_AndReturnsTheErrorInsteadOfThrowing()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(
            "Harwick regatta postponed by high winds\n\n2024-07-13\nhttps://www.harwickherald.com/2024/07/13/regatta/\n"
            + "The regatta will now take place on Sunday, the sailing club said.\nBoats will leave the harbour\0 at ten.\n");

        #region format-reader-try-read
        var reader = new NewsReader(utf8, new NewsReaderOptions { Lenient = true, MaxParagraphs = 1_000 });
        DateOnly date = default;
        NewsParseError? error;
        while (reader.TryRead(out error))
        {
            if (reader.TokenKind == NewsTokenKind.Date)
            {
                date = reader.GetDate();
            }
        }

        if (error is not null)
        {
            Console.Error.WriteLine(error.Message);
        }
        #endregion

        date.Should().Be(new DateOnly(2024, 7, 13), "lenient mode reads yyyy-MM-dd after a blank line");
        reader.ParagraphCount.Should().Be(1);
        error.Should().NotBeNull("line 6 holds a NUL character, which neither mode accepts");
        error!.Kind.Should().Be(NewsParseErrorKind.NulCharacter);
        error.LineNumber.Should().Be(6);
        error.ColumnNumber.Should().Be(29);
        error.Message.Should().Be("line 6, column 29: expected text, found a NUL character");
        reader.TryRead(out NewsParseError? later).Should().BeFalse();
        later.Should().BeSameAs(error, "the same error is returned on every later call");

        var valid = new NewsReader(Encoding.UTF8.GetBytes(RegattaText));
        int tokens = 0;
        while (valid.TryRead(out error))
        {
            tokens++;
        }

        error.Should().BeNull("a valid document ends without an error");
        tokens.Should().Be(5);
        valid.ParagraphCount.Should().Be(2);
    }

    [Fact]
    public async Task Corpus_GivesOneResultPerFileInPathOrder_WithThePathInEachError()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string corpusFolder = Path.Combine(dir.Path, "corpus");
        dir.File("corpus/a-regatta.txt", RegattaText);
        dir.File("corpus/b-ferry.txt", FerryText);
        dir.File("corpus/c-bad.txt", "Harwick bridge reopens to cyclists\nnot-a-date\nhttps://www.harwickherald.com/bridge/\nThe bridge reopened on Monday.\n");
        dir.File("corpus/notes.md", "Not a corpus document.");
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;

        #region format-corpus
        await foreach (NewsParseResult result in NewsCorpus.ReadAsync([corpusFolder], cancellationToken: cancellationToken))
        {
            if (result.IsSuccess)
            {
                Console.WriteLine($"{result.SourcePath}: {result.Document.Title}");
            }
            else
            {
                Console.Error.WriteLine(result.Error.Message); // e.g. corpus/c-bad.txt:2:1: expected a date as yyyyMMdd, found "not-a-date"
            }
        }
        #endregion

        var printed = new List<string>();
        await foreach (NewsParseResult result in NewsCorpus.ReadAsync([corpusFolder], cancellationToken: cancellationToken))
        {
            printed.Add(result.IsSuccess ? $"{result.SourcePath}: {result.Document.Title}" : result.Error.Message);
        }

        printed.Should().Equal(
            $"{Path.Combine(corpusFolder, "a-regatta.txt")}: Harwick regatta postponed by high winds",
            $"{Path.Combine(corpusFolder, "b-ferry.txt")}: Harwick ferry timetable adds a late sailing",
            $"{Path.Combine(corpusFolder, "c-bad.txt")}:2:1: expected a date as yyyyMMdd, found \"not-a-date\"");
    }
}
