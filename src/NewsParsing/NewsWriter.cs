using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsParsing;

/// <summary>
/// Writes documents in the canonical form: UTF-8 without a byte order mark, LF line endings, the headline, the date as
/// <c>yyyyMMdd</c>, the URL as it was given, then one paragraph per line, each line ending with LF.
/// </summary>
/// <remarks>For every document <c>d</c>, parsing the written form gives back a document equal to <c>d</c>; for every canonical text <c>t</c>, writing the parsed document gives back <c>t</c> byte for byte.</remarks>
public static class NewsWriter
{
    /// <summary>Writes <paramref name="document"/> as canonical UTF-8 to <paramref name="writer"/>.</summary>
    public static void Write(NewsDocument document, IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        WriteLine(writer, document.Title);
        Span<byte> date = writer.GetSpan(9);
        bool formatted = document.Date.TryFormat(date, out int written, "yyyyMMdd", CultureInfo.InvariantCulture);
        System.Diagnostics.Debug.Assert(formatted && written == 8, "A DateOnly always formats to 8 digits.");
        date[8] = (byte)'\n';
        writer.Advance(9);
        WriteLine(writer, document.Url.OriginalString);
        foreach (string paragraph in document.Paragraphs)
        {
            WriteLine(writer, paragraph);
        }
    }

    /// <summary>Returns the canonical UTF-8 bytes of <paramref name="document"/>.</summary>
    public static byte[] ToUtf8Bytes(NewsDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(document, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Returns the canonical text of <paramref name="document"/>.</summary>
    public static string ToText(NewsDocument document)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(document, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the canonical UTF-8 bytes of <paramref name="document"/> to <paramref name="stream"/>.</summary>
    public static async Task WriteAsync(NewsDocument document, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(document, buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteLine(IBufferWriter<byte> writer, string text)
    {
        int max = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
        Span<byte> span = writer.GetSpan(max);
        int written = Encoding.UTF8.GetBytes(text, span);
        span[written] = (byte)'\n';
        writer.Advance(written + 1);
    }
}
