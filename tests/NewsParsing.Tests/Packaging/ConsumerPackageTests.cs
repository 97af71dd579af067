using System.Diagnostics;
using System.IO.Compression;
using NewsParsing.Filtering;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Packaging;

/// <summary>
/// Packs NewsParsing, its DI package and the newsparse tool once into a local folder feed (with a separate artifacts
/// folder, so packing never touches the build the tests run from).
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    public const string Version = "0.1.0";

    private static readonly string[] Projects =
    [
        "src/NewsParsing/NewsParsing.csproj",
        "src/NewsParsing.Extensions.DependencyInjection/NewsParsing.Extensions.DependencyInjection.csproj",
        "src/NewsParsing.Cli/NewsParsing.Cli.csproj",
    ];

    private readonly TempDirectory _dir = Fixture.CreateTempDirectory();

    public string Root => _dir.Path;

    public string Feed => Path.Combine(_dir.Path, "feed");

    /// <summary>Everything <c>dotnet pack</c> printed, to check for warnings.</summary>
    public string PackOutput { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("NEWSPARSING_MUTATION_RUN") == "1")
        {
            return; // every test of the class is skipped; see Fixture.SkipInMutationRun
        }

        string root = Fixture.RepositoryRoot;
        var output = new System.Text.StringBuilder();
        foreach (string project in Projects)
        {
            output.Append(await Dotnet.RunAsync(root, CancellationToken.None, "pack", Path.Combine(root, project), "-c", "Release", "-o", Feed, $"-p:ArtifactsPath={Path.Combine(_dir.Path, "artifacts")}"));
        }

        PackOutput = output.ToString();
    }

    public ValueTask DisposeAsync()
    {
        _dir.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Writes a console app that references the packages from the feed, and returns its folder.</summary>
    public async Task<string> CreateConsumerAppAsync(string name, CancellationToken token)
    {
        string app = Path.Combine(_dir.Path, name);
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """, token);
        await File.WriteAllTextAsync(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NuGetAudit>false</NuGetAudit>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsParsing" Version="{Version}" />
                <PackageReference Include="NewsParsing.Extensions.DependencyInjection" Version="{Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """, token);
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), """
            using Microsoft.Extensions.DependencyInjection;
            using NewsParsing;
            using NewsParsing.Filtering;

            string text = "Harbour ferry terminal approved\n20230614\nhttps://www.example-gazette.com/a\nThe port authority approved the terminal.\nPlease support our journalism with a gift of any amount today.\nThe ferry will run twelve times a day.\n";
            NewsDocument doc = NewsParser.Default.Parse(text);
            Console.WriteLine($"title={doc.Title}|date={doc.Date:yyyy-MM-dd}|host={doc.Host}|paragraphs={doc.Paragraphs.Count}");

            var services = new ServiceCollection();
            services.AddNewsParsing().AddFilter<FerryFilter>();
            using ServiceProvider provider = services.BuildServiceProvider();
            NewsCleaningResult result = provider.GetRequiredService<NewsFilterPipeline>().Clean(doc);
            foreach (NewsRemovedParagraph r in result.Removed)
            {
                Console.WriteLine($"removed={r.Index}:{r.Filter}");
            }

            Console.WriteLine($"kept={result.Document.Paragraphs.Count}");
            Console.WriteLine(NewsParser.Default.TryParse("T\n2023-06-14\nhttps://a.example/\nB", out _, out NewsParseError? error) ? "parsed" : $"error={error!.Message}");

            sealed class FerryFilter : INewsFilter
            {
                public string Name => "Ferry";

                public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
                    paragraph.Contains("twelve", StringComparison.Ordinal) ? NewsFilterDecision.RemoveBecause("test filter") : NewsFilterDecision.Keep;
            }
            """, token);
        return app;
    }
}

/// <summary>
/// Uses the library the way a consumer does: a separate console app that references the packages (not the projects),
/// run with the JIT and published with Native AOT; and the newsparse tool installed from the same feed.
/// </summary>
public class ConsumerPackageTests(PackedFeed packed) : IClassFixture<PackedFeed>
{
    private static void ShouldBeTheConsumerOutput(string output) =>
        output.Should().Contain("title=Harbour ferry terminal approved|date=2023-06-14|host=www.example-gazette.com|paragraphs=3")
            .And.Contain("removed=1:DonationAppeal")
            .And.Contain("removed=2:Ferry")
            .And.Contain("kept=1")
            .And.Contain("error=line 2, column 1: expected a date as yyyyMMdd, found \"2023-06-14\"");

