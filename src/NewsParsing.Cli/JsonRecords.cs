using System.Text.Json.Serialization;

namespace NewsParsing.Cli;

/// <summary>One JSON Lines record for a document that was read.</summary>
internal sealed record DocumentRecord(
    string Path,
    string Title,
    string Date,
    string Url,
    IReadOnlyList<string> Paragraphs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<RemovedRecord>? Removed);

/// <summary>A removed paragraph in a <c>clean</c> record.</summary>
internal sealed record RemovedRecord(int Index, string Text, string Filter, string Reason);

/// <summary>One line of the <c>--removed</c> audit file.</summary>
internal sealed record RemovedFileRecord(string Path, int Index, string Text, string Filter, string Reason);

/// <summary>One JSON Lines record for a document that could not be read.</summary>
internal sealed record ErrorRecord(string Path, ErrorDetail Error);

/// <summary>The error of an <see cref="ErrorRecord"/>.</summary>
internal sealed record ErrorDetail(string Kind, int Line, int Column, string Message);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(DocumentRecord))]
[JsonSerializable(typeof(ErrorRecord))]
[JsonSerializable(typeof(RemovedFileRecord))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
