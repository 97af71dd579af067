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

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> prefix)
    {
        for (int i = 0; i < prefix.Length; i++)
        {
            if ((value[i] | 0x20) != prefix[i] && value[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
