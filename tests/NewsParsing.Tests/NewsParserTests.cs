using System.IO.Compression;
using System.Text;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests;

public class NewsParserTests
{
    private static readonly string Canonical = Fixture.Text("Format/harbour.txt");

    private static NewsDocument Expected => NewsParser.Default.Parse(Canonical);

    [Fact]
    public void Parse_Canonical_ReadsEveryField()
    {
        NewsDocument doc = NewsParser.Default.Parse(Canonical);

        doc.Title.Should().Be("Port authority approves new ferry terminal after two-year review");
        doc.Date.Should().Be(new DateOnly(2023, 6, 14));
        doc.Url.Should().Be(new Uri("https://www.example-gazette.com/2023/06/14/port-authority-approves-new-ferry-terminal/"));
        doc.Host.Should().Be("www.example-gazette.com");
        doc.Paragraphs.Should().HaveCount(6);
        doc.Paragraphs[0].Should().StartWith("The regional port authority");
        doc.Paragraphs[^1].Should().Be("Construction is expected to begin in October.");
    }

    public static TheoryData<string, Func<string, string>> Variations => new()
    {
        { "crlf", t => t.Replace("\n", "\r\n", StringComparison.Ordinal) },
        { "lone cr", t => t.Replace("\n", "\r", StringComparison.Ordinal) },
        { "mixed endings", t => MixEndings(t) },
        { "bom", t => "\uFEFF" + t },
        { "blank lines between paragraphs", t => t.Replace(".\n", ".\n\n", StringComparison.Ordinal) },
        { "white-space-only lines", t => t.Replace("Residents", " \t \nResidents", StringComparison.Ordinal) },
        { "surrounding spaces and tabs", t => string.Join('\n', t.Split('\n').Select(l => l.Length == 0 ? l : " \t" + l + "  \t")) },
        { "no final newline", t => t.TrimEnd('\n') },
        { "trailing blank lines", t => t + "\n\n \n" },
    };

    [Theory]
    [MemberData(nameof(Variations))]
    public void Parse_AcceptedVariation_GivesTheCanonicalDocument(string name, Func<string, string> vary)
    {
        string text = vary(Canonical);
        text.Should().NotBe(Canonical, "the variation '{0}' must change the text", name);

        NewsParser.Default.Parse(text).Should().Be(Expected);
        NewsParser.Default.Parse(Encoding.UTF8.GetBytes(text)).Should().Be(Expected);
    }

    [Fact]
    public void Parse_VeryLongParagraph_IsKeptWhole()
    {
        string para = string.Concat(Enumerable.Repeat("A long paragraph about the harbour budget and its many line items. ", 1500)).Trim();
        para.Length.Should().BeGreaterThan(90_000);
        string text = Canonical + para + "\n";

        NewsDocument doc = NewsParser.Default.Parse(text);

        doc.Paragraphs[^1].Should().Be(para);
    }

    [Theory]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Parse_ManyParagraphs_KeepsEveryOneInOrder(int count)
    {
        // The first 64 paragraphs' ranges are kept on the stack, the rest in pooled arrays grown as needed.
        string[] paragraphs = [.. Enumerable.Range(1, count).Select(i => $"Council item {i} was approved after {i % 7} amendments.")];
        byte[] utf8 = Encoding.UTF8.GetBytes("Council clears its agenda\n20240102\nhttps://news.example.org/council\n" + string.Join("\r\n\n", paragraphs) + "\n");

        NewsParser.Default.Parse(utf8).Paragraphs.Should().Equal(paragraphs);
        NewsParser.Default.ParseWithoutCopying(utf8).Paragraphs.Should().Equal(paragraphs);
    }

    [Fact]
    public void Parse_Utf8AndUtf16Paths_Agree_OnRealTypography()
    {
        string text = "Minister says “no deal” — talks go on\n20240102\nhttps://news.example.org/a?x=1\nThe minister’s aide said: “We’re close.”\n£4 bn – or €4.6 bn – is at stake.\n";

        NewsDocument fromChars = NewsParser.Default.Parse(text);
        NewsDocument fromBytes = NewsParser.Default.Parse(Encoding.UTF8.GetBytes(text));

        fromBytes.Should().Be(fromChars);
        fromBytes.Paragraphs[0].Should().Be("The minister’s aide said: “We’re close.”");
    }

