namespace NewsParsing;

/// <summary>
/// Thrown when a news document is not in the expected format or breaks a configured limit.
/// This is the only exception the parser throws for bad input.
/// </summary>
public sealed class NewsParseException : FormatException
{
    /// <summary>Creates an exception for <paramref name="error"/>.</summary>
    public NewsParseException(NewsParseError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>Creates an exception for <paramref name="error"/> caused by <paramref name="innerException"/>.</summary>
    public NewsParseException(NewsParseError error, Exception? innerException)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message, innerException)
    {
        Error = error;
    }

    /// <summary>The error, with its kind and position.</summary>
    public NewsParseError Error { get; }

    /// <summary>The kind of problem.</summary>
    public NewsParseErrorKind Kind => Error.Kind;

    /// <summary>The 1-based line of the problem.</summary>
    public int LineNumber => Error.LineNumber;

    /// <summary>The 1-based column of the problem.</summary>
    public int ColumnNumber => Error.ColumnNumber;
}
