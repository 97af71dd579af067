using System.Diagnostics.CodeAnalysis;

namespace NewsParsing;

/// <summary>The outcome of reading one input: a document, or the error that prevented it.</summary>
public sealed class NewsParseResult
{
    private NewsParseResult(string? sourcePath, NewsDocument? document, NewsParseError? error)
    {
        SourcePath = sourcePath;
        Document = document;
        Error = error;
    }

    /// <summary>The file the input came from, or <see langword="null"/> when it was not a file.</summary>
    public string? SourcePath { get; }

    /// <summary>The document, when <see cref="IsSuccess"/>.</summary>
    public NewsDocument? Document { get; }

    /// <summary>The error, when not <see cref="IsSuccess"/>.</summary>
    public NewsParseError? Error { get; }

    /// <summary>Whether the input was read into a <see cref="Document"/>.</summary>
    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Document is not null;

    /// <summary>Creates a successful result.</summary>
    public static NewsParseResult Success(NewsDocument document, string? sourcePath = null) =>
        new(sourcePath, document ?? throw new ArgumentNullException(nameof(document)), null);

    /// <summary>Creates a failed result.</summary>
    public static NewsParseResult Failure(NewsParseError error, string? sourcePath = null) =>
        new(sourcePath, null, error ?? throw new ArgumentNullException(nameof(error)));

    /// <summary>Returns the document, or throws <see cref="NewsParseException"/> with the error.</summary>
    /// <exception cref="NewsParseException">The input was not read.</exception>
    public NewsDocument GetDocumentOrThrow() => Document ?? throw new NewsParseException(Error!);

    /// <inheritdoc />
    public override string ToString() => IsSuccess ? $"{SourcePath}: {Document.Title}" : Error.Message;
}
