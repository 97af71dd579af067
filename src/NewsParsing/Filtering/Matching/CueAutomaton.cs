using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsParsing.Filtering.Matching;

/// <summary>
/// A case-folding, typography-insensitive multi-pattern matcher: an Aho–Corasick automaton compiled to a dense DFA
/// over the symbols of <see cref="TextNormalizer"/>. One table lookup per input character whatever the number of
/// patterns, on UTF-16 or UTF-8 input, without allocating.
/// </summary>
/// <remarks>
/// A pattern is written as plain text. It must match whole words, unless it ends with <c>*</c>, which makes it match
/// any word that starts with it (<c>subscri*</c> matches "subscribe", "subscriber", "subscription").
/// Layout for speed: states are numbered breadth-first, so the shallow states that text visits most sit together in
/// cache; states that report a match get the highest numbers, so one comparison tells whether to report; and runs of
/// spaces or digits loop on their state, so collapsing them costs nothing in the scan loop.
/// </remarks>
internal sealed class CueAutomaton
{
    private const int Shift = 5;                 // rows of 32 entries: the 29 symbols, padded
    private const int RowSize = 1 << Shift;

    private readonly ushort[] _next;             // (state << Shift) + symbol -> next state; a row is one 64-byte cache line
    private readonly int[] _outStart;            // (state - _firstOutput) -> first index in _out
    private readonly int[] _out;                 // pattern ids
    private readonly int _firstOutput;           // states >= this report matches
    private readonly int _start;                 // the state after one leading space

    public CueAutomaton(IReadOnlyList<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        PatternCount = patterns.Count;
        const int S = TextNormalizer.SymbolCount;

        // 1. The trie.
        var goTo = new List<int[]> { NewRow() };
        var outputs = new List<List<int>> { new() };
        var incoming = new List<byte> { TextNormalizer.Space };
        for (int id = 0; id < patterns.Count; id++)
        {
            int state = 0;
            foreach (byte s in Compile(patterns[id]))
            {
                if (goTo[state][s] < 0)
                {
                    goTo[state][s] = goTo.Count;
                    goTo.Add(NewRow());
                    outputs.Add([]);
                    incoming.Add(s);
                }

                state = goTo[state][s];
            }

            outputs[state].Add(id);
        }

        // 2. Breadth-first: failure links, full DFA, outputs merged along the failure chain.
        int count = goTo.Count;
        int[] fail = new int[count];
        var order = new List<int>(count) { 0 };
        var queue = new Queue<int>();
        for (int s = 0; s < S; s++)
        {
            if (goTo[0][s] < 0)
            {
                goTo[0][s] = 0;
            }
            else
            {
                queue.Enqueue(goTo[0][s]);
            }
        }

        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            order.Add(state);
            outputs[state].AddRange(outputs[fail[state]]);
            for (int s = 0; s < S; s++)
            {
                int child = goTo[state][s];
                if (child < 0)
                {
                    goTo[state][s] = goTo[fail[state]][s];
                }
                else
                {
                    fail[child] = goTo[fail[state]][s];
                    queue.Enqueue(child);
                }
            }
        }

        // 3. Repeated spaces and digits read as one: a state entered by a space (or digit) stays put on another.
        for (int state = 1; state < count; state++)
        {
            if (incoming[state] is TextNormalizer.Space or TextNormalizer.Digit)
            {
                goTo[state][incoming[state]] = state;
            }
        }

        // 4. Renumber: breadth-first, states without output first.
        int[] newId = new int[count];
        int next = 0;
        foreach (int state in order.Where(s => outputs[s].Count == 0))
        {
            newId[state] = next++;
        }

        _firstOutput = next;
        foreach (int state in order.Where(s => outputs[s].Count > 0))
        {
            newId[state] = next++;
        }

        if (count > ushort.MaxValue)
        {
            throw new ArgumentException($"Too many patterns: the automaton would need {count} states; at most {ushort.MaxValue} are supported. Split the phrases over several rules.", nameof(patterns));
        }

        _next = new ushort[count << Shift];
        _outStart = new int[count - _firstOutput + 1];
        var flat = new List<int>();
        var byNewId = new int[count];
        for (int state = 0; state < count; state++)
        {
            byNewId[newId[state]] = state;
        }

        for (int id = 0; id < count; id++)
        {
            int old = byNewId[id];
            for (int s = 0; s < S; s++)
            {
                _next[(id << Shift) + s] = (ushort)newId[goTo[old][s]];
            }

            if (id >= _firstOutput)
            {
                _outStart[id - _firstOutput] = flat.Count;
                flat.AddRange(outputs[old].Distinct());
            }
        }

        _outStart[count - _firstOutput] = flat.Count;
        _out = [.. flat];
        _start = _next[(newId[0] << Shift) + TextNormalizer.Space];
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
        // Normalize drops leading separators (it starts as if after a space), so only a trailing one is left to trim.
        int end = body.Length > 0 && body[^1] == TextNormalizer.Space ? body.Length - 1 : body.Length;
        if (end == 0)
        {
            throw new ArgumentException($"The pattern \"{pattern}\" has no letters or digits.", nameof(pattern));
        }