    public static TheoryData<string, NewsParseErrorKind, int, int, string> Errors => new()
    {
        { "", NewsParseErrorKind.Empty, 1, 1, "line 1, column 1: expected a headline on line 1, found an empty document" },
        { " \n\t\n", NewsParseErrorKind.Empty, 1, 1, "expected a headline on line 1, found an empty document" },
        { "\nTitle\n20220131\nhttps://a.example/\nBody\n", NewsParseErrorKind.BlankTitle, 1, 1, "line 1, column 1: expected a headline, found a blank line" },
        { "Title\n", NewsParseErrorKind.MissingDate, 2, 1, "line 2, column 1: expected a date as yyyyMMdd, found the end of the input" },
        { "Title\n2022-13-01\nhttps://a.example/\nBody", NewsParseErrorKind.InvalidDate, 2, 1, "line 2, column 1: expected a date as yyyyMMdd, found \"2022-13-01\"" },
        { "Title\n20220230\nhttps://a.example/\nBody", NewsParseErrorKind.InvalidDate, 2, 1, "found \"20220230\"" },
        { "Title\n2022011:\nhttps://a.example/\nBody", NewsParseErrorKind.InvalidDate, 2, 1, "found \"2022011:\"" },
        { "Title\n20221:05\nhttps://a.example/\nBody", NewsParseErrorKind.InvalidDate, 2, 1, "found \"20221:05\"" },
        { "Title\n  2022013\nhttps://a.example/\nBody", NewsParseErrorKind.InvalidDate, 2, 3, "line 2, column 3: expected a date as yyyyMMdd, found \"2022013\"" },
        { "Title\n\nhttps://a.example/\nBody", NewsParseErrorKind.InvalidDate, 2, 1, "found a blank line" },
        { "Title\n20220131\n", NewsParseErrorKind.MissingUrl, 3, 1, "line 3, column 1: expected an absolute http or https URL, found the end of the input" },
        { "Title\n20220131\n/relative/path\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "expected an absolute http or https URL, found \"/relative/path\"" },
        { "Title\n20220131\njavascript:alert(1)\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "found \"javascript:alert(1)\"" },
        { "Title\n20220131\nfile:///etc/passwd\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "found \"file:///etc/passwd\"" },
        { "Title\n20220131\nftp://a.example/x\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "found \"ftp://a.example/x\"" },
        { "Title\n20220131\nhttps://\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "found \"https://\"" },
        { "Title\n20220131\nhttps://a.example/with space\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "found \"https://a.example/with space\"" },
        { "Title\n20220131\nhttps:\u000f/a.example/\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "expected an absolute http or https URL" },
        { "Title\n20220131\nhttp\u001a//a.example/\nBody", NewsParseErrorKind.InvalidUrl, 3, 1, "expected an absolute http or https URL" },
        { "Title\n20220131\nhttps://a.example/\n", NewsParseErrorKind.MissingBody, 4, 1, "line 4, column 1: expected at least one body paragraph, found the end of the input" },
        { "Title\n20220131\nhttps://a.example/\n\n  \n", NewsParseErrorKind.MissingBody, 6, 1, "expected at least one body paragraph" },
        { "Title\n20220131\nhttps://a.example/\nOne\nTw\0o\n", NewsParseErrorKind.NulCharacter, 5, 3, "line 5, column 3: expected text, found a NUL character" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_BadInput_ReportsKindLineColumnAndMessage(string text, NewsParseErrorKind kind, int line, int column, string message)
    {
        Action parse = () => NewsParser.Default.Parse(text);

        NewsParseException ex = parse.Should().Throw<NewsParseException>().Which;
        ex.Kind.Should().Be(kind);
        ex.LineNumber.Should().Be(line);
        ex.ColumnNumber.Should().Be(column);
        ex.Message.Should().Contain(message);

        NewsParser.Default.TryParse(Encoding.UTF8.GetBytes(text), out NewsDocument? doc, out NewsParseError? error).Should().BeFalse();
        doc.Should().BeNull();
        error!.Kind.Should().Be(kind);
        error.LineNumber.Should().Be(line);
        error.ColumnNumber.Should().Be(column);
    }

    [Fact]
    public void Parse_InvalidUtf8_Strict_ReportsTheByteAndColumn()
    {
        byte[] bytes = [.. "Title\n20220131\nhttps://a.example/\nCaf\u00e9 "u8, 0xC3, 0x28, .. " ok\n"u8];

        NewsParser.Default.TryParse(bytes, out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.InvalidUtf8);
        error.LineNumber.Should().Be(4);
        error.ColumnNumber.Should().Be(6);
        error.Description.Should().Be("expected valid UTF-8, found the byte 0xC3");
    }

    [Fact]
    public void Parse_InvalidUtf8_Lenient_ReplacesWithReplacementCharacter()
    {
        byte[] bytes = [.. "Title\n20220131\nhttps://a.example/\nbad "u8, 0xFF, .. " byte\n"u8];
        var parser = new NewsParser(new NewsParserOptions { Lenient = true });

        parser.Parse(bytes).Paragraphs.Should().Equal("bad \uFFFD byte");
    }

    [Fact]
    public void Parse_LoneSurrogate_Strict_IsInvalidUtf16()
    {
        string text = "Title\n20220131\nhttps://a.example/\nab\uD800cd\n";

        NewsParser.Default.TryParse(text, out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.InvalidUtf16);
        (error.LineNumber, error.ColumnNumber).Should().Be((4, 3));
        new NewsParser(new NewsParserOptions { Lenient = true }).Parse(text).Paragraphs.Should().Equal("ab\uFFFDcd");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    public void Parse_LoneSurrogate_IsPositioned_UnderEveryLineEnding(string newline)
    {
        string text = string.Join(newline, "Title", "20220131", "https://a.example/", "first", "ab\uD800cd") + newline;

        NewsParser.Default.TryParse(text, out _, out NewsParseError? error).Should().BeFalse();

        (error!.LineNumber, error.ColumnNumber).Should().Be((5, 3));
    }

    [Fact]
    public void Parse_Utf8Text_ThatMerelyContainsNulBytesLater_IsNotMistakenForUtf16()
    {
        byte[] bytes = [.. "Ti"u8, 0, .. "tle\n20220131\nhttps://a.example/\nBody\n"u8];

        NewsParser.Default.TryParse(bytes, out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.NulCharacter);
    }

    [Fact]
    public void Parse_Lenient_AcceptsIsoDateMissingBodyAndLeadingBlankLines()
    {
        var parser = new NewsParser(new NewsParserOptions { Lenient = true });

        NewsDocument doc = parser.Parse("\n\nTitle\n\n2022-01-31\nhttps://a.example/x\n");

        doc.Date.Should().Be(new DateOnly(2022, 1, 31));
        doc.Paragraphs.Should().BeEmpty();
        NewsParser.Default.TryParse("Title\n2022-01-31\nhttps://a.example/x\nBody", out _, out NewsParseError? strict).Should().BeFalse();
        strict!.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'T', 0, (byte)'i', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'T', 0, (byte)'i' })]
    [InlineData(new byte[] { (byte)'T', 0, (byte)'i', 0, (byte)'t', 0 })]
    [InlineData(new byte[] { 0, (byte)'T', 0, (byte)'i', 0, (byte)'t' })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    [InlineData(new byte[] { (byte)'T', 0, (byte)'i', 0 })]
    [InlineData(new byte[] { 0, (byte)'T', 0, (byte)'i' })]
    public void Parse_Utf16Bytes_AreReportedAsUnsupportedEncoding(byte[] bytes)
    {
        NewsParser.Default.TryParse(bytes, out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.UnsupportedEncoding);
        error.Description.Should().Contain("UTF-16");
    }

    [Fact]
    public void Parse_LineLongerThanLimit_IsLineTooLong()
    {
        var parser = new NewsParser(new NewsParserOptions { MaxLineLength = 100 });
        string text = "Title\n20220131\nhttps://a.example/\n" + new string('x', 101) + "\n";

        parser.TryParse(text, out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.LineTooLong);
        (error.LineNumber, error.ColumnNumber).Should().Be((4, 101));
        parser.Parse("Title\n20220131\nhttps://a.example/\n" + new string('x', 100)).Paragraphs[0].Should().HaveLength(100);
    }

    [Fact]
    public void Parse_MoreParagraphsThanLimit_IsTooManyParagraphs()
    {
        var parser = new NewsParser(new NewsParserOptions { MaxParagraphs = 3 });
        string head = "Title\n20220131\nhttps://a.example/\n";

        parser.Parse(head + "a\nb\nc\n").Paragraphs.Should().HaveCount(3);
        parser.TryParse(head + "a\nb\nc\nd\n", out _, out NewsParseError? error).Should().BeFalse();
        error!.Kind.Should().Be(NewsParseErrorKind.TooManyParagraphs);
        error.LineNumber.Should().Be(7);
    }

    [Fact]
    public async Task Parse_InputLargerThanLimit_IsInputTooLarge_OnEveryPath()
    {
        var parser = new NewsParser(new NewsParserOptions { MaxInputBytes = 40 });
        string text = "Title\n20220131\nhttps://a.example/\nA paragraph that crosses the limit.\n";

        parser.TryParse(Encoding.UTF8.GetBytes(text), out _, out NewsParseError? error).Should().BeFalse();
        error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
        (error.LineNumber, error.ColumnNumber).Should().Be((4, 7));
        error.Description.Should().Be("expected at most 40 bytes of input (MaxInputBytes), found more");

        parser.TryParse(text, out _, out NewsParseError? fromText).Should().BeFalse();
        (fromText!.Kind, fromText.Description).Should().Be((NewsParseErrorKind.InputTooLarge, "expected at most 40 bytes of input (MaxInputBytes), found more"));

        Func<Task> fromStream = async () => await parser.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), TestContext.Current.CancellationToken);
        (await fromStream.Should().ThrowAsync<NewsParseException>()).Which.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
    }

    [Fact]
    public void Options_NonPositiveLimit_Throws()
    {
        Action zero = () => _ = new NewsParser(new NewsParserOptions { MaxParagraphs = 0 });
        Action negative = () => _ = new NewsParser(new NewsParserOptions { MaxInputBytes = -1 });

        zero.Should().Throw<ArgumentOutOfRangeException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task ParseAsync_Stream_GivesTheSameDocument()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Canonical.Replace("\n", "\r\n", StringComparison.Ordinal)));

