using System.IO.Compression;
using System.Text;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests;

public class NewsCorpusTests
{
    internal static string Doc(string title, params string[] paragraphs) =>
        $"{title}\n20230301\nhttps://www.example-gazette.com/{title.Replace(' ', '-')}\n{string.Join('\n', paragraphs)}\n";

    internal static void WriteGzip(string path, string text)
    {
        using FileStream file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(Encoding.UTF8.GetBytes(text));
    }

    [Fact]
    public async Task ReadAsync_MixedDirectory_YieldsOneResultPerFileInOrder_AndBadFilesDoNotStopOthers()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("b.txt", Doc("Bravo", "Second story."));
        dir.File("a.txt", Doc("Alpha", "First story."));
        dir.File("c-bad.txt", "Broken\nnot-a-date\nhttps://a.example/\nBody\n");
        WriteGzip(dir.File("sub/d.txt.gz"), Doc("Delta", "Zipped story."));
        dir.File("notes.md", "ignored: not a corpus document");

        var results = new List<NewsParseResult>();
        await foreach (NewsParseResult r in NewsCorpus.ReadAsync([dir.Path], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(r);
        }

        results.Select(r => Path.GetRelativePath(dir.Path, r.SourcePath!)).Should().Equal("a.txt", "b.txt", "c-bad.txt", Path.Combine("sub", "d.txt.gz"));
        results.Select(r => r.IsSuccess).Should().Equal(true, true, false, true);
        results[2].Error!.Kind.Should().Be(NewsParseErrorKind.InvalidDate);
        results[2].Error!.LineNumber.Should().Be(2);
        results[3].Document!.Title.Should().Be("Delta");
    }

    [Fact]
    public void EnumerateFiles_MissingPath_Throws()
    {
        Action enumerate = () => NewsCorpus.EnumerateFiles(["/definitely/not/here"]);

        enumerate.Should().Throw<FileNotFoundException>().WithMessage("*/definitely/not/here*");
    }

    [Fact]
    public void EnumerateFiles_FileAndDirectoryOverlap_ListsEachFileOnce()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string a = dir.File("a.txt", Doc("Alpha", "x"));

        NewsCorpus.EnumerateFiles([dir.Path, a]).Should().Equal(a);
    }

    [Fact]
    public async Task ReadAsync_SymbolicLinkLoop_EndsAndListsEachFileOnce()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a/doc.txt", Doc("Alpha", "x"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "a", "loop"), dir.Path);

        var results = new List<NewsParseResult>();
        await foreach (NewsParseResult r in NewsCorpus.ReadAsync([dir.Path], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(r);
        }

        results.Should().ContainSingle().Which.Document!.Title.Should().Be("Alpha");
    }

    [Fact]
    public async Task ReadAsync_FileThatVanishes_IsReportedAsReadFailed_AndTheRestAreRead()
    {
        using TempDirectory dir = Fixture.CreateTempDirectory();
        dir.File("a.txt", Doc("Alpha", "x"));
        string vanishing = dir.File("b.txt", Doc("Bravo", "y"));
        dir.File("c.txt", Doc("Charlie", "z"));

        var results = new List<NewsParseResult>();
        await foreach (NewsParseResult r in NewsCorpus.ReadAsync([dir.Path], cancellationToken: TestContext.Current.CancellationToken))
        {
            results.Add(r);
            if (results.Count == 1)
            {
                File.Delete(vanishing);
            }
        }

        results.Select(r => r.IsSuccess).Should().Equal(true, false, true);
        results[1].Error!.Kind.Should().Be(NewsParseErrorKind.ReadFailed);
        results[1].Error!.SourcePath.Should().Be(vanishing);
    }
}
