using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParsing.Filtering.Matching;

/// <summary>
/// A case-folding, typography-insensitive multi-pattern matcher: an Aho–Corasick automaton compiled to a dense DFA
/// over the 29 symbols of <see cref="TextNormalizer"/>. One table lookup per symbol whatever the number of patterns,
/// on UTF-16 or UTF-8 input, without allocating.
/// </summary>
/// <remarks>
/// A pattern is written as plain text. It must match whole words, unless it ends with <c>*</c>, which makes it match
/// any word that starts with it (<c>subscri*</c> matches "subscribe", "subscriber", "subscription").
/// </remarks>
internal sealed class CueAutomaton
{
    private const int S = TextNormalizer.SymbolCount;

    private readonly int[] _next;        // state * S + symbol -> next state
    private readonly int[] _outStart;    // state -> first index in _out (length states + 1)
    private readonly int[] _out;         // pattern ids
    private readonly int _start;         // the state after reading one leading space

    public CueAutomaton(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        PatternCount = patterns.Count;
        var next = new List<int[]> { NewRow() };
        var outputs = new List<List<int>> { new() };
        for (int id = 0; id < patterns.Count; id++)
        {
            byte[] symbols = Compile(patterns[id]);
            int state = 0;
            foreach (byte s in symbols)
            {
                if (next[state][s] < 0)
                {
                    next[state][s] = next.Count;
                    next.Add(NewRow());
                    outputs.Add([]);
                }

                state = next[state][s];
            }

            outputs[state].Add(id);
        }

        // Breadth-first: failure links, then complete the DFA and merge the outputs along the failure chain.
        int count = next.Count;
        int[] fail = new int[count];
        var queue = new Queue<int>();
        for (int s = 0; s < S; s++)
        {
            if (next[0][s] < 0)
            {
                next[0][s] = 0;
            }
            else
            {
                fail[next[0][s]] = 0;
                queue.Enqueue(next[0][s]);
            }
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            outputs[state].AddRange(outputs[fail[state]]);
            for (int s = 0; s < S; s++)
            {
                int child = next[state][s];
                if (child < 0)
                {
                    next[state][s] = next[fail[state]][s];
                }
                else
                {
                    fail[child] = next[fail[state]][s];
                    queue.Enqueue(child);
                }
            }
        }

        _next = new int[count * S];
        _outStart = new int[count + 1];
        var flat = new List<int>();
        for (int state = 0; state < count; state++)
        {
            for (int s = 0; s < S; s++)
            {
                _next[(state * S) + s] = next[state][s];
            }

            _outStart[state] = flat.Count;
            flat.AddRange(outputs[state].Distinct());
        }

        _outStart[count] = flat.Count;
        _out = [.. flat];
        _start = _next[TextNormalizer.Space];
        StateCount = count;
    }

    public int PatternCount { get; }

    public int StateCount { get; }

    /// <summary>Compiles a pattern to symbols: leading word boundary, then the text, then a trailing boundary unless the pattern ends with <c>*</c>.</summary>
    public static byte[] Compile(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        bool prefix = pattern.EndsWith('*');
        byte[] body = TextNormalizer.Normalize(prefix ? pattern.AsSpan(0, pattern.Length - 1) : pattern.AsSpan());
        int start = body.Length > 0 && body[0] == TextNormalizer.Space ? 1 : 0;
        int end = body.Length > start && body[^1] == TextNormalizer.Space ? body.Length - 1 : body.Length;
        if (end <= start)
        {
            throw new ArgumentException($"The pattern \"{pattern}\" has no letters or digits.", nameof(pattern));
        }

        var symbols = new List<byte>(end - start + 2) { TextNormalizer.Space };
        symbols.AddRange(body[start..end]);
        if (!prefix)
        {
            symbols.Add(TextNormalizer.Space);
        }

        return [.. symbols];
    }

    /// <summary>Scans UTF-16 text; calls <paramref name="sink"/> once per match (a pattern may match several times).</summary>
    public void Scan<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        ref int next = ref MemoryMarshal.GetArrayDataReference(_next);
        int state = _start;
        byte last = TextNormalizer.Space;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            byte s = TextNormalizer.Map(c);
            if (s == last && s is TextNormalizer.Space or TextNormalizer.Digit)
            {
                continue;
            }

            if (s == TextNormalizer.Skip)
            {
                if (TextNormalizer.IsQuote(c))
                {
                    sink.OnQuote();
                }

                continue;
            }

            if (TextNormalizer.IsDigitSeparator(text, i, last))
            {
                continue;
            }

            if (s == TextNormalizer.Space)
            {
                sink.OnWord();
            }

            last = s;
            state = Unsafe.Add(ref next, (state * S) + s);
            Emit(state, ref sink);
        }

        if (last != TextNormalizer.Space)
        {
            sink.OnWord();
            Emit(Unsafe.Add(ref next, (state * S) + TextNormalizer.Space), ref sink);
        }
    }

    /// <summary>Scans UTF-8 bytes; calls <paramref name="sink"/> once per match.</summary>
    public void Scan<TSink>(ReadOnlySpan<byte> utf8, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        ref int next = ref MemoryMarshal.GetArrayDataReference(_next);
        int state = _start;
        byte last = TextNormalizer.Space;
        for (int i = 0; i < utf8.Length; i++)
        {
            byte b = utf8[i];
            byte s;
            if (b < 0x80)
            {
                s = TextNormalizer.Map((char)b);
                if (s == TextNormalizer.Skip)
                {
                    if (b == '"')
                    {
                        sink.OnQuote();
                    }

                    continue;
                }

                if (TextNormalizer.IsDigitSeparator(utf8, i, last))
                {
                    continue;
                }
            }
            else
            {
                s = TextNormalizer.MapUtf8(utf8, i, out int length);
                if (s == TextNormalizer.Skip && length == 3 && utf8[i + 1] == 0x80 && utf8[i + 2] is 0x9C or 0x9D)
                {
                    sink.OnQuote();
                }

                i += length - 1;
                if (s == TextNormalizer.Skip)
                {
                    continue;
                }
            }

            if (s == last && s is TextNormalizer.Space or TextNormalizer.Digit)
            {
                continue;
            }

            if (s == TextNormalizer.Space)
            {
                sink.OnWord();
            }

            last = s;
            state = Unsafe.Add(ref next, (state * S) + s);
            Emit(state, ref sink);
        }

        if (last != TextNormalizer.Space)
        {
            sink.OnWord();
            Emit(Unsafe.Add(ref next, (state * S) + TextNormalizer.Space), ref sink);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Emit<TSink>(int state, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        int from = _outStart[state];
        int to = _outStart[state + 1];
        for (int k = from; k < to; k++)
        {
            sink.OnMatch(_out[k]);
        }
    }

    private static int[] NewRow()
    {
        int[] row = new int[S];
        Array.Fill(row, -1);
        return row;
    }
}

/// <summary>Receives what <see cref="CueAutomaton"/> finds.</summary>
internal interface ICueSink
{
    void OnMatch(int patternId);

    void OnWord();

    void OnQuote();
}
