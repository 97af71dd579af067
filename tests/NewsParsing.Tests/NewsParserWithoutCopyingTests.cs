using System.Buffers;
using System.IO.Compression;
using System.Text;
using NewsParsing.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests;

public class NewsParserWithoutCopyingTests
{
    // The canonical fixture, and two with appeals: one normalized, one with real typography (curly quotes, em dashes,
    // non-breaking spaces).
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

    [Fact]
    public async Task ParseFromFileOrStream_KeepsTheReadBuffer_OnlyWhenItIsTheFilesOwnAndMostlyBody()
    {
        CancellationToken ct = TestContext.Current.CancellationToken;
        using TempDirectory dir = Fixture.CreateTempDirectory();
        byte[] bytes = Fixture.Bytes("Appeals/Estimate8/est8_006.txt");
        string path = Path.Combine(dir.Path, "doc.txt");
        await File.WriteAllBytesAsync(path, bytes, ct);
        string sparsePath = Path.Combine(dir.Path, "sparse.txt");
        await File.WriteAllBytesAsync(sparsePath, [.. bytes, .. Enumerable.Repeat((byte)'\n', bytes.Length * 2)], ct);

        NewsDocument fromFile = await NewsParser.Default.ParseFileAsync(path, ct);
        NewsDocument fromSeekable = (await NewsParser.Default.TryParseAsync(new MemoryStream(bytes), ct)).Document!;
        NewsDocument fromSparseFile = await NewsParser.Default.ParseFileAsync(sparsePath, ct);
        NewsDocument fromGzip = await NewsParser.Default.ParseAsync(new GZipStream(new MemoryStream(Gzip(bytes)), CompressionMode.Decompress), ct);

        // The file's own buffer (its length + 1, to see the end) becomes the document's; a stream that cannot seek is
        // read into pooled buffers, whose body is copied out; so is a file that is mostly blank lines.
        int body = BodyLength(bytes);
        fromFile.Utf8Paragraphs!.Buffer.Length.Should().Be(bytes.Length + 1);
        fromSeekable.Utf8Paragraphs!.Buffer.Length.Should().Be(bytes.Length + 1);
        fromSparseFile.Utf8Paragraphs!.Buffer.Length.Should().Be(body);
        fromGzip.Utf8Paragraphs!.Buffer.Length.Should().Be(body);
        NewsDocument expected = NewsParser.Default.Parse(bytes.AsSpan());
        new[] { fromFile, fromSeekable, fromSparseFile, fromGzip }.Should().AllSatisfy(d => d.Should().Be(expected));
    }

    [Fact]
    public async Task ParseFromStream_ThatOutgrowsItsLength_DoesNotKeepAPooledBuffer()
    {
        // A seekable stream that reports fewer bytes than it has: the exact-size buffer must grow, and the pooled buffer
        // it grows into goes back to the pool, so the document must not keep it. Parsing more streams afterwards reuses
        // the pooled buffers; the first document must not change.
        CancellationToken ct = TestContext.Current.CancellationToken;
        // About 12 KB, so that it fills most of the 16 KB pooled buffer the read grows into (a sparser one is copied anyway).
        byte[] first = Encoding.UTF8.GetBytes("Harbour dredging contract signed\n20240105\nhttps://www.example-gazette.com/dredging\n"
            + string.Concat(Enumerable.Range(1, 80).Select(i => $"Paragraph {i} of the dredging story, about the contract, the silt, the tides and the ferry timetable that the works will change next spring.\n")));
        first.Length.Should().BeInRange(9 * 1024, 15 * 1024);
        byte[] other = Fixture.Bytes("Appeals/Estimate8/est8_001.txt");
        NewsDocument expected = NewsParser.Default.Parse(first.AsSpan());

        NewsDocument document = (await NewsParser.Default.TryParseAsync(new UnderstatedLengthStream(first), ct)).Document!;
        for (int i = 0; i < 8; i++)
        {
            (await NewsParser.Default.TryParseAsync(new UnderstatedLengthStream(other), ct)).IsSuccess.Should().BeTrue();
        }

        document.Utf8Paragraphs!.GetCached(0).Should().BeNull("no paragraph was read as a string before the other parses");
        document.Should().Be(expected);
    }

    /// <summary>The bytes from the first paragraph to the end of the last, in a file with LF line endings and no blank lines.</summary>
    private static int BodyLength(byte[] bytes)
    {
        int start = 0;
        for (int line = 0; line < 3; line++)
        {
            start = Array.IndexOf(bytes, (byte)'\n', start) + 1;
        }

        return bytes.AsSpan().TrimEnd((byte)'\n').Length - start;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>A seekable stream whose <see cref="Length"/> says it holds 16 bytes, whatever it holds.</summary>
    private sealed class UnderstatedLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override long Length => Math.Min(16, base.Length);
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
