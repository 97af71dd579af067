using System.Buffers;
using NewsParsing.Filtering;
using NewsParsing.Reading;

namespace NewsParsing.Tests;

/// <summary>
/// Every public entry point rejects a null or out-of-range argument with the documented exception and the parameter's
/// name, before doing any work (a missing guard would otherwise surface later as a NullReferenceException).
/// </summary>
public class ArgumentGuardTests
{
    private static readonly NewsDocument Document = NewsParser.Default.Parse("Title\n20220131\nhttps://a.example/p\nBody\n");

    public static TheoryData<string, string, Action> NullArguments => new()
    {
        { "NewsWriter.Write(null, writer)", "document", () => NewsWriter.Write(null!, new ArrayBufferWriter<byte>()) },
        { "NewsWriter.Write(document, null)", "writer", () => NewsWriter.Write(Document, null!) },
        { "NewsWriter.WriteAsync(document, null)", "stream", () => NewsWriter.WriteAsync(Document, null!).GetAwaiter().GetResult() },
        { "NewsCorpus.IsDocumentPath(null)", "path", () => NewsCorpus.IsDocumentPath(null!) },
        { "NewsCorpus.EnumerateFiles(null)", "paths", () => NewsCorpus.EnumerateFiles(null!) },
        { "NewsParser.TryParseAsync(null)", "stream", () => NewsParser.Default.TryParseAsync(null!).AsTask().GetAwaiter().GetResult() },
        { "NewsParser.TryParseFileAsync(null)", "path", () => NewsParser.Default.TryParseFileAsync(null!).AsTask().GetAwaiter().GetResult() },
        { "new NewsParseError(description: null)", "description", () => _ = new NewsParseError(NewsParseErrorKind.Empty, 1, 1, null!) },
        { "NewsDocument.WithParagraphs(null)", "paragraphs", () => Document.WithParagraphs(null!) },
        { "NewsDocument { Url = null }", "value", () => _ = new NewsDocument { Title = "T", Date = new DateOnly(2022, 1, 31), Url = null!, Paragraphs = [] } },
        { "NewsDocument { Paragraphs = null }", "value", () => _ = new NewsDocument { Title = "T", Date = new DateOnly(2022, 1, 31), Url = new Uri("https://a.example/"), Paragraphs = null! } },
        { "NewsCleaningResult.Rebuild(null, removed)", "cleaned", () => NewsCleaningResult.Rebuild(null!, []) },
        { "NewsCleaningResult.Rebuild(cleaned, null)", "removed", () => NewsCleaningResult.Rebuild(Document, null!) },
        { "new PublisherRulesFilter(null)", "rules", () => _ = new PublisherRulesFilter(null!) },
    };

    public static TheoryData<string, string, Action> OutOfRangeArguments => new()
    {
        { "NewsReaderOptions.MaxLineLength = -1", "value", () => _ = new NewsReaderOptions { MaxLineLength = -1 } },
        { "NewsReaderOptions.MaxParagraphs = -1", "value", () => _ = new NewsReaderOptions { MaxParagraphs = -1 } },
        { "NewsReaderOptions.MaxInputBytes = -1", "value", () => _ = new NewsReaderOptions { MaxInputBytes = -1 } },
        { "new NewsParseError(line -1)", "lineNumber", () => _ = new NewsParseError(NewsParseErrorKind.Empty, -1, 1, "x") },
        { "new NewsParseError(column -1)", "columnNumber", () => _ = new NewsParseError(NewsParseErrorKind.Empty, 1, -1, "x") },
        { "NewsParserOptions { MaxInputBytes = 0 }.Validate()", "MaxInputBytes", () => new NewsParserOptions { MaxInputBytes = 0 }.Validate() },
        { "NewsParserOptions { MaxParagraphs = 0 }.Validate()", "MaxParagraphs", () => new NewsParserOptions { MaxParagraphs = 0 }.Validate() },
        { "NewsParserOptions { MaxLineLength = 0 }.Validate()", "MaxLineLength", () => new NewsParserOptions { MaxLineLength = 0 }.Validate() },
        { "NewsParserOptions { MaxInputBytes = Array.MaxLength }.Validate()", "MaxInputBytes", () => new NewsParserOptions { MaxInputBytes = Array.MaxLength }.Validate() },
    };

    [Theory]
    [MemberData(nameof(NullArguments))]
    public void NullArgument_ThrowsArgumentNullException_NamingTheParameter(string call, string parameter, Action action)
    {
        action.Should().Throw<ArgumentNullException>(call).Which.ParamName.Should().Be(parameter);
    }

    [Theory]
    [MemberData(nameof(OutOfRangeArguments))]
    public void OutOfRangeArgument_ThrowsArgumentOutOfRangeException_NamingTheParameter(string call, string parameter, Action action)
    {
        action.Should().Throw<ArgumentOutOfRangeException>(call).Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void ReaderOptions_AreEqual_OnlyWhenEveryLimitIsEqual()
    {
        var options = new NewsReaderOptions { MaxLineLength = 10, MaxParagraphs = 20, MaxInputBytes = 30 };

        options.Equals(options with { }).Should().BeTrue();
        options.Equals(options with { MaxInputBytes = 31 }).Should().BeFalse();
        options.Equals(options with { MaxParagraphs = 21 }).Should().BeFalse();
        options.Equals(options with { MaxLineLength = 11 }).Should().BeFalse();
        options.Equals(options with { Lenient = true }).Should().BeFalse();
    }

    [Fact]
    public void ZeroReaderLimits_MeanTheDefaults()
    {
        var options = new NewsReaderOptions { MaxLineLength = 0, MaxParagraphs = 0, MaxInputBytes = 0 };

        (options.MaxLineLength, options.MaxParagraphs, options.MaxInputBytes).Should().Be(
            (NewsReaderOptions.DefaultMaxLineLength, NewsReaderOptions.DefaultMaxParagraphs, NewsReaderOptions.DefaultMaxInputBytes));
    }
}
