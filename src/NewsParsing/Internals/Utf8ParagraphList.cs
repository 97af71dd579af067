using System.Collections;
using System.Text;

namespace NewsParsing.Internals;

/// <summary>
/// The paragraphs of a parsed document, kept as the document's UTF-8 bytes plus ranges: a paragraph becomes a string
/// only when it is first read, and then stays cached. Parsing thus costs at most one copy of the body bytes (none with
/// <see cref="NewsParser.ParseWithoutCopying"/>, or from a file) instead of a UTF-16 string per paragraph, and filters
/// can look at the bytes without creating strings at all.
/// </summary>
internal sealed class Utf8ParagraphList : IReadOnlyList<string>
{
    private readonly byte[] _buffer;
    private readonly int[] _ranges;              // start and length of each paragraph in _buffer, in pairs
    private string?[]? _strings;

    /// <param name="buffer">The bytes that hold the paragraphs.</param>
    /// <param name="ranges">Each paragraph's start in <paramref name="buffer"/> and its length, in pairs; owned by the list.</param>
    public Utf8ParagraphList(byte[] buffer, int[] ranges)
    {
        _buffer = buffer;
        _ranges = ranges;
    }

    public int Count => _ranges.Length >> 1;

    /// <summary>The array that holds the paragraphs (a copy of the body, or the caller's or file's own bytes).</summary>
    internal byte[] Buffer => _buffer;

    /// <summary>Each paragraph's start in <see cref="Buffer"/> and its length, in pairs.</summary>
    internal ReadOnlySpan<int> Ranges => _ranges;

    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            // Benign race: two threads may decode the same paragraph; both get equal strings.
            string?[] strings = _strings ??= new string?[Count];
            return strings[index] ??= Encoding.UTF8.GetString(_buffer, _ranges[index * 2], _ranges[(index * 2) + 1]);
        }
    }

    /// <summary>The paragraph's UTF-8 bytes (invalid sequences, in lenient mode, as they were in the input).</summary>
    public ReadOnlySpan<byte> GetUtf8(int index) => _buffer.AsSpan(_ranges[index * 2], _ranges[(index * 2) + 1]);

    /// <summary>The paragraph's string if it was already created, else null.</summary>
    public string? GetCached(int index) => _strings?[index];

    /// <summary>A list of some of these paragraphs (indexes in increasing order), sharing the same bytes.</summary>
    public Utf8ParagraphList Select(ReadOnlySpan<int> indexes)
    {
        int[] ranges = new int[indexes.Length * 2];
        string?[]? strings = _strings is null ? null : new string?[indexes.Length];
        for (int k = 0; k < indexes.Length; k++)
        {
            ranges[k * 2] = _ranges[indexes[k] * 2];
            ranges[(k * 2) + 1] = _ranges[(indexes[k] * 2) + 1];
            if (strings is not null)
            {
                strings[k] = _strings![indexes[k]];
            }
        }

        return new Utf8ParagraphList(_buffer, ranges) { _strings = strings };
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
