using System.Diagnostics.CodeAnalysis;
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
    private const int HitBufferSize = 64;      // reporting states the multi-lane scan collects before calling the sink
    private const int SkipColumn = TextNormalizer.SymbolCount; // the column of TextNormalizer.Skip in the multi-lane scan

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
    /// Scans many UTF-8 texts that lie in one buffer, four at a time: four independent chains of table lookups in one
    /// loop, which hide most of each lookup's latency. A lane that finishes its text takes the next one, so the
    /// lanes stay busy whatever the texts' lengths; at the end, idle lanes read spaces. Reports exactly what a
    /// <see cref="Scan{TSink}(ReadOnlySpan{byte}, ref TSink)"/> of each text reports, in the same order within a text;
    /// texts start, end and report on their lane, interleaved with other lanes' texts.
    /// </summary>
    /// <param name="buffer">The bytes that hold the texts.</param>
    /// <param name="ranges">Each text's start in <paramref name="buffer"/> and its length, in pairs.</param>
    /// <param name="sink">Receives each text's start, matches and end, by lane.</param>
    public void ScanMany<TSink>(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> ranges, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        int firstOutput = _firstOutput;
        int count = ranges.Length >> 1;
        int nextText = 0;
        Span<int> texts = stackalloc int[QuadLanes.Count];
        Span<int> hits = stackalloc int[HitBufferSize];
        var quad = default(QuadLanes);
        int active = 0;
        for (int lane = 0; lane < QuadLanes.Count; lane++)
        {
            texts[lane] = Take(ref quad, lane, buffer, ranges, ref nextText, count, ref sink);
            active += texts[lane] >= 0 ? 1 : 0;
        }

        while (active > 0)
        {
            int found = RunAsciiQuad(ref quad, hits);
            for (int h = 0; h < found; h++)
            {
                int hit = hits[h];
                ReportOnLane(hit >> 2, hit & 3, ref sink);
            }

            if (quad.Full)
            {
                continue;
            }

            for (int lane = 0; lane < QuadLanes.Count; lane++)
            {
                ref int left = ref quad.Left(lane);
                if (left == 0)
                {
                    if (texts[lane] >= 0)
                    {
                        // The end of a text is a word boundary.
                        StepOnLane(ref next, ref quad.State(lane), TextNormalizer.Space, lane, firstOutput, ref sink);
                        sink.OnEnd(lane, texts[lane]);
                        texts[lane] = Take(ref quad, lane, buffer, ranges, ref nextText, count, ref sink);
                        active -= texts[lane] < 0 ? 1 : 0;
                    }
                    else
                    {
                        quad.Idle(lane);
                    }
                }
                else if (quad.Current(lane) >= 0x80)
                {
                    // A non-ASCII character: one character, the slow way.
                    ReadOnlySpan<byte> rest = MemoryMarshal.CreateReadOnlySpan(ref quad.Text(lane), left);
                    int symbol = TextNormalizer.MapUtf8(rest, 0, out int length);
                    quad.Advance(lane, length);
                    if (symbol != TextNormalizer.Skip)
                    {
                        StepOnLane(ref next, ref quad.State(lane), symbol, lane, firstOutput, ref sink);
                    }
                }
            }
        }
    }

    /// <summary>Gives <paramref name="lane"/> the next text, or makes it idle when none is left; returns the text's index or -1.</summary>
    private int Take<TSink>(ref QuadLanes quad, int lane, ReadOnlySpan<byte> buffer, ReadOnlySpan<int> ranges, ref int nextText, int count, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        quad.State(lane) = _start;
        while (nextText < count)
        {
            int text = nextText++;
            int start = ranges[text * 2];
            int length = ranges[(text * 2) + 1];
            sink.OnStart(lane, text);
            if (length > 0)
            {
                quad.Set(lane, ref Unsafe.AsRef(in buffer[start]), length);
                return text;
            }

            // An empty text is only the boundary at its end, a space, which leaves the start state in place: no match.
            sink.OnEnd(lane, text);
        }

        quad.Idle(lane);
        return -1;
    }

    /// <summary>
    /// The four-lane scan's hot loop: the four lanes step together while all read ASCII, writing every reporting
    /// state they enter to <paramref name="hits"/> (state × 4 + lane, in order) instead of calling the sink, and returning when
    /// a lane reads a non-ASCII byte or reaches its end, or the buffer is nearly full (<see cref="QuadLanes.Full"/>). It makes
    /// no calls, so the JIT keeps the chains in registers; skipped characters need no branch, because their table column
    /// leaves every state where it is.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RunAsciiQuad(ref QuadLanes quad, scoped Span<int> hits)
    {
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        ref byte columns = ref MemoryMarshal.GetArrayDataReference(AsciiColumns);
        ref byte t0 = ref quad.T0;
        ref byte t1 = ref quad.T1;
        ref byte t2 = ref quad.T2;
        ref byte t3 = ref quad.T3;
        nuint limit = (nuint)Math.Min(Math.Min(quad.L0, quad.L1), Math.Min(quad.L2, quad.L3));
        nuint firstOutput = (nuint)_firstOutput;
        nuint a = (nuint)quad.S0;
        nuint b = (nuint)quad.S1;
        nuint c = (nuint)quad.S2;
        nuint d = (nuint)quad.S3;
        nuint k = 0;
        int n = 0;
        bool full = false;
        while (k < limit)
        {
            nuint w = Unsafe.Add(ref t0, k);
            nuint x = Unsafe.Add(ref t1, k);
            nuint y = Unsafe.Add(ref t2, k);
            nuint z = Unsafe.Add(ref t3, k);
            if ((w | x | y | z) >= 0x80)
            {
                break;
            }

            k++;
            w = Unsafe.Add(ref next, (a << Shift) + Unsafe.Add(ref columns, w));
            x = Unsafe.Add(ref next, (b << Shift) + Unsafe.Add(ref columns, x));
            y = Unsafe.Add(ref next, (c << Shift) + Unsafe.Add(ref columns, y));
            z = Unsafe.Add(ref next, (d << Shift) + Unsafe.Add(ref columns, z));
            if (w >= firstOutput || x >= firstOutput || y >= firstOutput || z >= firstOutput)
            {
                // A reporting state, unless the lane stayed where it was (a repeated space or digit, a skipped character).
                if (w >= firstOutput && w != a)
                {
                    hits[n++] = (int)w << 2;
                }

                if (x >= firstOutput && x != b)
                {
                    hits[n++] = ((int)x << 2) | 1;
                }

                if (y >= firstOutput && y != c)
                {
                    hits[n++] = ((int)y << 2) | 2;
                }

                if (z >= firstOutput && z != d)
                {
                    hits[n++] = ((int)z << 2) | 3;
                }

                if (n > hits.Length - 4)
                {
                    a = w;
                    b = x;
                    c = y;
                    d = z;
                    full = true;
                    break;
                }
            }

            a = w;
            b = x;
            c = y;
            d = z;
        }

        int moved = (int)k;
        quad.T0 = ref Unsafe.Add(ref t0, k);
        quad.T1 = ref Unsafe.Add(ref t1, k);
        quad.T2 = ref Unsafe.Add(ref t2, k);
        quad.T3 = ref Unsafe.Add(ref t3, k);
        quad.L0 -= moved;
        quad.L1 -= moved;
        quad.L2 -= moved;
        quad.L3 -= moved;
        quad.S0 = (int)a;
        quad.S1 = (int)b;
        quad.S2 = (int)c;
        quad.S3 = (int)d;
        quad.Full = full;
        return n;
    }

    /// <summary>One transition on a lane; reports the new state's matches on that lane unless it is the same state.</summary>
    private void StepOnLane<TSink>(ref ushort next, ref int state, int symbol, int lane, int firstOutput, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        int following = Unsafe.Add(ref next, (state << Shift) + symbol);
        if (following >= firstOutput && following != state)
        {
            ReportOnLane(following, lane, ref sink);
        }

        state = following;
    }

    private void ReportOnLane<TSink>(int state, int lane, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        int row = state - _firstOutput;
        int from = _outStart[row];
        int to = _outStart[row + 1];
        for (int k = from; k < to; k++)
        {
            sink.OnMatch(lane, _out[k]);
        }
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

/// <summary>The four lanes of <see cref="CueAutomaton.ScanMany"/>: where each reads, how much it has left, and its state.</summary>
internal ref struct QuadLanes
{
    public const int Count = 4;

    /// <summary>What idle lanes read: spaces, which leave the start state where it is.</summary>
    private static readonly byte[] Spaces = [.. Enumerable.Repeat((byte)' ', 1024)];

    public ref byte T0;
    public ref byte T1;
    public ref byte T2;
    public ref byte T3;
    public int L0;
    public int L1;
    public int L2;
    public int L3;
    public int S0;
    public int S1;
    public int S2;
    public int S3;
    public bool Full;

    [UnscopedRef]
    public ref int Left(int lane)
    {
        if (lane == 0)
        {
            return ref L0;
        }

        return ref lane == 1 ? ref L1 : ref lane == 2 ? ref L2 : ref L3;
    }

    [UnscopedRef]
    public ref int State(int lane)
    {
        if (lane == 0)
        {
            return ref S0;
        }

        return ref lane == 1 ? ref S1 : ref lane == 2 ? ref S2 : ref S3;
    }

    public readonly ref byte Text(int lane)
    {
        if (lane == 0)
        {
            return ref T0;
        }

        return ref lane == 1 ? ref T1 : ref lane == 2 ? ref T2 : ref T3;
    }

    public readonly int Current(int lane) => Text(lane);

    public void Set(int lane, ref byte text, int length)
    {
        switch (lane)
        {
            case 0: T0 = ref Unsafe.AsRef(in text); break;
            case 1: T1 = ref Unsafe.AsRef(in text); break;
            case 2: T2 = ref Unsafe.AsRef(in text); break;
            default: T3 = ref Unsafe.AsRef(in text); break;
        }

        Left(lane) = length;
    }

    public void Advance(int lane, int bytes) => Set(lane, ref Unsafe.Add(ref Text(lane), bytes), Left(lane) - bytes);

    /// <summary>Points an idle lane at spaces again.</summary>
    public void Idle(int lane) => Set(lane, ref MemoryMarshal.GetArrayDataReference(Spaces), Spaces.Length);
}

/// <summary>Receives what <see cref="CueAutomaton.ScanMany"/> finds, by lane.</summary>
internal interface ILaneSink
{
    /// <summary>The lane begins the text with index <paramref name="text"/>.</summary>
    void OnStart(int lane, int text);

    /// <summary>The lane's current text matches the pattern.</summary>
    void OnMatch(int lane, int patternId);

    /// <summary>The lane has read all of the text with index <paramref name="text"/>.</summary>
    void OnEnd(int lane, int text);
}

/// <summary>Receives what <see cref="CueAutomaton"/> finds.</summary>
internal interface ICueSink
{
    void OnMatch(int patternId);
}
