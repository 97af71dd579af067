using System.IO.Compression;
using System.Text;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Hostile;

/// <summary>
/// Hostile inputs at full scale, read from files the way a corpus run reads them: each ends in a document or a clear
/// error within the configured limits, and memory stays bounded by the limits, not by the size of the file.
/// Runs alone (no other test in parallel), because it measures the bytes allocated by the whole process.
/// </summary>
[Collection(nameof(FullScaleHostileInputTests))]
public class FullScaleHostileInputTests
{
    private const long MiB = 1024 * 1024;

    /// <summary>Bytes allocated on all threads while <paramref name="action"/> runs.</summary>
    private static async Task<long> AllocatedDuring(Func<Task> action)
    {
        long before = GC.GetTotalAllocatedBytes(precise: true);
        await action();
        return GC.GetTotalAllocatedBytes(precise: true) - before;
    }

    private static void WriteRepeated(string path, ReadOnlySpan<byte> head, byte fill, long fillBytes, ReadOnlySpan<byte> tail)
    {
        using FileStream file = File.Create(path);
        file.Write(head);
        byte[] chunk = new byte[MiB];
        Array.Fill(chunk, fill);
        for (long left = fillBytes; left > 0; left -= chunk.Length)
        {
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }

        file.Write(tail);
    }

    [Fact]
    public async Task SingleLineOf300MB_IsInputTooLarge_AfterReadingAtMostTheLimit()
    {
        Fixture.SkipInMutationRun();
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = Path.Combine(dir.Path, "huge-line.txt");
        WriteRepeated(path, "Title\n20230101\nhttps://a.example/\n"u8, (byte)'a', 300 * MiB, "\n"u8);
        NewsParseResult? result = null;

        long allocated = await AllocatedDuring(async () => result = await NewsParser.Default.TryParseFileAsync(path, TestContext.Current.CancellationToken));

        result!.IsSuccess.Should().BeFalse();
        result.Error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
        result.Error!.SourcePath.Should().Be(path);
        allocated.Should().BeLessThan(72 * MiB, "a file is read into one buffer of MaxInputBytes (64 MiB) + 1 bytes, never whole");
    }

    [Fact]
    public async Task SingleLineOf48MB_WithinTheInputLimit_IsLineTooLong_WithItsLineAndColumn()
    {
        Fixture.SkipInMutationRun();
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = Path.Combine(dir.Path, "long-line.txt");
        WriteRepeated(path, "Title\n20230101\nhttps://a.example/\nFirst paragraph.\n"u8, (byte)'b', 48 * MiB, "\nLast.\n"u8);

        NewsParseResult result = await NewsParser.Default.TryParseFileAsync(path, TestContext.Current.CancellationToken);

        result.Error!.Kind.Should().Be(NewsParseErrorKind.LineTooLong);
        result.Error!.LineNumber.Should().Be(5);
        result.Error!.Message.Should().StartWith(path + ":5:");
    }

    [Fact]
    public async Task TwoMillionTinyParagraphs_AreTooManyParagraphs_ByDefault_AndParseWhenTheLimitAllows()
    {
        Fixture.SkipInMutationRun();
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string path = Path.Combine(dir.Path, "tiny.txt");
        const int count = 2_000_000;
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync("Tiny paragraphs\n20230101\nhttps://a.example/\n");
            for (int i = 0; i < count; i++)
            {
                await writer.WriteAsync(i % 2 == 0 ? "a\n" : "b\r\n");
            }
        }

        NewsParseResult limited = await NewsParser.Default.TryParseFileAsync(path, TestContext.Current.CancellationToken);
        var roomy = new NewsParser(new NewsParserOptions { MaxParagraphs = count });
        NewsParseResult parsed = await roomy.TryParseFileAsync(path, TestContext.Current.CancellationToken);

        limited.Error!.Kind.Should().Be(NewsParseErrorKind.TooManyParagraphs);
        limited.Error!.LineNumber.Should().Be(3 + 100_001, "the first paragraph past the default limit of 100,000");
        parsed.Document!.Paragraphs.Should().HaveCount(count);
        parsed.Document!.Paragraphs[^1].Should().Be("b");
    }

    [Fact]
    public async Task DeeplyRepeatedWhitespace_IsBoundedByTheLineLimit_OrTrimmedAway()
    {
        Fixture.SkipInMutationRun();
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string tooLong = Path.Combine(dir.Path, "spaces-long.txt");
        string blanks = Path.Combine(dir.Path, "blank-lines.txt");
        WriteRepeated(tooLong, "Title\n20230101\nhttps://a.example/\nBody "u8, (byte)' ', 8 * MiB, " end\n"u8);
        WriteRepeated(blanks, "Title\n20230101\nhttps://a.example/\nBody\n"u8, (byte)'\n', 4 * MiB, "Last\n"u8);

        NewsParseResult spaces = await NewsParser.Default.TryParseFileAsync(tooLong, TestContext.Current.CancellationToken);
        NewsParseResult manyBlankLines = await NewsParser.Default.TryParseFileAsync(blanks, TestContext.Current.CancellationToken);

        spaces.Error!.Kind.Should().Be(NewsParseErrorKind.LineTooLong);
        spaces.Error!.LineNumber.Should().Be(4);
        manyBlankLines.Document!.Paragraphs.Should().Equal("Body", "Last");
    }

    [Fact]
    public async Task GzipBombAmongTxtGzFiles_StopsAtTheLimit_AndTheOtherFilesAreRead()
    {
        Fixture.SkipInMutationRun();
        using TempDirectory dir = Fixture.CreateTempDirectory();
        NewsCorpusTests.WriteGzip(dir.File("a.txt.gz"), NewsCorpusTests.Doc("Alpha", "First."));
        string bomb = Path.Combine(dir.Path, "b.txt.gz");
        await using (FileStream file = File.Create(bomb))
        await using (var zip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            zip.Write("Bomb\n20230101\nhttps://a.example/\n"u8);
            byte[] zeros = new byte[MiB];
            for (int i = 0; i < 1024; i++)
            {
                zip.Write(zeros); // 1 GiB of paragraph text once inflated
            }
        }

        NewsCorpusTests.WriteGzip(dir.File("c.txt.gz"), NewsCorpusTests.Doc("Charlie", "Third."));
        new FileInfo(bomb).Length.Should().BeLessThan(2 * MiB);
        var results = new List<NewsParseResult>();

        long allocated = await AllocatedDuring(async () =>
        {
            await foreach (NewsParseResult r in NewsCorpus.ReadAsync([dir.Path], NewsParser.Default, TestContext.Current.CancellationToken))
            {
                results.Add(r);
            }
        });

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Error!.Kind.Should().Be(NewsParseErrorKind.InputTooLarge);
        allocated.Should().BeLessThan(256 * MiB, "memory is bounded by MaxInputBytes (64 MiB), not by the 1 GiB the bomb inflates to");
    }
}

/// <summary>Keeps <see cref="FullScaleHostileInputTests"/> from running beside other tests.</summary>
[CollectionDefinition(nameof(FullScaleHostileInputTests), DisableParallelization = true)]
public sealed class FullScaleHostileInputRunsAlone;
