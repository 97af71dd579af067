using System.Collections;
using System.Text;

namespace NewsParsing.Internals;

/// <summary>
/// The paragraphs of a parsed document, kept as the document's UTF-8 bytes plus ranges: a paragraph becomes a string
/// only when it is first read, and then stays cached. Parsing thus costs one copy of the body bytes instead of a
/// UTF-16 string per paragraph, and filters can look at the bytes without creating strings at all.
/// </summary>
internal sealed class Utf8ParagraphList : IReadOnlyList<string>
{
    private readonly byte[] _buffer;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private string?[]? _strings;

    public Utf8ParagraphList(byte[] buffer, int[] starts, int[] lengths)
    {
        _buffer = buffer;
        _starts = starts;
        _lengths = lengths;
    }

    public int Count => _starts.Length;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_starts.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            // Benign race: two threads may decode the same paragraph; both get equal strings.
            string?[] strings = _strings ??= new string?[_starts.Length];
            return strings[index] ??= Encoding.UTF8.GetString(_buffer, _starts[index], _lengths[index]);
        }
    }

    /// <summary>The paragraph's UTF-8 bytes (invalid sequences, in lenient mode, as they were in the input).</summary>
    public ReadOnlySpan<byte> GetUtf8(int index) => _buffer.AsSpan(_starts[index], _lengths[index]);

    /// <summary>The paragraph's string if it was already created, else null.</summary>
    public string? GetCached(int index) => _strings?[index];

    /// <summary>A list of some of these paragraphs (indexes in increasing order), sharing the same bytes.</summary>
    public Utf8ParagraphList Select(ReadOnlySpan<int> indexes)
    {
        int[] starts = new int[indexes.Length];
        int[] lengths = new int[indexes.Length];
        string?[]? strings = _strings is null ? null : new string?[indexes.Length];
        for (int k = 0; k < indexes.Length; k++)
        {
            starts[k] = _starts[indexes[k]];
            lengths[k] = _lengths[indexes[k]];
            if (strings is not null)
            {
                strings[k] = _strings![indexes[k]];
            }
        }

        return new Utf8ParagraphList(_buffer, starts, lengths) { _strings = strings };
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < _starts.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
