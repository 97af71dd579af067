namespace NewsParsing.Reading;

/// <summary>The kind of the token a <see cref="NewsReader"/> is positioned on.</summary>
public enum NewsTokenKind
{
    /// <summary>No token has been read yet.</summary>
    None = 0,

    /// <summary>The headline (line 1).</summary>
    Title,

    /// <summary>The publication date (line 2).</summary>
    Date,

    /// <summary>The article URL (line 3).</summary>
    Url,

    /// <summary>A body paragraph (any later non-blank line).</summary>
    Paragraph,
}
