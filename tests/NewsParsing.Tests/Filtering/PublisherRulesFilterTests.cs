using System.Diagnostics;
using NewsParsing.Filtering;

namespace NewsParsing.Tests.Filtering;

public class PublisherRulesFilterTests
{
    private const string RulesJson = """
        {
          // comments and trailing commas are allowed
          "publishers": [
            { "host": "rivertongazette.com", "phrases": ["gazette insiders club", "riverton reader*"], "reason": "Gazette club footer" },
            { "host": "*", "patterns": ["^photo: .+ for the .+$"] },
          ]
        }
        """;

    private static NewsFilterContext Context(string host) =>
        new(new NewsDocument { Title = "T", Date = default, Url = new Uri($"https://{host}/a"), Paragraphs = ["x"] }, 0);

    [Fact]
    public void Phrases_MatchTheirHostAndSubdomains_IgnoringCaseAndTypography()
    {
        var filter = new PublisherRulesFilter(NewsPublisherRules.Parse(RulesJson));

        filter.Evaluate("Join the Gazette Insiders’ Club today.", Context("www.rivertongazette.com")).Should().Be(NewsFilterDecision.RemoveBecause("Gazette club footer"));
        filter.Evaluate("Dear RIVERTON-READERS, thanks.", Context("rivertongazette.com")).Remove.Should().BeTrue();
        filter.Evaluate("Join the Gazette Insiders Club today.", Context("othergazette.com")).Remove.Should().BeFalse();
        filter.Evaluate("Join the Gazette Insiders Club today.", Context("notrivertongazette.com")).Remove.Should().BeFalse();
    }

    [Fact]
    public void Patterns_RunForEveryHost_WithTheMatchInTheReason()
    {
        var filter = new PublisherRulesFilter(NewsPublisherRules.Parse(RulesJson));

        NewsFilterDecision decision = filter.Evaluate("PHOTO: Jane Roe for The Gazette", Context("any.example"));

        decision.Remove.Should().BeTrue();
        decision.Reason.Should().Contain("^photo: .+ for the .+$");
    }

    [Fact]
    public void Patterns_CannotBacktrackCatastrophically()
    {
        var rules = new NewsPublisherRules([new NewsPublisherRule { Host = "*", Patterns = ["^(a+)+$", "(x+x+)+y"] }]);
        var filter = new PublisherRulesFilter(rules);
        string hostile = new string('a', 50_000) + "!" + new string('x', 50_000);

        var watch = Stopwatch.StartNew();
        NewsFilterDecision decision = filter.Evaluate(hostile, Context("a.example"));

        decision.Remove.Should().BeFalse();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5), "NonBacktracking runs in linear time");
    }

    [Theory]
    [InlineData("{ \"publishers\": [ { \"host\": \"a.example\" } ] }", "neither phrases nor patterns")]
    [InlineData("{ \"publishers\": [ { \"phrases\": [\"x\"] } ] }", "no host")]
    [InlineData("{ \"publishers\": [ { \"host\": \"a.example\", \"phrases\": [\"x\"], \"bogus\": 1 } ] }", "line 1")]
    [InlineData("{ \"publishers\": [ ", "line")]
    [InlineData("[]", "Invalid rules file")]
    [InlineData("{ }", "Invalid rules file: expected an object with a \"publishers\" array.")]
    [InlineData("null", "Invalid rules file: expected an object with a \"publishers\" array.")]
    public void Parse_BadRules_ThrowsFormatExceptionThatSaysWhy(string json, string expected)
    {
        Action parse = () => NewsPublisherRules.Parse(json);

        parse.Should().Throw<FormatException>().Which.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("{ \"publishers\": [ { \"host\": \"a.example\" } ] }")]
    [InlineData("{ \"publishers\": [ { \"phrases\": [\"x\"] } ] }")]
    public void Parse_InvalidRule_SaysTheFileIsInvalid_ThenWhy(string json)
    {
        Action parse = () => NewsPublisherRules.Parse(json);

        parse.Should().Throw<FormatException>().Which.Message.Should().MatchRegex("^Invalid rules file: .{10,}");
    }

    [Fact]
    public void Patterns_ReportTheRulesOwnReason_WhenItHasOne()
    {
        var rules = new NewsPublisherRules([new NewsPublisherRule { Host = "*", Patterns = ["^photo: "], Reason = "photo credit" }]);

        new PublisherRulesFilter(rules).Evaluate("Photo: Jane Roe for the Gazette", Context("a.example")).Should().Be(NewsFilterDecision.RemoveBecause("photo credit"));
    }

    [Fact]
    public void InvalidPattern_IsRefused_NamingTheRuleHostAndPattern()
    {
        var rules = new NewsPublisherRules(
        [
            new NewsPublisherRule { Host = "a.example", Phrases = ["x"] },
            new NewsPublisherRule { Host = "b.example", Patterns = ["(ab"] },
        ]);

        Action create = () => _ = new PublisherRulesFilter(rules);

        create.Should().Throw<ArgumentException>().WithMessage("Rule 2 (b.example): the pattern /(ab/ cannot be used: *");
    }

    public static TheoryData<NewsPublisherRule?, string> InvalidSecondRules => new()
    {
        { null, "Rule 2 is null.*" },
        { new NewsPublisherRule { Host = " ", Phrases = ["x"] }, "Rule 2 has no host; use \"*\" for every host.*" },
        { new NewsPublisherRule { Host = "b.example" }, "Rule 2 (b.example) has neither phrases nor patterns.*" },
    };

    [Theory]
    [MemberData(nameof(InvalidSecondRules))]
    public void InvalidRule_IsRefused_ByItsNumber(NewsPublisherRule? second, string message)
    {
        Action create = () => _ = new NewsPublisherRules([new NewsPublisherRule { Host = "a.example", Phrases = ["x"] }, second!]);

        create.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Theory]
    [InlineData("{ \"publishers\": x }", "Invalid rules file at line 1, position 17: *")]
    [InlineData("{\n  \"publishers\": [\n    { \"host\": 5 }\n  ]\n}", "Invalid rules file at line 3, position 16: *")]
    public void MalformedJson_IsReported_AtItsOneBasedLineAndPosition(string json, string message)
    {
        Action parse = () => NewsPublisherRules.Parse(json);

        parse.Should().Throw<FormatException>().WithMessage(message);
    }
}
