namespace NewsParsing.Internals;

/// <summary>The invariants of a title or paragraph, so every document can be written and read back unchanged.</summary>
internal static class TextRules
{
    public static string CheckLine(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (value.Length == 0 || value.AsSpan().IndexOfAnyExcept(" \t") < 0)
        {
            ThrowHelper.ThrowArgument("Expected a non-blank line of text, found a blank one.", paramName);
        }

        if (value[0] is ' ' or '\t' || value[^1] is ' ' or '\t')
        {
            ThrowHelper.ThrowArgument("Expected text without leading or trailing spaces or tabs; trim it first.", paramName);
        }

        if (value.AsSpan().IndexOfAny('\r', '\n', '\0') >= 0)
        {
            ThrowHelper.ThrowArgument("Expected a single line of text, found a line break or NUL character.", paramName);
        }

        if (HasUnpairedSurrogate(value))
        {
            ThrowHelper.ThrowArgument("Expected valid UTF-16 text, found an unpaired surrogate.", paramName);
        }

        return value;
    }

    public static bool HasUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        int i = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0)
        {
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return true;
            }

            i += 2;
            int next = text[i..].IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + next;
        }

        return false;
    }

    public static bool IsHttpUrl(Uri url) =>
        url.IsAbsoluteUri
        && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(url.Host)
        && url.OriginalString.Length > 0
        && UrlText.IsValid(System.Text.Encoding.UTF8.GetBytes(url.OriginalString));
}