        NewsDocument doc = await NewsParser.Default.ParseAsync(stream, TestContext.Current.CancellationToken);

        doc.Should().Be(Expected);
    }

    [Fact]
    public async Task ParseAsync_CanceledToken_Throws()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Canonical));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Func<Task> parse = async () => await NewsParser.Default.ParseAsync(stream, cts.Token);

        await parse.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ParseFileAsync_PlainAndGzip_GiveTheSameDocument()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string plain = dir.File("a.txt", Canonical);
        string gz = dir.File("a.txt.gz");
        await using (FileStream file = File.Create(gz))
        await using (var zip = new GZipStream(file, CompressionLevel.Fastest))
        {
            await zip.WriteAsync(Encoding.UTF8.GetBytes(Canonical), TestContext.Current.CancellationToken);
        }

        (await NewsParser.Default.ParseFileAsync(plain, TestContext.Current.CancellationToken)).Should().Be(Expected);
        (await NewsParser.Default.ParseFileAsync(gz, TestContext.Current.CancellationToken)).Should().Be(Expected);
        NewsParser.Default.ParseFile(plain).Should().Be(Expected);
    }

    [Fact]
    public async Task TryParseFileAsync_MissingFile_IsReadFailedWithPath()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = Path.Combine(dir.Path, "missing.txt");

        NewsParseResult result = await NewsParser.Default.TryParseFileAsync(path, TestContext.Current.CancellationToken);

        result.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(NewsParseErrorKind.ReadFailed);
        result.Error.Message.Should().StartWith(path);
    }

    [Fact]
    public async Task TryParseFileAsync_CorruptGzip_IsReadFailed()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = dir.File("bad.txt.gz", "this is not gzip data at all");

        NewsParseResult result = await NewsParser.Default.TryParseFileAsync(path, TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(NewsParseErrorKind.ReadFailed);
        result.Error.Description.Should().StartWith("expected a readable gzip stream");
    }

    [Fact]
    public async Task TryParseFileAsync_MissingFile_IsReadFailed_AndSaysInputNotGzip()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();

        NewsParseResult result = await NewsParser.Default.TryParseFileAsync(Path.Combine(dir.Path, "gone.txt"), TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(NewsParseErrorKind.ReadFailed);
        result.Error.Description.Should().StartWith("expected a readable input, found an error: ");
    }

    [Fact]
    public async Task TryParseFileAsync_GzipBomb_StopsAtTheLimit()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = dir.File("bomb.txt.gz");
        await using (FileStream file = File.Create(path))
        await using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++)
            {
                await zip.WriteAsync(zeros, TestContext.Current.CancellationToken);
            }
        }

        new FileInfo(path).Length.Should().BeLessThan(1 << 20);
        var parser = new NewsParser(new NewsParserOptions { MaxInputBytes = 8 << 20 });

        NewsParseResult result = await parser.TryParseFileAsync(path, TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
    }

    [Fact]
    public void Parse_DoubledByteOrderMark_IsSkipped_AndTheTitleRoundTrips()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "Title\n20220101\nhttps://a.example/\nBody\n"u8];

        NewsDocument doc = NewsParser.Default.Parse(bytes);

        doc.Title.Should().Be("Title");
        NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(doc)).Should().Be(doc);
        NewsParser.Default.Parse("T\n20220101\nhttps://a.example/\nBody").WithParagraphs(["x"]).Title.Should().Be("T");
    }

    [Theory]
    [InlineData(" \uFEFF Title")]
    [InlineData("\t\uFEFF\uFEFFTitle ")]
    public void Parse_ByteOrderMarksAmongSpacesBeforeTheHeadline_AreSkipped_AndTheTitleRoundTrips(string firstLine)
    {
        // Found by fuzzing (findings/title-of-spaced-byte-order-marks.txt): the title kept a leading U+FEFF, which the
        // writer then wrote where a reader takes it for a byte order mark.
        NewsDocument doc = NewsParser.Default.Parse(firstLine + "\n20220101\nhttps://a.example/\nBody\n");

        doc.Title.Should().Be("Title");
        NewsParser.Default.Parse(NewsWriter.ToUtf8Bytes(doc)).Should().Be(doc);
    }

    [Fact]
    public void Parse_LineOfOnlyByteOrderMarksAndSpaces_IsABlankHeadline()
    {
        var lenient = new NewsParser(new NewsParserOptions { Lenient = true });

        NewsParser.Default.TryParse(" \uFEFF \uFEFF \nTitle\n20220101\nhttps://a.example/\nBody\n", out _, out NewsParseError? error).Should().BeFalse();
        NewsDocument doc = lenient.Parse(" \uFEFF \uFEFF \nTitle\n20220101\nhttps://a.example/\nBody\n");

        error!.Kind.Should().Be(NewsParseErrorKind.BlankTitle);
        doc.Title.Should().Be("Title");
    }

    [Theory]
    [InlineData("Title\r20220101\rhttps://a.example/\rBody\r")]
    [InlineData("Title\n20220101\nhttps://a.example/\nBody\n")]
    [InlineData("Title\r\n20220101\r\nhttps://a.example/\r\nBody\r\n")]
    public void Parse_InputTooLarge_PointsAtTheSameLineAndColumn_WhateverTheLineEndings(string text)
    {
        var parser = new NewsParser(new NewsParserOptions { MaxInputBytes = text.Contains("\r\n", StringComparison.Ordinal) ? 32 : 30 });

        parser.TryParse(Encoding.UTF8.GetBytes(text), out _, out NewsParseError? error).Should().BeFalse();

        (error!.LineNumber, error.ColumnNumber).Should().Be((3, 16));
    }

    [Fact]
    public void Parse_InputOfExactlyTheLimit_IsAccepted_OneByteMoreIsNot()
    {
        byte[] bytes = "Title\n20220131\nhttps://a.example/\nBody\n"u8.ToArray();

        new NewsParser(new NewsParserOptions { MaxInputBytes = bytes.Length }).TryParse(bytes, out _, out _).Should().BeTrue();
        new NewsParser(new NewsParserOptions { MaxInputBytes = bytes.Length - 1 }).TryParse(bytes, out _, out NewsParseError? error).Should().BeFalse();
        error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);

        // The UTF-16 path counts characters against the same limit (ASCII here, one byte each).
        string text = Encoding.UTF8.GetString(bytes);
        new NewsParser(new NewsParserOptions { MaxInputBytes = text.Length }).TryParse(text.AsSpan(), out _, out _).Should().BeTrue();
        new NewsParser(new NewsParserOptions { MaxInputBytes = text.Length - 1 }).TryParse(text.AsSpan(), out _, out NewsParseError? textError).Should().BeFalse();
        textError!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
    }

    [Fact]
    public void Parse_UrlCreatedOnFirstUse_IsTheSameUriAfterwards()
    {
        NewsDocument doc = NewsParser.Default.Parse("Title\n20220131\nhttps://www.example-gazette.com/a\nBody\n"u8);

        doc.Url.Should().BeSameAs(doc.Url, "the Uri is created once and cached");
        doc.Url.Should().Be(new Uri("https://www.example-gazette.com/a"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ParseStreamAndFile_InputOfExactlyTheLimit_IsAccepted_OneByteMoreIsNot(bool seekable)
    {
        byte[] bytes = "Title\n20220131\nhttps://a.example/\nBody\n"u8.ToArray();
        var atLimit = new NewsParser(new NewsParserOptions { MaxInputBytes = bytes.Length });
        var belowLimit = new NewsParser(new NewsParserOptions { MaxInputBytes = bytes.Length - 1 });
        Stream Open() => seekable ? new MemoryStream(bytes) : new ForwardOnlyStream(bytes);

        (await atLimit.TryParseAsync(Open(), TestContext.Current.CancellationToken)).IsSuccess.Should().BeTrue();
        NewsParseResult tooLarge = await belowLimit.TryParseAsync(Open(), TestContext.Current.CancellationToken);
        tooLarge.Error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);

        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = Path.Combine(dir.Path, "limit.txt");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        (await atLimit.TryParseFileAsync(path, TestContext.Current.CancellationToken)).IsSuccess.Should().BeTrue();
        (await belowLimit.TryParseFileAsync(path, TestContext.Current.CancellationToken)).Error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
    }

    /// <summary>A stream that cannot seek (a pipe, a network stream), reading a few bytes at a time.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, 7), bytes.Length - _position);
            bytes.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, (byte)'a', (byte)'b' }, 1)]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0xC3 }, 3)]
    [InlineData(new byte[] { (byte)'a', 0xFF, 0 }, 2)]
    public void Parse_InvalidUtf8_AtTheFirstSpecialByteOfALine_IsReported(byte[] paragraph, int column)
    {
        byte[] bytes = [.. "Title\n20220131\nhttps://a.example/\n"u8, .. paragraph, (byte)'\n'];

        NewsParser.Default.TryParse(bytes, out _, out NewsParseError? error).Should().BeFalse();

        (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.InvalidUtf8, 4, column));
    }

    [Fact]
    public void Parse_Utf8WhoseSecondByteIs0xFF_IsInvalidUtf8_NotUtf16()
    {
        NewsParser.Default.TryParse([(byte)'T', 0xFF, .. "itle\n20220131\nhttps://a.example/\nBody\n"u8], out _, out NewsParseError? error).Should().BeFalse();
        NewsParser.Default.TryParse([0xFE, .. "Title\n20220131\nhttps://a.example/\nBody\n"u8], out _, out NewsParseError? second).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.InvalidUtf8);
        second!.Kind.Should().Be(NewsParseErrorKind.InvalidUtf8);
    }

    [Fact]
    public void Parse_LoneSurrogate_AfterASurrogatePair_CountsThePairAsOneColumn()
    {
        string text = "Title\n20220131\nhttps://a.example/\n\uD83D\uDE00ab\uD800cd\n";

        NewsParser.Default.TryParse(text, out _, out NewsParseError? error).Should().BeFalse();

        (error!.LineNumber, error.ColumnNumber).Should().Be((4, 4));
    }

    [Theory]
    [InlineData("https://.example.com/a")]
    [InlineData("https://-example.com/a")]
    public void Parse_HostStartingWithADotOrHyphen_IsInvalidUrl(string url)
    {
        NewsParser.Default.TryParse($"Title\n20220131\n{url}\nBody\n", out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.InvalidUrl);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Parse_LineOfExactlyTheLimit_FollowedByMore_IsAccepted(string newline)
    {
        var parser = new NewsParser(new NewsParserOptions { MaxLineLength = 100 });
        string text = string.Join(newline, "Title", "20220131", "https://a.example/", new string('x', 100), "Next.") + newline;

        parser.Parse(text).Paragraphs.Should().Equal(new string('x', 100), "Next.");
        parser.Parse(Encoding.UTF8.GetBytes(text)).Paragraphs.Should().Equal(new string('x', 100), "Next.");
    }

    [Fact]
    public void Parse_UrlWithUserInfo_IsAccepted_AndTheHostFollowsTheAt()
    {
        const string text = "Title\n20220131\nhttps://reader@news.example.com/a\nBody\n";

        foreach (NewsDocument doc in new[] { NewsParser.Default.Parse(text), NewsParser.Default.Parse(Encoding.UTF8.GetBytes(text)) })
        {
            doc.Host.Should().Be("news.example.com");
            doc.Url.UserInfo.Should().Be("reader");
        }
    }

    [Theory]
    [InlineData("http://bücher.example/a", "http")]
    [InlineData("https://bücher.example/a", "https")]
    [InlineData("HTTP://reader@news.example.com/", "http")]
    public void Parse_UrlThatUriMustCheck_KeepsItsHttpOrHttpsScheme(string url, string scheme)
    {
        NewsDocument doc = NewsParser.Default.Parse(Encoding.UTF8.GetBytes($"Title\n20220131\n{url}\nBody\n"));

        doc.Url.Scheme.Should().Be(scheme);
    }

    [Fact]
    public void Parse_ErrorExcerpt_EscapesQuotesBackslashesTabsAndControlCharacters()
    {
        string text = "Title\n20220131\nhttps://a.example/\\ \"q\"\tx\u0001y\nBody\n";

        NewsParser.Default.TryParse(Encoding.UTF8.GetBytes(text), out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.InvalidUrl);
        error.Description.Should().Be("expected an absolute http or https URL, found \"https://a.example/\\\\ \\\"q\\\"\\tx\\u0001y\"");
    }

    [Fact]
    public void Parse_Lenient_ColumnsAfterLoneSurrogates_CountEachAsOne()
    {
        // Built in code: xUnit's theory data would mangle lone surrogates before the test sees them.
        var parser = new NewsParser(new NewsParserOptions { Lenient = true });
        (string Paragraph, int Column)[] cases = [("\uDC00ab\0cd", 4), ("x\uD800y\0z", 4), ("\uD83D\uDE00\uDE00\0", 3)];

        foreach ((string paragraph, int column) in cases)
        {
            parser.TryParse($"Title\n20220131\nhttps://a.example/\n{paragraph}\n", out _, out NewsParseError? error).Should().BeFalse();

            (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.NulCharacter, 4, column), paragraph);
        }
    }

    [Theory]
    [InlineData(40, false)]
    [InlineData(41, true)]
    [InlineData(70, true)]
    public void Parse_ErrorExcerpt_QuotesAtMost40Characters_ThenAnEllipsis(int length, bool cut)
    {
        string value = string.Concat(Enumerable.Range(0, length).Select(i => (char)('a' + (i % 26))));

        NewsParser.Default.TryParse($"Title\n{value}\nhttps://a.example/\nBody\n", out _, out NewsParseError? error).Should().BeFalse();

        error!.Description.Should().Be($"expected a date as yyyyMMdd, found \"{value[..40]}{(cut ? "…" : string.Empty)}\"");
    }

    [Fact]
    public void Parse_Lenient_ErrorExcerpt_ShowsInvalidBytesAsHex()
    {
        byte[] bytes = [.. "Title\n2022"u8, 0xFF, .. "0131x\nhttps://a.example/\nBody\n"u8];

        new NewsParser(new NewsParserOptions { Lenient = true }).TryParse(bytes, out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        error.Description.Should().EndWith("found \"2022\\xFF0131x\"");
    }

    [Theory]
    [InlineData("Tit\0le", 4)]
    [InlineData("T\0itle", 2)]
    public void Parse_NulBytesEarlyInUtf8_AreNulCharacters_NotUtf16(string title, int column)
    {
        NewsParser.Default.TryParse(Encoding.UTF8.GetBytes($"{title}\n20220131\nhttps://a.example/\nBody\n"), out _, out NewsParseError? error).Should().BeFalse();

        (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.NulCharacter, 1, column));
    }

    [Fact]
    public void Parse_ProblemsAfterLinesWithTypography_AreStillFoundAtTheirPlace()
    {
        // Lines with non-ASCII text make the reader check the rest of the input at once; a problem found there sends
        // it back to checking line by line, so the error keeps its own line and column.
        byte[] head = "Title\n20220131\nhttps://a.example/\n“Quoted” words — here.\nMore “typography”.\n"u8.ToArray();
        byte[] invalid = [.. head, .. "Bad "u8, 0xC3, 0x28, .. "\n"u8];
        byte[] nul = [.. head, .. "Ca\u00F1on\0 here\n"u8];
        byte[] fine = [.. head, .. "Last — line.\n"u8];

        NewsParser.Default.TryParse(invalid, out _, out NewsParseError? error).Should().BeFalse();
        (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.InvalidUtf8, 6, 5));
        NewsParser.Default.TryParse(nul, out _, out error).Should().BeFalse();
        (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.NulCharacter, 6, 6));
        new NewsParser(new NewsParserOptions { Lenient = true }).TryParse(nul, out _, out error).Should().BeFalse();
        (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.NulCharacter, 6, 6));
        new NewsParser(new NewsParserOptions { Lenient = true }).Parse(invalid).Paragraphs[^1].Should().Be("Bad \uFFFD(");
        NewsParser.Default.Parse(fine).Paragraphs.Should().Equal("“Quoted” words — here.", "More “typography”.", "Last — line.");
    }

    [Theory]
    [InlineData("T")]
    [InlineData("Ti")]
    [InlineData("Ti\n")]
    public void Parse_InputOfOneToThreeBytes_IsReadAsUtf8_AndLacksItsDate(string text)
    {
        NewsParser.Default.TryParse(Encoding.UTF8.GetBytes(text), out _, out NewsParseError? error).Should().BeFalse();

        error!.Kind.Should().Be(NewsParseErrorKind.MissingDate);
        error.Description.Should().Be("expected a date as yyyyMMdd, found the end of the input");
    }

    [Fact]
    public void Parse_Lenient_InvalidDate_NamesBothAcceptedFormats()
    {
        new NewsParser(new NewsParserOptions { Lenient = true }).TryParse("Title\n31.01.2022\nhttps://a.example/\nBody\n", out _, out NewsParseError? error).Should().BeFalse();

        error!.Description.Should().Be("expected a date as yyyyMMdd or yyyy-MM-dd, found \"31.01.2022\"");
    }

    [Fact]
    public void Parse_InputTooLarge_CountsALeadingLineBreak()
    {
        var parser = new NewsParser(new NewsParserOptions { MaxInputBytes = 31, Lenient = true });

        parser.TryParse("\nTitle\n20220101\nhttps://a.example/\nBody\n"u8, out _, out NewsParseError? error).Should().BeFalse();

        (error!.Kind, error.LineNumber, error.ColumnNumber).Should().Be((NewsParseErrorKind.InputTooLarge, 4, 16));
    }

    private static string MixEndings(string text)
    {
        string[] lines = text.TrimEnd('\n').Split('\n');
        string[] endings = ["\r\n", "\n", "\r"];
        var sb = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            sb.Append(lines[i]).Append(endings[i % 3]);
        }

        return sb.ToString();
    }
}
