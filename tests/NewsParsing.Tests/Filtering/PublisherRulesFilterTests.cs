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
}
