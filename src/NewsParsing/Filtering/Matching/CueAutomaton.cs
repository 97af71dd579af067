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
    private const int HitBufferSize = 64;      // reporting states the paired scan collects before calling the sinks
    private const int SkipColumn = TextNormalizer.SymbolCount; // the column of TextNormalizer.Skip in the paired scan

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

            // A skipped character (an apostrophe, a quotation mark) leaves every state where it is.
            _next[(id << Shift) + SkipColumn] = (ushort)id;

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

    /// <summary>The table column of each ASCII character: its symbol, or <see cref="SkipColumn"/> for a skipped one.</summary>
    private static readonly byte[] AsciiColumns = BuildAsciiColumns();

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
        int firstOutput = _firstOutput;
        var lanes = new PairLanes { A = _start, B = _start };
        Span<int> hits = stackalloc int[HitBufferSize];
        while (true)
        {
            int count = RunAsciiPair(first, second, ref lanes, hits);
            for (int h = 0; h < count; h++)
            {
                int hit = hits[h];
                if ((hit & 1) == 0)
                {
                    Report(hit >> 1, ref firstSink);
                }
                else
                {
                    Report(hit >> 1, ref secondSink);
                }
            }

            if (lanes.Full)
            {
                continue;
            }

            if (lanes.I >= first.Length || lanes.J >= second.Length)
            {
                break;
            }

            // A non-ASCII character in one lane or both: one character each, the slow way.
            lanes.A = StepOne(ref next, first, ref lanes.I, lanes.A, firstOutput, ref firstSink);
            lanes.B = StepOne(ref next, second, ref lanes.J, lanes.B, firstOutput, ref secondSink);
        }

        int i = lanes.I;
        int j = lanes.J;
        int a = lanes.A;
        int b = lanes.B;
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

    /// <summary>
    /// The paired scan's hot loop: both lanes step together while both read ASCII, writing every reporting state they
    /// enter to <paramref name="hits"/> (state × 2 + lane, in order) instead of calling the sinks, and returning when a
    /// lane reads a non-ASCII byte or reaches its end, or the buffer is nearly full (<see cref="PairLanes.Full"/>). It
    /// makes no calls, so the JIT keeps both chains in registers; skipped characters need no branch, because their
    /// table column leaves every state where it is.
    /// </summary>
    /// <returns>How many hits were written.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RunAsciiPair(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ref PairLanes lanes, Span<int> hits)
    {
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref byte columns = ref MemoryMarshal.GetArrayDataReference(AsciiColumns);
        int i = lanes.I;
        int j = lanes.J;
        ref byte x0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(first), i);
        ref byte y0 = ref Unsafe.Add(ref MemoryMarshal.GetReference(second), j);
        int limit = Math.Min(first.Length - i, second.Length - j);
        int firstOutput = _firstOutput;
        int a = lanes.A;
        int b = lanes.B;
        int k = 0;
        int n = 0;
        bool full = false;
        while (k < limit)
        {
            int x = Unsafe.Add(ref x0, k);
            int y = Unsafe.Add(ref y0, k);
            if ((x | y) >= 0x80)
            {
                break;
            }

            k++;
            x = Unsafe.Add(ref next, (a << Shift) + Unsafe.Add(ref columns, x));
            y = Unsafe.Add(ref next, (b << Shift) + Unsafe.Add(ref columns, y));
            if (x >= firstOutput || y >= firstOutput)
            {
                // A reporting state, unless the lane stayed where it was (a repeated space or digit, a skipped character).
                if (x >= firstOutput && x != a)
                {
                    hits[n++] = x << 1;
                }

                if (y >= firstOutput && y != b)
                {
                    hits[n++] = (y << 1) | 1;
                }

                if (n > hits.Length - 2)
                {
                    a = x;
                    b = y;
                    full = true;
                    break;
                }
            }

            a = x;
            b = y;
        }

        lanes.I = i + k;
        lanes.J = j + k;
        lanes.A = a;
        lanes.B = b;
        lanes.Full = full;
        return n;
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

    /// <summary>Calls the sink for each pattern the reporting state <paramref name="state"/> stands for (kept out of the scan loops).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Emit<TSink>(int state, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct => Report(state, ref sink);

    /// <summary><see cref="Emit"/>, inlined where no hot loop is around it (the paired scan hands its buffered hits over here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Report<TSink>(int state, ref TSink sink)
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

    private static byte[] BuildAsciiColumns()
    {
        byte[] columns = TextNormalizer.AsciiSymbols.ToArray();
        columns.AsSpan().Replace(TextNormalizer.Skip, (byte)SkipColumn);
        return columns;
    }

    private static int[] NewRow()
    {
        int[] row = new int[TextNormalizer.SymbolCount];
        Array.Fill(row, -1);
        return row;
    }
}

/// <summary>Where the two lanes of <see cref="CueAutomaton"/>'s paired scan stand.</summary>
internal struct PairLanes
{
    public int I;
    public int J;
    public int A;
    public int B;
    public bool Full;
}

/// <summary>Receives what <see cref="CueAutomaton"/> finds.</summary>
internal interface ICueSink
{
    void OnMatch(int patternId);
}