    [Fact]
    public void Pack_ProducesPackagesSymbolsAndTheTool_WithNoWarnings()
    {
        Fixture.SkipInMutationRun();
        packed.PackOutput.Should().NotMatchRegex(@"(?i)\bwarning [A-Z]+[0-9]+");
        foreach (string id in new[] { "NewsParsing", "NewsParsing.Extensions.DependencyInjection" })
        {
            File.Exists(Path.Combine(packed.Feed, $"{id}.{PackedFeed.Version}.snupkg")).Should().BeTrue(id);
            using ZipArchive zip = ZipFile.OpenRead(Path.Combine(packed.Feed, $"{id}.{PackedFeed.Version}.nupkg"));
            string[] entries = [.. zip.Entries.Select(e => e.FullName)];
            entries.Should().Contain([$"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml", "README.md"]);
            using var nuspec = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            string metadata = nuspec.ReadToEnd();
            metadata.Should().Contain("<license type=\"expression\">MIT</license>").And.Contain("<readme>README.md</readme>")
                .And.Contain("<repository type=\"git\"").And.Contain("<tags>").And.Contain("<description>");
        }

        File.Exists(Path.Combine(packed.Feed, $"NewsParsing.Cli.{PackedFeed.Version}.nupkg")).Should().BeTrue();
    }

    [Fact]
    public async Task ConsoleApp_ReferencingThePackages_ParsesCleansAndRegistersACustomFilter()
    {
        Fixture.SkipInMutationRun();
        CancellationToken token = TestContext.Current.CancellationToken;
        string app = await packed.CreateConsumerAppAsync("jit-app", token);

        string output = await Dotnet.RunAsync(app, token, "run", "-c", "Release");

        ShouldBeTheConsumerOutput(output);
    }

    [Fact]
    public async Task ConsoleApp_PublishedWithNativeAot_HasNoWarnings_AndGivesTheSameOutput()
    {
        Fixture.SkipInMutationRun();
        Assert.SkipWhen(!OnPath("clang"), "Native AOT needs clang and zlib (apt-get install clang zlib1g-dev); .ci/run installs them.");
        CancellationToken token = TestContext.Current.CancellationToken;
        string app = await packed.CreateConsumerAppAsync("aot-app", token);
        string publish = Path.Combine(app, "publish");

        string log = await Dotnet.RunAsync(app, token, "publish", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", publish);

        log.Should().NotMatchRegex(@"(?i)\bwarning [A-Z]+[0-9]+", "the library is trimmable and AOT-compatible");
        string exe = Path.Combine(publish, "Consumer");
        File.Exists(exe).Should().BeTrue();
        File.Exists(Path.Combine(publish, "NewsParsing.dll")).Should().BeFalse("a native executable carries no IL assemblies");
        ShouldBeTheConsumerOutput(await Dotnet.RunProgramAsync(exe, app, token));
    }

    [Fact]
    public async Task Tool_InstallsFromTheFeed_AndRunsStatsAndCleanOnTheSampleCorpus()
    {
        Fixture.SkipInMutationRun();
        CancellationToken token = TestContext.Current.CancellationToken;
        string tools = Path.Combine(packed.Root, "tools");
        string samples = Path.Combine(Fixture.RepositoryRoot, "samples", "corpus");
        await Dotnet.RunAsync(packed.Root, token, "tool", "install", "NewsParsing.Cli", "--tool-path", tools, "--add-source", packed.Feed, "--version", PackedFeed.Version);
        string newsparse = Path.Combine(tools, "newsparse");

        string stats = await Dotnet.RunProgramAsync(newsparse, packed.Root, token, "stats", samples);
        string clean = await Dotnet.RunProgramAsync(newsparse, packed.Root, token, "clean", samples, "--format", "text", "--quiet");

        stats.Should().Contain("documents    3").And.Contain("documents per host").And.Contain("removed paragraphs per filter");
        NewsDocument[] cleaned = [.. clean.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(block => NewsParser.Default.Parse(block + "\n"))];
        NewsDocument[] expected = [.. NewsCorpus.EnumerateFiles([samples]).Select(f => NewsFilterPipeline.Default.Clean(NewsParser.Default.ParseFile(f)).Document)];
        expected.Should().HaveCount(3);
        cleaned.Should().Equal(expected);
        cleaned.Sum(d => d.Paragraphs.Count).Should().Be(22 - 7, "the sample corpus has 22 paragraphs, 7 of them appeals");
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}

/// <summary>Runs <c>dotnet</c> and other programs, failing the test with their output when they fail.</summary>
internal static class Dotnet
{
    public static Task<string> RunAsync(string workingDirectory, CancellationToken token, params string[] args) =>
        RunProgramAsync("dotnet", workingDirectory, token, args);

    public static async Task<string> RunProgramAsync(string program, string workingDirectory, CancellationToken token, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(token);
        Task<string> stderr = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        string output = await stdout;
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', args)} failed:\n{output}\n{await stderr}");
        return output;
    }
}
