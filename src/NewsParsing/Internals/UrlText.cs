using System.Buffers;

namespace NewsParsing.Internals;

/// <summary>Structural check of an absolute http(s) URL on UTF-8 bytes, before any <see cref="Uri"/> is created.</summary>
internal static class UrlText
{
    private const string AlphaNumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>What a host may hold in the structural check: letters, digits, <c>.-_:[]%</c> and any non-ASCII byte.</summary>
    private static readonly SearchValues<byte> HostBytes = SearchValues.Create([.. System.Text.Encoding.ASCII.GetBytes(AlphaNumeric + ".-_:[]%"), .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    /// <summary>What a host name may hold in the strict check: DNS labels of letters, digits and hyphens, and dots.</summary>
    private static readonly SearchValues<byte> HostNameBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(AlphaNumeric + "-."));

    private static readonly SearchValues<byte> DigitsAndDots = SearchValues.Create("0123456789."u8);

    private static readonly SearchValues<byte> HexDigitsXAndDots = SearchValues.Create("0123456789abcdefABCDEFxX."u8);

    /// <summary>What the path, query and fragment may hold in the strict check: RFC 3986 characters and <c>%</c>.</summary>
    private static readonly SearchValues<byte> PathBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(AlphaNumeric + "-._~:/?#[]@!$&'()*+,;=%"));

    public static bool IsValid(ReadOnlySpan<byte> value)
    {
        int schemeLength;
        if (value.Length > 8 && StartsWithIgnoreCase(value, "https://"u8))
        {
            schemeLength = 8;
        }
        else if (value.Length > 7 && StartsWithIgnoreCase(value, "http://"u8))
        {
            schemeLength = 7;
        }
        else
        {
            return false;
        }

        ReadOnlySpan<byte> rest = value[schemeLength..];

        // No white space or control characters anywhere in a URL.
        if (rest.IndexOfAnyInRange((byte)0, (byte)' ') >= 0 || rest.Contains((byte)0x7F))
        {
            return false;
        }

        int authorityEnd = rest.IndexOfAny("/?#"u8);
        ReadOnlySpan<byte> authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        int at = authority.LastIndexOf((byte)'@');
        ReadOnlySpan<byte> host = at < 0 ? authority : authority[(at + 1)..];
        if (host.IsEmpty || host[0] is (byte)'.' or (byte)'-' or (byte)':')
        {
            return false;
        }

        return host.IndexOfAnyExcept(HostBytes) < 0;
    }

    /// <summary>
    /// A stricter check that only plain ASCII URLs pass: <c>http(s)://</c>, a DNS host of letters, digits and hyphens,
    /// an optional port up to 65535, then only RFC 3986 characters and well-formed <c>%XX</c> escapes. Every URL that
    /// passes is accepted by <see cref="Uri"/>, so the parser can create the <see cref="Uri"/> on first use.
    /// Anything else (user info, IP literals, non-ASCII hosts) makes the parser create the <see cref="Uri"/> at once.
    /// </summary>
    public static bool IsPlainAscii(ReadOnlySpan<byte> value) => IsPlainAscii(value, out _, out _);

    /// <summary>
    /// The host of a URL that <see cref="IsPlainAscii(ReadOnlySpan{byte})"/> accepts, lower-cased, which is what
    /// <see cref="Uri.IdnHost"/> returns for it; null for any other URL, and for hosts made only of hexadecimal digits,
    /// <c>x</c> and dots, which <see cref="Uri"/> may read as an IPv4 address in another notation (<c>0x7f.1</c>).
    /// </summary>
    public static string? PlainHost(string url)
    {
        if (url.Length > 2048)
        {
            return null;
        }

        Span<byte> bytes = stackalloc byte[url.Length];
        if (System.Text.Ascii.FromUtf16(url, bytes, out int written) != System.Buffers.OperationStatus.Done
            || !IsPlainAscii(bytes[..written], out int start, out int length))
        {
            return null;
        }

        ReadOnlySpan<byte> host = bytes.Slice(start, length);
        if (host.IndexOfAnyExcept(HexDigitsXAndDots) < 0)
        {
            return null;
        }

        return string.Create(host.Length, (url, start), static (chars, state) =>
        {
            System.Text.Ascii.ToLower(state.url.AsSpan(state.start, chars.Length), chars, out _);
        });
    }

    private static bool IsPlainAscii(ReadOnlySpan<byte> value, out int hostStart, out int hostLength)
    {
        hostStart = hostLength = 0;
        int schemeLength = value.Length > 8 && StartsWithIgnoreCase(value, "https://"u8) ? 8
            : value.Length > 7 && StartsWithIgnoreCase(value, "http://"u8) ? 7
            : 0;
        if (schemeLength == 0)
        {
            return false;
        }

        ReadOnlySpan<byte> rest = value[schemeLength..];
        int authorityEnd = rest.IndexOfAny("/?#"u8);
        ReadOnlySpan<byte> authority = authorityEnd < 0 ? rest : rest[..authorityEnd];
        ReadOnlySpan<byte> tail = authorityEnd < 0 ? default : rest[authorityEnd..];
        int colon = authority.IndexOf((byte)':');
        ReadOnlySpan<byte> host = colon < 0 ? authority : authority[..colon];
        if (colon >= 0)
        {
            ReadOnlySpan<byte> port = authority[(colon + 1)..];
            if (port.IsEmpty || port.Length > 5 || port.IndexOfAnyExceptInRange((byte)'0', (byte)'9') >= 0 || int.Parse(port, provider: System.Globalization.CultureInfo.InvariantCulture) > 65535)
            {
                return false;
            }
        }

        if (host.IsEmpty || host.Length > 253)
        {
            return false;
        }

        hostStart = schemeLength;
        hostLength = host.Length;
        if (host.IndexOfAnyExcept(HostNameBytes) >= 0)
        {
            return false;
        }

        foreach (Range range in host.Split((byte)'.'))
        {
            ReadOnlySpan<byte> label = host[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }
        }

        if (host.IndexOfAnyExcept(DigitsAndDots) < 0)
        {
            return false; // an IPv4-like host: let Uri decide
        }

        if (tail.IndexOfAnyExcept(PathBytes) >= 0)
        {
            return false;
        }

        for (int i = tail.IndexOf((byte)'%'); i >= 0; i = NextEscape(tail, i + 3))
        {
            if (i + 2 >= tail.Length || !char.IsAsciiHexDigit((char)tail[i + 1]) || !char.IsAsciiHexDigit((char)tail[i + 2]))
            {
                return false;
            }
        }

        return true;
    }

    private static int NextEscape(ReadOnlySpan<byte> tail, int from)
    {
        int index = from < tail.Length ? tail[from..].IndexOf((byte)'%') : -1;
        return index < 0 ? -1 : from + index;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> prefix)
    {
        for (int i = 0; i < prefix.Length; i++)
        {
            // Fold case for letters only: 0x0F | 0x20 is '/', which once let "https:\x0f/" pass (found by fuzzing).
            if (value[i] != prefix[i] && !(char.IsAsciiLetter((char)value[i]) && (value[i] | 0x20) == prefix[i]))
            {
                return false;
            }
        }

        return true;
    }
}
