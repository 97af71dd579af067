namespace NewsParsing.Internals;

/// <summary>Structural check of an absolute http(s) URL on UTF-8 bytes, before any <see cref="Uri"/> is created.</summary>
internal static class UrlText
{
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

        foreach (byte b in host)
        {
            bool ok = b >= 0x80 || char.IsAsciiLetterOrDigit((char)b) || b is (byte)'.' or (byte)'-' or (byte)'_' or (byte)':' or (byte)'[' or (byte)']' or (byte)'%';
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A stricter check that only plain ASCII URLs pass: <c>http(s)://</c>, a DNS host of letters, digits and hyphens,
    /// an optional port up to 65535, then only RFC 3986 characters and well-formed <c>%XX</c> escapes. Every URL that
    /// passes is accepted by <see cref="Uri"/>, so the parser can create the <see cref="Uri"/> on first use.
    /// Anything else (user info, IP literals, non-ASCII hosts) makes the parser create the <see cref="Uri"/> at once.
    /// </summary>
    public static bool IsPlainAscii(ReadOnlySpan<byte> value)
    {
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

        bool allDigitsAndDots = true;
        foreach (Range range in host.Split((byte)'.'))
        {
            ReadOnlySpan<byte> label = host[range];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            foreach (byte b in label)
            {
                if (!char.IsAsciiLetterOrDigit((char)b) && b != '-')
                {
                    return false;
                }

                allDigitsAndDots &= char.IsAsciiDigit((char)b);
            }
        }

        if (allDigitsAndDots)
        {
            return false; // an IPv4-like host: let Uri decide
        }

        for (int i = 0; i < tail.Length; i++)
        {
            byte b = tail[i];
            if (b == '%')
            {
                if (i + 2 >= tail.Length || !char.IsAsciiHexDigit((char)tail[i + 1]) || !char.IsAsciiHexDigit((char)tail[i + 2]))
                {
                    return false;
                }

                i += 2;
            }
            else if (!(char.IsAsciiLetterOrDigit((char)b) || "-._~:/?#[]@!$&'()*+,;="u8.Contains(b)))
            {
                return false;
            }
        }

        return true;
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
