using System.Diagnostics;
using System.Text.Json;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Cli;

/// <summary>
/// Corpus-run faults with the real tool in its own process: unreadable files and directories, a named pipe, binary and
/// malformed files, a link loop, a read-only and a full output location. Permissions mean nothing to root, so when the
/// tests run as root the tool runs as the unprivileged user <c>nobody</c> (with <c>setpriv</c>).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class CliFaultTests
{
    private static readonly bool IsRoot = Environment.UserName == "root";

    private static readonly Lazy<string> ToolCopy = new(CopyTool);

    /// <summary>
    /// The tool copied to a folder every user can read: the unprivileged user may not be able to reach the
    /// repository's own folders (a clone under /root, for example).
    /// </summary>
    private static string NewsparseDll => ToolCopy.Value;

    private static string CopyTool()
    {
        string folder = Path.Combine(Path.GetTempPath(), "newsparsing-tool-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        foreach (string file in new[] { "newsparse.dll", "newsparse.deps.json", "newsparse.runtimeconfig.json", "NewsParsing.dll", "System.CommandLine.dll" })
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, file), Path.Combine(folder, file), overwrite: true);
            File.SetUnixFileMode(Path.Combine(folder, file), (UnixFileMode)0x1A4); // rw-r--r--
        }

        File.SetUnixFileMode(folder, (UnixFileMode)0x1ED); // rwxr-xr-x
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: the folder is in the temp directory.
            }
        };
        return Path.Combine(folder, "newsparse.dll");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunToolAsync(params string[] args)
    {
        Assert.SkipWhen(IsRoot && !File.Exists("/usr/bin/setpriv"), "running as root without setpriv: cannot drop privileges to test permissions.");
        var start = new ProcessStartInfo(IsRoot ? "/usr/bin/setpriv" : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        if (IsRoot)
        {
            foreach (string arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" })
            {
                start.ArgumentList.Add(arg);
            }
        }

        start.ArgumentList.Add(NewsparseDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        Task<string> stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"newsparse {string.Join(' ', args)} did not finish in 60 s");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A folder the unprivileged user can enter and write (the temp folder may be private to root).</summary>
    private static TempDirectory OpenDirectory()
    {
        TempDirectory dir = Fixture.CreateTempDirectory();
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dir.Path, (UnixFileMode)0x1FF); // rwxrwxrwx
        }

        return dir;
    }

    private static void MakeFifo(string path)
    {
        using Process mkfifo = Process.Start("mkfifo", [path])!;
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task CorpusRun_OverGoodMalformedBinaryUnreadableAndSpecialFiles_ReportsEach_AndExits1()
    {
        Fixture.SkipInMutationRun();
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions, named pipes and links.");
        using TempDirectory dir = OpenDirectory();
        dir.File("a-good.txt", NewsCorpusTests.Doc("Alpha", "First story."));
        dir.File("b-malformed.txt", "Bravo\n2023-02-30\nhttps://a.example/\nBody\n");
        File.WriteAllBytes(Path.Combine(dir.Path, "c-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        string unreadable = dir.File("d-unreadable.txt", NewsCorpusTests.Doc("Delta", "Secret."));
        File.SetUnixFileMode(unreadable, UnixFileMode.None);
        MakeFifo(Path.Combine(dir.Path, "e-pipe.txt"));
        string locked = Path.Combine(dir.Path, "f-locked");
        Directory.CreateDirectory(locked);
        File.WriteAllText(Path.Combine(locked, "hidden.txt"), NewsCorpusTests.Doc("Foxtrot", "Inside."));
        File.SetUnixFileMode(locked, UnixFileMode.None);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "g-loop"), dir.Path);
        dir.File("h-good.txt", NewsCorpusTests.Doc("Hotel", "Last story."));
        string output = Path.Combine(dir.Path, "out.jsonl");

        (int exit, string stdout, string stderr) = await RunToolAsync("parse", dir.Path, "-o", output, "--parallel", "3");

        exit.Should().Be(1, stderr);
        stdout.Should().BeEmpty();
        var records = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        records.Select(r => Path.GetFileName(r.GetProperty("path").GetString())).Should().Equal(
            "a-good.txt", "b-malformed.txt", "c-binary.txt", "d-unreadable.txt", "e-pipe.txt", "f-locked", "h-good.txt");
        string Kind(int i) => records[i].TryGetProperty("error", out JsonElement e) ? e.GetProperty("kind").GetString()! : "ok";
        Enumerable.Range(0, records.Count).Select(Kind).Should().Equal("ok", "InvalidDate", "InvalidUtf8", "ReadFailed", "Empty", "ReadFailed", "ok");
        records[3].GetProperty("error").GetProperty("message").GetString().Should().Contain("d-unreadable.txt").And.ContainEquivalentOf("denied");
        stderr.Should().Contain("5 of 7 documents failed");
        Directory.GetFiles(dir.Path, ".out.jsonl*").Should().BeEmpty("the temporary output file was renamed");
        File.SetUnixFileMode(locked, (UnixFileMode)0x1C0);
    }

    [Fact]
    public async Task Output_InAReadOnlyDirectory_IsOneClearError_AndNothingIsLeft()
    {
        Fixture.SkipInMutationRun();
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix permissions.");
        using TempDirectory dir = OpenDirectory();
        dir.File("a.txt", NewsCorpusTests.Doc("Alpha", "First story."));
        string readOnly = Path.Combine(dir.Path, "ro");
        Directory.CreateDirectory(readOnly);
        File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        (int exit, string stdout, string stderr) = await RunToolAsync("clean", Path.Combine(dir.Path, "a.txt"), "-o", Path.Combine(readOnly, "clean.jsonl"));

        exit.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("newsparse: cannot write ").And.Contain("clean.jsonl").And.NotContain("   at ");
        Directory.GetFileSystemEntries(readOnly).Should().BeEmpty();
    }

    [Fact]
    public async Task Output_OnAFullFilesystem_Exits74_AndLeavesNoHalfWrittenFile()
    {
        Fixture.SkipInMutationRun();
        Assert.SkipUnless(IsRoot && File.Exists("/usr/bin/mount"), "needs root to mount a small tmpfs.");
        using TempDirectory dir = OpenDirectory();
        for (int i = 0; i < 40; i++)
        {
            dir.File($"doc{i:D2}.txt", NewsCorpusTests.Doc($"Story {i}", new string('w', 4000), "Second paragraph."));
        }

        string full = Path.Combine(dir.Path, "full");
        Directory.CreateDirectory(full);
        bool mounted = await Mount("mount", "-t", "tmpfs", "-o", "size=64k,mode=1777", "tmpfs", full);
        Assert.SkipUnless(mounted, "mounting a tmpfs is not permitted here.");
        try
        {
            (int exit, string stdout, string stderr) = await RunToolAsync("parse", dir.Path, "-o", Path.Combine(full, "out.jsonl"));

            exit.Should().Be(74, stderr);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("cannot write").And.Contain("out.jsonl").And.Contain("nothing was written").And.NotContain("   at ");
            Directory.GetFileSystemEntries(full).Should().BeEmpty("the temporary file is removed and no output is left half-written");
        }
        finally
        {
            await Mount("umount", full);
        }
    }

    private static async Task<bool> Mount(string program, params string[] args)
    {
        using Process process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.ExitCode == 0;
    }
}
