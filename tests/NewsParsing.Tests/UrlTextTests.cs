using System.Text;
using NewsParsing.Internals;

namespace NewsParsing.Tests;

/// <summary>
/// The strict URL check that lets the parser create the <see cref="Uri"/> lazily: every URL it accepts must be one
/// <see cref="Uri"/> accepts; anything unusual is left for <see cref="Uri"/> to decide at once.
/// </summary>
public class UrlTextTests
{
    [Theory]
    [InlineData("https://a.example/", true)]
    [InlineData("HTTP://A.EXAMPLE/x", true)]
    [InlineData("https://a.example", true)]
    [InlineData("https://a.example:443/", true)]
    [InlineData("https://a.example:65535/", true)]
    [InlineData("https://a.example:65536/", false)]
    [InlineData("https://a.example:/", false)]
    [InlineData("https://a.example:123456/", false)]
    [InlineData("https://a.example:8a/", false)]
    [InlineData("https://reader@a.example/", false)]
    [InlineData("http://127.0.0.1/", false)]
    [InlineData("https://1.example/", true)]
    [InlineData("https://-a.example/", false)]
    [InlineData("https://a-.example/", false)]
    [InlineData("https://a..example/", false)]
    [InlineData("https://a_b.example/", false)]
    [InlineData("https://a.example/%41b", true)]
    [InlineData("https://a.example/a%41", true)]
    [InlineData("https://a.example/a%G1", false)]
    [InlineData("https://a.example/a%4G", false)]
    [InlineData("https://a.example/a%4", false)]
    [InlineData("https://a.example/a%", false)]
    [InlineData("https://a.example/a b", false)]
    [InlineData("https://a.example/a\"b", false)]
    [InlineData("https://a.example/a{b}", false)]
    [InlineData("https://a.example/~a-b_c.d?e=f&g=h#i:j@k!$'()*+,;=[]", true)]
    [InlineData("ftp://a.example/", false)]
    [InlineData("https:/a.example/", false)]
    [InlineData("https://", false)]
    public void IsPlainAscii_AcceptsOnlyWhatUriCertainlyAccepts(string url, bool expected)
    {
        UrlText.IsPlainAscii(Encoding.UTF8.GetBytes(url)).Should().Be(expected);
        if (expected)
        {
            Uri.TryCreate(url, UriKind.Absolute, out Uri? uri).Should().BeTrue();
            uri!.Scheme.Should().BeOneOf("http", "https");
        }
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void IsPlainAscii_DnsLabelsAreAtMost63Characters(int length, bool expected)
    {
        UrlText.IsPlainAscii(Encoding.UTF8.GetBytes($"https://{new string('a', length)}.example/")).Should().Be(expected);
    }

    [Theory]
    [InlineData(253, true)]
    [InlineData(254, false)]
    public void IsPlainAscii_HostsAreAtMost253Characters(int length, bool expected)
    {
        // Labels of 49 letters and dots, cut to the length, ending in a letter.
        string host = string.Join('.', Enumerable.Repeat(new string('a', 49), 6))[..(length - 2)] + ".z";
        host.Length.Should().Be(length);

        UrlText.IsPlainAscii(Encoding.UTF8.GetBytes($"https://{host}/")).Should().Be(expected);
    }

    [Theory]
    [InlineData("https://reader@a.example/", true)]
    [InlineData("https://a@b@a.example/", true)]
    [InlineData("https://reader@.a.example/", false)]
    [InlineData("https://reader@/", false)]
    [InlineData("https://bücher.example/", true)]
    [InlineData("https://Āb.example/", true)]
    [InlineData("https://a.example:8080/", true)]
    [InlineData("https://:8080/", false)]
    [InlineData("https://a example/", false)]
    [InlineData("https://a.example/\u007F", false)]
    [InlineData("https://a!b.example/", false)]
    [InlineData("https://[::1]/", true)]
    [InlineData("https://a%20b.example/", true)]
    [InlineData("https://a.example", true)]
    [InlineData("https://", false)]
    [InlineData("http://", false)]
    [InlineData("mailto:a@example.com", false)]
    public void IsValid_ChecksTheShape_OfTheHostAfterAnyUserInfo(string url, bool expected)
    {
        UrlText.IsValid(Encoding.UTF8.GetBytes(url)).Should().Be(expected);
    }

    [Theory]
    [InlineData("https://www.Example.COM/a", "www.example.com")]
    [InlineData("http://news.example.org:8080/x?y=1", "news.example.org")]
    [InlineData("https://xn--bcher-kva.example/", "xn--bcher-kva.example")]
    [InlineData("https://0x7f.1/", null)]
    [InlineData("https://abc.de/", null)]
    [InlineData("https://bücher.example/", null)]
    [InlineData("https://reader@a.example/", null)]
    public void PlainHost_IsUrisIdnHost_OrNullWhenOnlyUriCanTell(string url, string? expected)
    {
        UrlText.PlainHost(url).Should().Be(expected);
        if (expected is not null)
        {
            new Uri(url).IdnHost.Should().Be(expected);
        }
    }

    [Fact]
    public void PlainHost_AgreesWithUri_OnGeneratedUrls()
    {
        string[] schemes = ["http://", "https://", "HTTPS://"];
        string[] hostParts = ["a", "b", "x", "0x", "7f", "1", "09", "ab", "news", "Gazette", "xn--bcher-kva", "co", "uk", "-", "."];
        string[] tails = ["", "/", ":80/", ":8080", "/a?b=c", "#f", ":65535/x", "/%41"];
        var random = new Random(20261129);
        int answered = 0;
        for (int round = 0; round < 20000; round++)
        {
            string host = string.Concat(Enumerable.Range(0, random.Next(1, 7)).Select(_ => hostParts[random.Next(hostParts.Length)]));
            string url = schemes[random.Next(schemes.Length)] + host + tails[random.Next(tails.Length)];

            string? plain = UrlText.PlainHost(url);

            if (plain is not null)
            {
                Uri.TryCreate(url, UriKind.Absolute, out Uri? uri).Should().BeTrue(url);
                plain.Should().Be(uri!.IdnHost, url);
                answered++;
            }
        }

        answered.Should().BeGreaterThan(5000, "most generated URLs are plain");
    }
}
