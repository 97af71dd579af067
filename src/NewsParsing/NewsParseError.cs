using System.Globalization;

namespace NewsParsing;

/// <summary>
/// Describes why a news document could not be read: what kind of problem, where (1-based line and column),
/// and a message that says what was expected and what was found.
/// </summary>
public sealed class NewsParseError : IEquatable<NewsParseError>
{
    /// <summary>Creates an error description.</summary>
    /// <param name="kind">The kind of problem.</param>
    /// <param name="lineNumber">The 1-based line of the problem.</param>
    /// <param name="columnNumber">The 1-based column (in Unicode scalar values) of the problem.</param>
    /// <param name="description">What was expected and what was found, without the position.</param>
    /// <param name="sourcePath">The file the input came from, when known.</param>
    public NewsParseError(NewsParseErrorKind kind, int lineNumber, int columnNumber, string description, string? sourcePath = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        ArgumentOutOfRangeException.ThrowIfNegative(columnNumber);
        ArgumentNullException.ThrowIfNull(description);
        Kind = kind;
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
        Description = description;
        SourcePath = sourcePath;
    }

    /// <summary>The kind of problem.</summary>
    public NewsParseErrorKind Kind { get; }

    /// <summary>The 1-based line where the problem was found.</summary>
    public int LineNumber { get; }

    /// <summary>The 1-based column, counted in Unicode scalar values from the start of the line.</summary>
    public int ColumnNumber { get; }

    /// <summary>What was expected and what was found, e.g. <c>expected a date as yyyyMMdd, found "2022-13-01"</c>.</summary>
    public string Description { get; }

    /// <summary>The file the input came from, or <see langword="null"/> when the input was not a file.</summary>
    public string? SourcePath { get; }

    /// <summary>
    /// The full message: <c>path:line:column: description</c> when the path is known, else
    /// <c>line L, column C: description</c>.
    /// </summary>
    public string Message => SourcePath is null
        ? string.Create(CultureInfo.InvariantCulture, $"line {LineNumber}, column {ColumnNumber}: {Description}")
        : string.Create(CultureInfo.InvariantCulture, $"{SourcePath}:{LineNumber}:{ColumnNumber}: {Description}");

    /// <summary>Returns a copy of this error that names <paramref name="sourcePath"/> as its source.</summary>
    public NewsParseError WithSourcePath(string? sourcePath) =>
        new(Kind, LineNumber, ColumnNumber, Description, sourcePath);

    /// <inheritdoc />
    public override string ToString() => Message;

    /// <inheritdoc />
    public bool Equals(NewsParseError? other) =>
        other is not null && Kind == other.Kind && LineNumber == other.LineNumber && ColumnNumber == other.ColumnNumber
        && Description == other.Description && SourcePath == other.SourcePath;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NewsParseError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, LineNumber, ColumnNumber, Description, SourcePath);
}
