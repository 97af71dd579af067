using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
/// cache; states that report a match get the highest numbers, from a power of two up, so one comparison (or one bit
/// of the OR of several states) tells whether to report; runs of spaces or digits loop on their state, so collapsing
/// them costs nothing in the scan loop; and a reporting state's loops (a repeated space, a skipped character) lead to a
/// silent twin, so entering a reporting state always means a new match.
/// </remarks>
internal sealed class CueAutomaton
{
    private const int Shift = 5;                 // rows of 32 entries: the 29 symbols, padded
    private const int Lanes = 8;                 // texts the multi-text scan reads at once
    private const int LaneCapacity = 16_384;     // columns each lane holds per batch
    private const int LaneStride = LaneCapacity + 64; // lanes' regions apart (not a multiple of 4 KiB, so they use different cache sets)
    private const int LongText = (LaneCapacity / 4) - 2; // longer texts are scanned alone
    private const int BatchBudget = Lanes * LaneCapacity * 3 / 4; // so that dealing out longest first never overfills a lane
    private const int SkipColumn = TextNormalizer.SymbolCount; // the column of TextNormalizer.Skip in the multi-text scan
    private const int ResetColumn = SkipColumn + 1;            // the multi-text scan's separator: every state goes to the start

    private readonly ushort[] _next;             // (state << Shift) + symbol -> next state; a row is one 64-byte cache line
    private readonly int[] _outStart;            // (state - _firstOutput) -> first index in _out
    private readonly int[] _out;                 // pattern ids
    private readonly int _firstOutput;           // states >= this report matches; a power of two above every silent state
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

        // 4. A reporting state reports once however long the scan stays on it: its self-loops (a repeated space or
        //    digit, a skipped character) lead to a silent twin with the same transitions. So a scan reports whenever
        //    it enters a reporting state, and the multi-text scan needs no comparison with the state before.
        int[] skipTo = new int[count];
        var twinOf = new Dictionary<int, int>();
        foreach (int state in order)
        {
            skipTo[state] = state;
            if (outputs[state].Count > 0)
            {
                int twin = goTo.Count;
                twinOf[state] = twin;
                goTo.Add([.. goTo[state]]);
                outputs.Add([]);
                skipTo[state] = twin;
                for (int s = 0; s < S; s++)
                {
                    if (goTo[state][s] == state)
                    {
                        goTo[state][s] = twin;
                        goTo[twin][s] = twin;
                    }
                }
            }
        }

        Array.Resize(ref skipTo, goTo.Count);
        foreach (int twin in twinOf.Values)
        {
            skipTo[twin] = twin;
        }

        // 5. Renumber: breadth-first, silent states first (the twins after the others, as the scan rarely visits
        //    them), then the reporting states from a power of two up, so that one bit of the OR of several states
        //    tells whether any of them reports.
        int total = goTo.Count;
        int[] newId = new int[total];
        int next = 0;
        foreach (int state in order.Where(s => outputs[s].Count == 0).Concat(twinOf.Values))
        {
            newId[state] = next++;
        }

