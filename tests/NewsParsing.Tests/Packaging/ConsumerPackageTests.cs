using System.Diagnostics;
using NewsParsing.Tests.Support;

namespace NewsParsing.Tests.Packaging;

/// <summary>
/// Uses the library the way a consumer does: packs NewsParsing and its DI package into a local folder feed, then
/// builds and runs a separate console app that references the packages (not the projects).
/// </summary>
public class ConsumerPackageTests
{
    private const string Version = "0.1.0";

    [Fact]
    public async Task ConsoleApp_ReferencingThePackages_ParsesCleansAndRegistersACustomFilter()
    {
        CancellationToken token = TestContext.Current.CancellationToken;
        using TempDirectory dir = Fixture.CreateTempDirectory();
        string feed = Path.Combine(dir.Path, "feed");
        string root = Fixture.RepositoryRoot;
        foreach (string project in new[] { "src/NewsParsing/NewsParsing.csproj", "src/NewsParsing.Extensions.DependencyInjection/NewsParsing.Extensions.DependencyInjection.csproj" })
        {
            // A separate artifacts folder, so packing never touches the build the tests run from.
            await Dotnet(root, token, "pack", Path.Combine(root, project), "-c", "Release", "-o", feed, $"-p:ArtifactsPath={Path.Combine(dir.Path, "artifacts")}");
        }

        File.Exists(Path.Combine(feed, $"NewsParsing.{Version}.nupkg")).Should().BeTrue();
        File.Exists(Path.Combine(feed, $"NewsParsing.{Version}.snupkg")).Should().BeTrue();

        string app = Path.Combine(dir.Path, "app");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{feed}" />
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
            Console.WriteLine($"title={doc.Title}|date={doc.Date:yyyy-MM-dd}|paragraphs={doc.Paragraphs.Count}");

            var services = new ServiceCollection();
            services.AddNewsParsing().AddFilter<FerryFilter>();
            using ServiceProvider provider = services.BuildServiceProvider();
            NewsCleaningResult result = provider.GetRequiredService<NewsFilterPipeline>().Clean(doc);
            foreach (NewsRemovedParagraph r in result.Removed)
            {
                Console.WriteLine($"removed={r.Index}:{r.Filter}");
            }

            Console.WriteLine($"kept={result.Document.Paragraphs.Count}");

            sealed class FerryFilter : INewsFilter
            {
                public string Name => "Ferry";

                public NewsFilterDecision Evaluate(ReadOnlySpan<char> paragraph, in NewsFilterContext context) =>
                    paragraph.Contains("twelve", StringComparison.Ordinal) ? NewsFilterDecision.RemoveBecause("test filter") : NewsFilterDecision.Keep;
            }
            """, token);

        string output = await Dotnet(app, token, "run", "-c", "Release");

        output.Should().Contain("title=Harbour ferry terminal approved|date=2023-06-14|paragraphs=3")
            .And.Contain("removed=1:DonationAppeal")
            .And.Contain("removed=2:Ferry")
            .And.Contain("kept=1");
    }

    private static async Task<string> Dotnet(string workingDirectory, CancellationToken token, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
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
        process.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', args)} failed:\n{output}\n{await stderr}");
        return output;
    }
}
