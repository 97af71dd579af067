namespace NewsParsing.Internals;

/// <summary>Recognizes UTF-16 input so it is reported as such instead of as garbage.</summary>
internal static class EncodingSniffer
{
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2)
        {
            return false;
        }

        if ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return true;
        }

        // UTF-16 without a byte order mark: ASCII text with a NUL after (LE) or before (BE) every character.
        if (bytes.Length >= 4)
        {
            bool le = bytes[0] != 0 && bytes[1] == 0 && bytes[2] != 0 && bytes[3] == 0;
            bool be = bytes[0] == 0 && bytes[1] != 0 && bytes[2] == 0 && bytes[3] != 0;
            return le || be;
        }

        return false;
    }
}
