using System.Runtime.CompilerServices;

namespace NewsParsing;

/// <summary>
/// Reads whole corpora: files and directories (recursively, <c>*.txt</c> and <c>*.txt.gz</c>), one result per file,
/// in ordinal path order, one file in memory at a time. A bad or unreadable file yields a failed result and never
/// stops the others.
/// </summary>
public static class NewsCorpus
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.None,
        MatchType = MatchType.Simple,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Whether <paramref name="path"/> names a corpus document: it ends with <c>.txt</c> or <c>.txt.gz</c> (any case).</summary>
    public static bool IsDocumentPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".txt.gz", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Expands <paramref name="paths"/> to the document files they name, sorted by ordinal path, without duplicates.
    /// A file is taken whatever its name; a directory contributes its <c>*.txt</c> and <c>*.txt.gz</c> files, recursively.
    /// Symbolic links to directories are not followed (so link loops end); a directory that cannot be listed is
    /// returned as an entry of its own, so that reading it reports the failure instead of losing it silently.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static IReadOnlyList<string> EnumerateFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                foreach (string file in EnumerateDirectory(path))
                {
                    files.Add(file);
                }
            }
            else
            {
                throw new FileNotFoundException($"No such file or directory: {path}", path);
            }
        }

        return [.. files];
    }

    /// <summary>Parses every document that <paramref name="paths"/> name (see <see cref="EnumerateFiles"/>), one result per file, in order.</summary>
    /// <param name="paths">Files and directories.</param>
    /// <param name="parser">The parser to use; <see langword="null"/> means <see cref="NewsParser.Default"/>.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a directory.</exception>
    public static async IAsyncEnumerable<NewsParseResult> ReadAsync(
        IEnumerable<string> paths,
        NewsParser? parser = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        parser ??= NewsParser.Default;
        foreach (string file in EnumerateFiles(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await parser.TryParseFileAsync(file, cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<string> EnumerateDirectory(string root)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string directory = pending.Pop();
            try
            {
                foreach (string file in Directory.EnumerateFiles(directory, "*", OneLevel))
                {
                    if (IsDocumentPath(file))
                    {
                        found.Add(file);
                    }
                }

                foreach (string sub in Directory.EnumerateDirectories(directory, "*", OneLevel))
                {
                    if ((new DirectoryInfo(sub).Attributes & FileAttributes.ReparsePoint) == 0)
                    {
                        pending.Push(sub);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Reported when read: opening a directory as a file fails with ReadFailed and this path.
                found.Add(directory);
            }
        }

        return found;
    }
}