        int reporting = twinOf.Count;
        _firstOutput = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(Math.Max(next, reporting + 1), 2));
        next = _firstOutput;
        foreach (int state in order.Where(s => outputs[s].Count > 0))
        {
            newId[state] = next++;
        }

        if (next > ushort.MaxValue + 1)
        {
            throw new ArgumentException($"Too many patterns: the automaton would need {next} state numbers; at most {ushort.MaxValue + 1} are supported. Split the phrases over several rules.", nameof(patterns));
        }

        int rows = next;
        _next = new ushort[rows << Shift];
        _outStart = new int[rows - _firstOutput + 1];
        var flat = new List<int>();
        var byNewId = new int[rows];
        Array.Fill(byNewId, -1);
        for (int state = 0; state < total; state++)
        {
            byNewId[newId[state]] = state;
        }

        _start = newId[goTo[0][TextNormalizer.Space]];
        for (int id = 0; id < rows; id++)
        {
            // The rows between the silent states and the first reporting one are never entered.
            int old = byNewId[id];
            if (old >= 0)
            {
                for (int s = 0; s < S; s++)
                {
                    _next[(id << Shift) + s] = (ushort)newId[goTo[old][s]];
                }

                // A skipped character (an apostrophe, a quotation mark) leaves every state where it is, or on its twin.
                _next[(id << Shift) + SkipColumn] = (ushort)newId[skipTo[old]];
            }

            // The multi-text scan's column between texts: back to the start.
            _next[(id << Shift) + ResetColumn] = (ushort)_start;

            if (id >= _firstOutput)
            {
                _outStart[id - _firstOutput] = flat.Count;
                if (old >= 0)
                {
                    flat.AddRange(outputs[old].Distinct());
                }
            }
        }

        _outStart[rows - _firstOutput] = flat.Count;
        _out = [.. flat];
        StateCount = total;
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

    /// <summary>Scans UTF-16 text; calls <paramref name="sink"/> once per match (a pattern may match several times), until it asks to stop.</summary>
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

            if (!Step(ref next, ref state, s, firstOutput, ref sink))
            {
                return;
            }
        }

        // The end of the text is a word boundary.
        Step(ref next, ref state, TextNormalizer.Space, firstOutput, ref sink);
    }

    /// <summary>Scans UTF-8 bytes; calls <paramref name="sink"/> once per match, until it asks to stop.</summary>
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

            if (!Step(ref next, ref state, s, firstOutput, ref sink))
            {
                return;
            }
        }

        // The end of the text is a word boundary.
        Step(ref next, ref state, TextNormalizer.Space, firstOutput, ref sink);
    }

    /// <summary>
    /// Scans many UTF-8 texts that lie in one buffer, eight at a time. The texts are first translated to table
    /// columns (32 bytes at a time where the CPU allows) and dealt out to eight lanes, longest first, each to the
    /// lane with the least to read, a reset column closing each text; then one loop advances eight independent chains
    /// of table lookups, one per lane, with a single test per step for a match on any lane. Reports exactly what a
    /// <see cref="Scan{TSink}(ReadOnlySpan{byte}, ref TSink)"/> of each text reports, in the same order: the sink sees
    /// one text at a time, its start, its matches and its end, tagged with the lane that read it.
    /// </summary>
    /// <param name="buffer">The bytes that hold the texts.</param>
    /// <param name="ranges">Each text's start in <paramref name="buffer"/> and its length, in pairs.</param>
    /// <param name="sink">Receives each text's start, matches and end.</param>
    public void ScanMany<TSink>(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> ranges, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        int count = ranges.Length >> 1;
        if (count == 0)
        {
            return;
        }

        byte[] columns = ArrayPool<byte>.Shared.Rent(Lanes * LaneStride);
        int[] plan = ArrayPool<int>.Shared.Rent(count * 3);
        ulong[] fired = ArrayPool<ulong>.Shared.Rent(3 * 256);
        try
        {
            int batched = 0;
            int budget = 0;
            for (int text = 0; text < count; text++)
            {
                int length = ranges[(text * 2) + 1];
                if (length > LongText)
                {
                    ScanAlone(buffer.Slice(ranges[text * 2], length), text, ref sink);
                    continue;
                }

                if (budget + length + 2 > BatchBudget)
                {
                    RunBatch(buffer, ranges, plan.AsSpan(0, batched), plan.AsSpan(count, batched), plan.AsSpan(count * 2, batched), columns, ref fired, ref sink);
                    batched = 0;
                    budget = 0;
                }

                plan[batched++] = text;
                budget += length + 2;
            }

            if (batched > 0)
            {
                RunBatch(buffer, ranges, plan.AsSpan(0, batched), plan.AsSpan(count, batched), plan.AsSpan(count * 2, batched), columns, ref fired, ref sink);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(fired);
            ArrayPool<int>.Shared.Return(plan);
            ArrayPool<byte>.Shared.Return(columns);
        }
    }

    /// <summary>Scans one batch of texts (each at most <see cref="LongText"/> bytes, together within <see cref="BatchBudget"/>) on the eight lanes.</summary>
    private void RunBatch<TSink>(ReadOnlySpan<byte> buffer, ReadOnlySpan<int> ranges, Span<int> texts, Span<int> link, Span<int> end, byte[] columns, ref ulong[] fired, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        // Longest first, each to the lane with the least to read: the lanes end close together. (The link array serves
        // as the sort's keys first; a batch may hold tens of thousands of tiny texts, so no quadratic sort.)
        for (int i = 0; i < texts.Length; i++)
        {
            link[i] = -ranges[(texts[i] * 2) + 1];
        }

        link.Sort(texts);

        // Which lane takes a text is as unpredictable as which lane reports, so the least loaded lane is found without
        // a branch, and each lane's texts are chained (link[i] becomes the text after text i on its lane, or -1), so
        // that the report below walks them instead of testing every text for every lane.
        Span<int> load = stackalloc int[Lanes];
        Span<int> first = stackalloc int[Lanes];
        Span<int> last = stackalloc int[Lanes];
        load.Clear();
        first.Fill(-1);
        ref byte origin = ref MemoryMarshal.GetArrayDataReference(columns);
        for (int i = 0; i < texts.Length; i++)
        {
            int lane = 0;
            int least = load[0];
            for (int l = 1; l < Lanes; l++)
            {
                // All ones when this lane has less to read (loads are far from overflowing), else zero: the JIT turns a
                // conditional select on a compare back into a branch here.
                int less = (load[l] - least) >> 31;
                least += (load[l] - least) & less;
                lane += (l - lane) & less;
            }

            int text = texts[i];
            load[lane] += WriteColumns(buffer.Slice(ranges[text * 2], ranges[(text * 2) + 1]), ref Unsafe.Add(ref origin, (lane * LaneStride) + load[lane]));
            end[i] = load[lane];
            link[i] = -1;
            if (first[lane] < 0)
            {
                first[lane] = i;
            }
            else
            {
                link[last[lane]] = i;
            }

            last[lane] = i;
        }

        int steps = 0;
        for (int lane = 0; lane < Lanes; lane++)
        {
            steps = Math.Max(steps, load[lane]);
        }

        for (int lane = 0; lane < Lanes; lane++)
        {
            columns.AsSpan((lane * LaneStride) + load[lane], steps - load[lane]).Fill(ResetColumn);
        }

        // The lanes step together, writing every step at which some lane enters a reporting state (the step and
        // all eight states) to the buffer, which doubles when a batch fills it.
        Span<int> states = stackalloc int[Lanes];
        states.Fill(_start);
        int records = 0;
        for (int step = 0; step < steps;)
        {
            step = RunLanes(ref origin, step, steps, states, fired, ref records);
            if (step < steps)
            {
                ulong[] larger = ArrayPool<ulong>.Shared.Rent(fired.Length * 2);
                fired.AsSpan(0, records * 3).CopyTo(larger);
                ArrayPool<ulong>.Shared.Return(fired);
                fired = larger;
            }
        }

        // Each lane's texts in the order it read them, each with the matches found while the lane was on it. The
        // lane's reporting steps are picked out of the records first, without a branch (which lane reports at a
        // step is as unpredictable here as in the scan).
        int[] picked = ArrayPool<int>.Shared.Rent((records * 2) + 2);
        try
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                int count = PickLane(fired.AsSpan(0, records * 3), lane, picked);
                int h = 0;
                for (int i = first[lane]; i >= 0; i = link[i])
                {
                    sink.OnStart(lane, texts[i]);
                    for (; h < count && picked[h] < end[i]; h += 2)
                    {
                        ReportOnLane(picked[h + 1], lane, ref sink);
                    }

                    sink.OnEnd(lane, texts[i]);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(picked);
        }
    }

    /// <summary>Copies the (step, state) pairs of <paramref name="lane"/>'s reporting states out of the scan's records; returns how many ints it wrote.</summary>
    private int PickLane(ReadOnlySpan<ulong> records, int lane, int[] picked)
    {
        ref int slot = ref MemoryMarshal.GetArrayDataReference(picked);
        int shift = (lane & 3) * 16;
        int word = 1 + (lane >> 2);
        int flag = _firstOutput;
        int count = 0;
        for (int r = 0; r + 2 < records.Length; r += 3)
        {
            int state = (ushort)(records[r + word] >> shift);
            Unsafe.Add(ref slot, count) = (int)records[r];
            Unsafe.Add(ref slot, count + 1) = state;
            count += state >= flag ? 2 : 0;
        }

        return count;
    }

    /// <summary>Scans a long text on its own (one chain of lookups) and hands its matches to the sink as lane 0.</summary>
    private void ScanAlone<TSink>(ReadOnlySpan<byte> text, int index, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        var list = new PatternList(ArrayPool<int>.Shared.Rent(64));
        try
        {
            Scan(text, ref list);
            sink.OnStart(0, index);
            for (int k = 0; k < list.Count; k++)
            {
                sink.OnMatch(0, list.Ids[k]);
            }

            sink.OnEnd(0, index);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(list.Ids);
        }
    }

    /// <summary>
    /// The multi-text scan's hot loop: eight lanes, each reading its own region of <paramref name="columns"/> (at a
    /// fixed distance, so one register addresses all eight) and stepping its own chain of table lookups. One test of
    /// the OR of the eight states per step tells whether any lane entered a reporting state (all of them, and no
    /// other, have the bit <see cref="_firstOutput"/>); such a step is written to <paramref name="fired"/> as three
    /// words, the step and the eight states packed four to a word, which costs far less than sorting them out here
    /// (about one step in seven fires on news text). Returns the step it stopped at: <paramref name="steps"/>, or
    /// earlier when the buffer is full.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private int RunLanes(ref byte columns, int from, int steps, Span<int> states, Span<ulong> fired, ref int records)
    {
        ref ushort next = ref MemoryMarshal.GetArrayDataReference(_next);
        nuint flag = (nuint)_firstOutput;
        nuint s0 = (nuint)states[0];
        nuint s1 = (nuint)states[1];
        nuint s2 = (nuint)states[2];
        nuint s3 = (nuint)states[3];
        nuint s4 = (nuint)states[4];
        nuint s5 = (nuint)states[5];
        nuint s6 = (nuint)states[6];
        nuint s7 = (nuint)states[7];
        ref byte p = ref Unsafe.Add(ref columns, from);
        ref byte stop = ref Unsafe.Add(ref columns, steps);
        ref ulong record = ref Unsafe.Add(ref MemoryMarshal.GetReference(fired), records * 3);
        ref ulong last = ref Unsafe.Add(ref MemoryMarshal.GetReference(fired), fired.Length - 3);
        while (Unsafe.IsAddressLessThan(ref p, ref stop))
        {
            s0 = Unsafe.Add(ref next, (s0 << Shift) + p);
            s1 = Unsafe.Add(ref next, (s1 << Shift) + Unsafe.Add(ref p, 1 * LaneStride));
            s2 = Unsafe.Add(ref next, (s2 << Shift) + Unsafe.Add(ref p, 2 * LaneStride));
            s3 = Unsafe.Add(ref next, (s3 << Shift) + Unsafe.Add(ref p, 3 * LaneStride));
            s4 = Unsafe.Add(ref next, (s4 << Shift) + Unsafe.Add(ref p, 4 * LaneStride));
            s5 = Unsafe.Add(ref next, (s5 << Shift) + Unsafe.Add(ref p, 5 * LaneStride));
            s6 = Unsafe.Add(ref next, (s6 << Shift) + Unsafe.Add(ref p, 6 * LaneStride));
            s7 = Unsafe.Add(ref next, (s7 << Shift) + Unsafe.Add(ref p, 7 * LaneStride));
            p = ref Unsafe.Add(ref p, 1);
            if ((s0 | s1 | s2 | s3 | s4 | s5 | s6 | s7) >= flag)
            {
                record = (ulong)Unsafe.ByteOffset(ref columns, ref p) - 1;
                Unsafe.Add(ref record, 1) = (ulong)s0 | ((ulong)s1 << 16) | ((ulong)s2 << 32) | ((ulong)s3 << 48);
                Unsafe.Add(ref record, 2) = (ulong)s4 | ((ulong)s5 << 16) | ((ulong)s6 << 32) | ((ulong)s7 << 48);
                record = ref Unsafe.Add(ref record, 3);
                if (Unsafe.IsAddressGreaterThan(ref record, ref last))
                {
                    break;
                }
            }
        }

        states[0] = (int)s0;
        states[1] = (int)s1;
        states[2] = (int)s2;
        states[3] = (int)s3;
        states[4] = (int)s4;
        states[5] = (int)s5;
        states[6] = (int)s6;
        states[7] = (int)s7;
        records = (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(fired), ref record) / (3 * sizeof(ulong)));
        return (int)Unsafe.ByteOffset(ref columns, ref p);
    }

    /// <summary>
    /// Writes a table column for each byte of <paramref name="text"/> to <paramref name="destination"/>, then a space
    /// (the end of a text is a word boundary) and a reset to the start state; returns how many columns it wrote (none
    /// for an empty text, whose end matches nothing). A character of several bytes gets its symbol at its first byte
    /// and the skip column (which changes nothing a scan reports) at the others, so every column lines up with its
    /// byte: 32 bytes map in a few vector instructions, and only the first bytes of non-ASCII characters are looked up
    /// one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // so that the vector mapping is inlined here, not called per block
    private static int WriteColumns(ReadOnlySpan<byte> text, ref byte destination)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        ref byte source = ref MemoryMarshal.GetReference(text);
        int length = text.Length;
        int i = 0;
        int consumed = 0; // the bytes before this belong to characters already mapped
        if (VectorColumnsAreExact)
        {
            for (; i + Vector256<byte>.Count <= length; i += Vector256<byte>.Count)
            {
                Vector256<byte> bytes = Vector256.LoadUnsafe(ref source, (nuint)i);
                MapAscii(bytes).StoreUnsafe(ref destination, (nuint)i);
                MapNonAsciiOf(text, i, bytes.ExtractMostSignificantBits(), ref destination, ref consumed);
            }

            // The last bytes of a text of 32 or more: one more vector, the text's last 32 bytes, which overlaps bytes
            // already mapped. Mapping them again gives the same columns as long as they are ASCII; otherwise the rest
            // is mapped byte by byte below.
            if (i < length && length >= Vector256<byte>.Count)
            {
                int from = length - Vector256<byte>.Count;
                Vector256<byte> bytes = Vector256.LoadUnsafe(ref source, (nuint)from);
                uint high = bytes.ExtractMostSignificantBits();
                uint overlap = (1u << (i - from)) - 1;
                if ((high & overlap) == 0)
                {
                    MapAscii(bytes).StoreUnsafe(ref destination, (nuint)from);
                    MapNonAsciiOf(text, from, high, ref destination, ref consumed);
                    i = length;
                }
            }
        }

        for (; i < length; i++)
        {
            byte b = Unsafe.Add(ref source, i);
            Unsafe.Add(ref destination, i) = b < 0x80 ? AsciiColumns[b] : MapNonAscii(text, i, ref consumed);
        }

        Unsafe.Add(ref destination, length) = TextNormalizer.Space;
        Unsafe.Add(ref destination, length + 1) = ResetColumn;
        return length + 2;
    }

    /// <summary>
    /// Overwrites the columns of the non-ASCII bytes of a block that <see cref="MapAscii"/> mapped: bit k of
    /// <paramref name="high"/> marks the byte at <paramref name="offset"/> + k.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MapNonAsciiOf(ReadOnlySpan<byte> text, int offset, uint high, ref byte destination, ref int consumed)
    {
        while (high != 0)
        {
            int at = offset + BitOperations.TrailingZeroCount(high);
            high &= high - 1;
            Unsafe.Add(ref destination, at) = MapNonAscii(text, at, ref consumed);
        }
    }

    /// <summary>The column of the non-ASCII byte at <paramref name="at"/>: the skip column inside a character already mapped, else the character's symbol.</summary>
    private static byte MapNonAscii(ReadOnlySpan<byte> text, int at, ref int consumed)
    {
        if (at < consumed)
        {
            return SkipColumn;
        }

        byte symbol = TextNormalizer.MapUtf8(text, at, out int width);
        consumed = at + width;
        return symbol == TextNormalizer.Skip ? (byte)SkipColumn : symbol;
    }

    /// <summary>
    /// The columns of 32 bytes (right for ASCII bytes; the others are overwritten): a letter's index, the digit, the
    /// skip or the space column, found by arithmetic and two nibble lookups for the skipped characters.
    /// <see cref="VectorColumnsAreExact"/> checks this against <see cref="AsciiColumns"/> for every ASCII byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> MapAscii(Vector256<byte> bytes)
    {
        Vector256<byte> letter = (bytes | Vector256.Create((byte)0x20)) - Vector256.Create((byte)'a');
        Vector256<byte> isLetter = Vector256.Equals(Vector256.Min(letter, Vector256.Create((byte)25)), letter);
        Vector256<byte> digit = bytes - Vector256.Create((byte)'0');
        Vector256<byte> isDigit = Vector256.Equals(Vector256.Min(digit, Vector256.Create((byte)9)), digit);
        Vector256<byte> low = bytes & Vector256.Create((byte)0x0F);
        Vector256<byte> high = Vector256.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F);
        Vector256<byte> skipped = Avx2.Shuffle(SkipByLowNibble, low) & Avx2.Shuffle(BitOfHighNibble, high);
        Vector256<byte> other = Vector256.ConditionalSelect(Vector256.Equals(skipped, Vector256<byte>.Zero), Vector256.Create(TextNormalizer.Space), Vector256.Create((byte)SkipColumn));
        return Vector256.ConditionalSelect(isLetter, letter, Vector256.ConditionalSelect(isDigit, Vector256.Create(TextNormalizer.Digit), other));
    }

    /// <summary>For each low nibble, the high nibbles (as bits) of the skipped ASCII characters with that low nibble.</summary>
    private static readonly Vector256<byte> SkipByLowNibble = BuildSkipTable();

    /// <summary>1 &lt;&lt; high nibble, for the high nibbles of ASCII; 0 beyond.</summary>
    private static readonly Vector256<byte> BitOfHighNibble = Vector256.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Whether <see cref="MapAscii"/> gives the column of <see cref="AsciiColumns"/> for every ASCII byte (else the scan maps byte by byte).</summary>
    internal static bool VectorColumnsAreExact { get; } = CheckVectorColumns();

    private static Vector256<byte> BuildSkipTable()
    {
        byte[] bits = new byte[32];
        for (int b = 0; b < 128; b++)
        {
            if (AsciiColumns[b] == SkipColumn)
            {
                bits[b & 0x0F] |= (byte)(1 << (b >> 4));
                bits[16 + (b & 0x0F)] |= (byte)(1 << (b >> 4));
            }
        }

        return Vector256.Create(bits);
    }

    private static bool CheckVectorColumns()
    {
        if (!Avx2.IsSupported)
        {
            return false;
        }

        for (int b = 0; b < 128; b += 32)
        {
            Vector256<byte> bytes = Vector256.Create((byte)b) + Vector256.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31);
            if (MapAscii(bytes) != Vector256.Create(AsciiColumns.AsSpan(b, 32)))
            {
                return false;
            }
        }

        return true;
    }

    private void ReportOnLane<TSink>(int state, int lane, ref TSink sink)
        where TSink : struct, ILaneSink, allows ref struct
    {
        foreach (int pattern in PatternsOf(state))
        {
            sink.OnMatch(lane, pattern);
        }
    }

    /// <summary>The patterns the reporting state <paramref name="state"/> stands for.</summary>
    private ReadOnlySpan<int> PatternsOf(int state)
    {
        int row = state - _firstOutput;
        return _out.AsSpan(_outStart[row], _outStart[row + 1] - _outStart[row]);
    }

    /// <summary>
    /// One transition; reports the new state's matches when it reports (a reporting state has no self-loop: its twin
    /// takes them). Returns false when the sink asks to stop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Step<TSink>(ref ushort next, ref int state, int symbol, int firstOutput, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        state = Unsafe.Add(ref next, (state << Shift) + symbol);
        return state < firstOutput || Emit(state, ref sink);
    }

    /// <summary>
    /// Calls the sink for each pattern the reporting state <paramref name="state"/> stands for (kept out of the scan
    /// loops); returns false as soon as the sink asks to stop.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool Emit<TSink>(int state, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        foreach (int pattern in PatternsOf(state))
        {
            if (!sink.OnMatch(pattern))
            {
                return false;
            }
        }

        return true;
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

/// <summary>Receives what <see cref="CueAutomaton.ScanMany"/> finds: for one text at a time, its start, its matches and its end.</summary>
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
    /// <summary>The text matches the pattern.</summary>
    /// <returns>Whether to go on scanning: false ends the scan (the sink has all it needs).</returns>
    bool OnMatch(int patternId);
}

/// <summary>Collects the pattern ids a scan reports, in order, in a pooled array that it grows.</summary>
internal struct PatternList(int[] ids) : ICueSink
{
    public int[] Ids = ids;
    public int Count;

    public bool OnMatch(int patternId)
    {
        if (Count == Ids.Length)
        {
            int[] larger = ArrayPool<int>.Shared.Rent(Ids.Length * 2);
            Ids.AsSpan().CopyTo(larger);
            ArrayPool<int>.Shared.Return(Ids);
            Ids = larger;
        }

        Ids[Count++] = patternId;
        return true;
    }
}
