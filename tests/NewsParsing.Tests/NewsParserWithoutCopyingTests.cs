using System.Buffers;
using System.Text;
using NewsParsing.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests;

public class NewsParserWithoutCopyingTests
{
    // A normalized document and one with real typography (curly quotes, em dashes, non-breaking spaces), both with appeals.
    public static TheoryData<string> Documents => new()
    {
        "Format/harbour.txt",
        "Appeals/Estimate8/est8_001.txt",
        "Appeals/Estimate8/est8_006.txt",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void ParseWithoutCopying_GivesTheSameDocument_AndTheSameCleaning_AsParse(string fixture)
    {
        byte[] bytes = Fixture.Bytes(fixture);

        NewsDocument copied = NewsParser.Default.Parse(bytes.AsSpan());
        NewsDocument shared = NewsParser.Default.ParseWithoutCopying(bytes);

        shared.Should().Be(copied);
        shared.Paragraphs.Should().Equal(copied.Paragraphs);
        NewsCleaningResult fromShared = NewsFilterPipeline.Default.Clean(shared);
        NewsCleaningResult fromCopied = NewsFilterPipeline.Default.Clean(copied);
        fromShared.Document.Should().Be(fromCopied.Document);
        fromShared.Removed.Select(r => (r.Index, r.Text, r.Filter, r.Reason)).Should().Equal(fromCopied.Removed.Select(r => (r.Index, r.Text, r.Filter, r.Reason)));
    }

    [Fact]
    public void ParseWithoutCopying_ASliceOfALargerArray_ReadsOnlyTheSlice()
    {
        byte[] document = Fixture.Bytes("Format/harbour.txt");
        byte[] padded = [.. "NOT PART OF THE DOCUMENT\n"u8, .. document, .. "\nNOR THIS"u8];

        NewsDocument doc = NewsParser.Default.ParseWithoutCopying(padded.AsMemory(25, document.Length));

        doc.Should().Be(NewsParser.Default.Parse(document.AsSpan()));
        NewsFilterPipeline.Default.Clean(doc).Document.Paragraphs.Should().Equal(NewsFilterPipeline.Default.Clean(NewsParser.Default.Parse(document.AsSpan())).Document.Paragraphs);
    }

    [Fact]
    public void ParseWithoutCopying_KeepsReferringToTheInput_WhileParseCopiesIt()
    {
        // The contract: the input must not change while the document is used. This shows why: nothing was copied.
        byte[] bytes = Encoding.UTF8.GetBytes("Ferry fares frozen\n20240105\nhttps://www.example-gazette.com/fares\nFares stay at 4 pounds.\n");
        NewsDocument shared = NewsParser.Default.ParseWithoutCopying(bytes);
        NewsDocument copied = NewsParser.Default.Parse(bytes.AsSpan());

        bytes[Array.LastIndexOf(bytes, (byte)'4')] = (byte)'5';

        shared.Paragraphs[0].Should().Be("Fares stay at 5 pounds.");
        copied.Paragraphs[0].Should().Be("Fares stay at 4 pounds.");
    }

    [Fact]
    public void ParseWithoutCopying_MemoryNotBackedByAnArray_IsCopied()
    {
        byte[] bytes = Fixture.Bytes("Appeals/Estimate8/est8_006.txt");
        using var manager = new NativeLikeMemory(bytes);

        NewsDocument doc = NewsParser.Default.ParseWithoutCopying(manager.Memory);
        manager.Clear();

        doc.Should().Be(NewsParser.Default.Parse(bytes.AsSpan()));
    }

    [Theory]
    [InlineData("Headline\n2024-01-05\nhttps://www.example-gazette.com/a\nBody.\n", 2, 1)]
    [InlineData("Headline\n20240105\nnot a url\nBody.\n", 3, 1)]
    [InlineData("Headline\n20240105\nhttps://www.example-gazette.com/a\n", 4, 1)]
    public void TryParseWithoutCopying_BadInput_ReportsWhatParseReports(string text, int line, int column)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        NewsParser.Default.TryParseWithoutCopying(bytes, out NewsDocument? document, out NewsParseError? error).Should().BeFalse();
        NewsParser.Default.TryParse(bytes.AsSpan(), out _, out NewsParseError? expected).Should().BeFalse();

        document.Should().BeNull();
        error.Should().Be(expected);
        (error!.LineNumber, error.ColumnNumber).Should().Be((line, column));
        FluentActions.Invoking(() => NewsParser.Default.ParseWithoutCopying(bytes)).Should().Throw<NewsParseException>().Which.Error.Should().Be(expected);
    }

    [Fact]
    public async Task ParseFile_KeepsTheFilesBuffer_AndReadsTheSameDocument()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        byte[] bytes = Fixture.Bytes("Appeals/Estimate8/est8_006.txt");
        string path = Path.Combine(dir.Path, "doc.txt");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);

        NewsDocument fromFile = await NewsParser.Default.ParseFileAsync(path, TestContext.Current.CancellationToken);
        NewsParseResult fromStream = await NewsParser.Default.TryParseAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        fromFile.Should().Be(NewsParser.Default.Parse(bytes.AsSpan()));
        fromStream.Document.Should().Be(fromFile);
        NewsFilterPipeline.Default.Clean(fromFile).Removed.Select(r => r.Index).Should().Equal(
            NewsFilterPipeline.Default.Clean(NewsParser.Default.Parse(bytes.AsSpan())).Removed.Select(r => r.Index));
    }

    /// <summary>Memory that is not an array as far as <see cref="System.Runtime.InteropServices.MemoryMarshal.TryGetArray{T}"/> can tell.</summary>
    private sealed class NativeLikeMemory(byte[] source) : MemoryManager<byte>
    {
        private readonly byte[] _bytes = [.. source];

        public void Clear() => Array.Clear(_bytes);

        public override Span<byte> GetSpan() => _bytes;

        public override MemoryHandle Pin(int elementIndex = 0) => throw new NotSupportedException();

        public override void Unpin()
        {
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
