namespace NewsParsing.Tests.Support;

/// <summary>Finds test fixtures and the optional shared corpus beside the repository.</summary>
internal static class Fixture
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string PathOf(string relative) => Path.Combine(Directory, relative);

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public static string Text(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>The repository root: the nearest folder above the test binaries that holds NewsParsing.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsParsing.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("NewsParsing.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The shared corpus (<c>../shared/corpus</c> beside the checkout), or null when it is absent.</summary>
    public static string? SharedCorpus
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus"));
            return System.IO.Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>Returns the shared corpus folder, or marks the current test skipped when it is absent.</summary>
    public static string RequireSharedCorpus()
    {
        string? corpus = SharedCorpus;
        Assert.SkipWhen(corpus is null, "../shared/corpus is not present beside the checkout; this acceptance test needs it.");
        return corpus!;
    }

    /// <summary>
    /// Marks the current test skipped during mutation testing (<c>NEWSPARSING_MUTATION_RUN=1</c>, set by
    /// tests/stryker.sh): tests that build packages or run the tool in another process cannot see a mutant of the
    /// in-process library, and the multi-second full-scale tests would be rerun for every parser mutant.
    /// </summary>
    public static void SkipInMutationRun() =>
        Assert.SkipWhen(Environment.GetEnvironmentVariable("NEWSPARSING_MUTATION_RUN") == "1", "skipped in mutation testing runs (NEWSPARSING_MUTATION_RUN=1).");

    /// <summary>A fresh temporary folder, deleted on dispose.</summary>
    public static TempDirectory CreateTempDirectory() => new();
}

internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsparsing-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string? text = null)
    {
        string full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        if (text is not null)
        {
            System.IO.File.WriteAllText(full, text);
        }

        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