        var symbols = new List<byte>(end + 2) { TextNormalizer.Space };
        symbols.AddRange(body[..end]);
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
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref byte ascii = ref MemoryMarshal.GetReference(TextNormalizer.AsciiSymbols);
        int firstOutput = _firstOutput;
        int state = _start;
        foreach (char c in text)
        {
            int s = c < 128 ? Unsafe.Add(ref ascii, c) : TextNormalizer.Map(c);
            if (s == TextNormalizer.Skip)
            {
                continue;
            }

            state = Step(ref next, state, s, firstOutput, ref sink);
        }

        // The end of the text is a word boundary.
        Step(ref next, state, TextNormalizer.Space, firstOutput, ref sink);
    }

    /// <summary>Scans UTF-8 bytes; calls <paramref name="sink"/> once per match.</summary>
    public void Scan<TSink>(ReadOnlySpan<byte> utf8, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref byte ascii = ref MemoryMarshal.GetReference(TextNormalizer.AsciiSymbols);
        int firstOutput = _firstOutput;
        int state = _start;
        for (int i = 0; i < utf8.Length; i++)
        {
            int b = utf8[i];
            int s;
            if (b < 0x80)
            {
                s = Unsafe.Add(ref ascii, b);
            }
            else
            {
                s = TextNormalizer.MapUtf8(utf8, i, out int length);
                i += length - 1;
            }

            if (s == TextNormalizer.Skip)
            {
                continue;
            }

            state = Step(ref next, state, s, firstOutput, ref sink);
        }

        // The end of the text is a word boundary.
        Step(ref next, state, TextNormalizer.Space, firstOutput, ref sink);
    }

    /// <summary>
    /// Scans two UTF-8 texts in one loop, each with its own sink: exactly what two <see cref="Scan{TSink}(ReadOnlySpan{byte}, ref TSink)"/>
    /// calls report, but the two chains of dependent table lookups overlap, so the pair costs less than two scans.
    /// </summary>
    public void Scan<TSink>(ReadOnlySpan<byte> first, ref TSink firstSink, ReadOnlySpan<byte> second, ref TSink secondSink)
        where TSink : struct, ICueSink, allows ref struct
    {
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref byte ascii = ref MemoryMarshal.GetReference(TextNormalizer.AsciiSymbols);
        int firstOutput = _firstOutput;
        int a = _start;
        int b = _start;
        int i = 0;
        int j = 0;
        while (i < first.Length && j < second.Length)
        {
            int x = first[i];
            int y = second[j];
            if ((x | y) < 0x80)
            {
                i++;
                j++;
                int sx = Unsafe.Add(ref ascii, x);
                int sy = Unsafe.Add(ref ascii, y);
                if (sx != TextNormalizer.Skip)
                {
                    a = Step(ref next, a, sx, firstOutput, ref firstSink);
                }

                if (sy != TextNormalizer.Skip)
                {
                    b = Step(ref next, b, sy, firstOutput, ref secondSink);
                }
            }
            else
            {
                a = StepOne(ref next, first, ref i, a, firstOutput, ref firstSink);
                b = StepOne(ref next, second, ref j, b, firstOutput, ref secondSink);
            }
        }

        while (i < first.Length)
        {
            a = StepOne(ref next, first, ref i, a, firstOutput, ref firstSink);
        }

        while (j < second.Length)
        {
            b = StepOne(ref next, second, ref j, b, firstOutput, ref secondSink);
        }

        Step(ref next, a, TextNormalizer.Space, firstOutput, ref firstSink);
        Step(ref next, b, TextNormalizer.Space, firstOutput, ref secondSink);
    }

    /// <summary>Reads one character (one or more bytes) at <paramref name="i"/>, advances past it and steps on its symbol.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StepOne<TSink>(ref ushort next, ReadOnlySpan<byte> utf8, ref int i, int state, int firstOutput, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        int b = utf8[i];
        int s;
        if (b < 0x80)
        {
            s = TextNormalizer.AsciiSymbols[b];
            i++;
        }
        else
        {
            s = TextNormalizer.MapUtf8(utf8, i, out int length);
            i += length;
        }

        return s == TextNormalizer.Skip ? state : Step(ref next, state, s, firstOutput, ref sink);
    }

    /// <summary>One transition; reports the new state's matches unless it is the same state (a repeated space or digit).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step<TSink>(ref ushort next, int state, int symbol, int firstOutput, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        int following = Unsafe.Add(ref next, (state << Shift) + symbol);
        if (following >= firstOutput && following != state)
        {
            Emit(following, ref sink);
        }

        return following;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Emit<TSink>(int state, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        int row = state - _firstOutput;
        int from = _outStart[row];
        int to = _outStart[row + 1];
        for (int k = from; k < to; k++)
        {
            sink.OnMatch(_out[k]);
        }
    }

    private static int[] NewRow()
    {
        int[] row = new int[TextNormalizer.SymbolCount];
        Array.Fill(row, -1);
        return row;
    }
}

/// <summary>Receives what <see cref="CueAutomaton"/> finds.</summary>
internal interface ICueSink
{
    void OnMatch(int patternId);
}
