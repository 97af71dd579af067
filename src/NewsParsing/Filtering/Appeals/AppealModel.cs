using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsParsing.Filtering.Appeals;

/// <summary>
/// A logistic-regression model of appeal paragraphs over hashed words, word pairs and a paragraph's opening words,
/// trained on the project's labeled fixtures (see <see cref="AppealModelTrainer"/>). The built-in filters consult it
/// only where their rules already see evidence: to keep a paragraph the rules would remove when the model is sure it
/// is news, and to remove one the rules nearly removed when the model is sure it is an appeal.
/// </summary>
/// <remarks>
/// Features: every word (lower-cased, apostrophes dropped, each number as <c>0</c>, each currency sign or code as <c>$</c>,
/// the outlet's own name from its host as one token), every pair of adjacent words, the first word and the first two
/// words, a length bucket, whether the paragraph holds a quotation mark, and a bias. Each feature is hashed (FNV-1a,
/// 64 bits, finished with MurmurHash3's mix) into one of 2^20 weights; a paragraph's score is the sum of the distinct
/// weights its features pick. Only the first <see cref="MaxChars"/> characters of a paragraph are read.
/// Immutable and thread-safe.
/// </remarks>
internal sealed class AppealModel
{
    internal const int Bits = 20;
    internal const int Size = 1 << Bits;
    private const int Scale = 1024;
    private const uint Magic = 0x4D41504E; // "NPAM"

    /// <summary>The format version; it also names the features and the hash, so a file from other features is refused.</summary>
    private const byte Version = 2;

    /// <summary>The most characters of a paragraph the model reads (a 10-million-character line would otherwise need ~200 MB of buffers).</summary>
    internal const int MaxChars = 16_384;
    private const string ResourceName = "NewsParsing.AppealModel.bin";
    private const char OutletToken = '\u0002';
    private const char Joint = '\u0001';
    private static readonly Lazy<AppealModel> LazyDefault = new(LoadDefault);
    private readonly float[] _weights;

    internal AppealModel(float[] weights)
    {
        if (weights.Length != Size)
        {
            throw new ArgumentException($"A model has {Size} weights.", nameof(weights));
        }

        _weights = weights;
    }

    /// <summary>The model shipped with the library (trained on the project's fixtures).</summary>
    public static AppealModel Default => LazyDefault.Value;

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>The probability that <paramref name="paragraph"/> is an appeal of the outlet with this key.</summary>
    public float Probability(ReadOnlySpan<char> paragraph, string? outletKey)
    {
        int[] buffer = ArrayPool<int>.Shared.Rent(MaxFeatures(Math.Min(paragraph.Length, MaxChars)));
        try
        {
            int count = Features(paragraph, outletKey, buffer);
            double z = 0;
            foreach (int f in buffer.AsSpan(0, count))
            {
                z += _weights[f];
            }

            return (float)Sigmoid(z);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>The probability for a paragraph given as UTF-8 (decoded into a pooled buffer, without a string).</summary>
    public float Probability(ReadOnlySpan<byte> utf8, string? outletKey)
    {
        // MaxChars characters take at most 3 bytes each in UTF-8; the cut may split a character, which decodes as U+FFFD.
        utf8 = utf8[..Math.Min(utf8.Length, 3 * MaxChars)];
        char[] chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            int n = Encoding.UTF8.GetChars(utf8, chars);
            return Probability(chars.AsSpan(0, n), outletKey);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The features that pushed a paragraph's score furthest in the given direction, for removal reasons.</summary>
    public List<string> StrongestFeatures(ReadOnlySpan<char> paragraph, string? outletKey, bool towardAppeal, int max)
    {
        var named = new Dictionary<int, string>();
        Visit(paragraph, outletKey, (bucket, name) => named.TryAdd(bucket, name));
        return [.. named
            .Select(kv => (Name: kv.Value, Weight: _weights[kv.Key]))
            .Where(x => towardAppeal ? x.Weight > 0 : x.Weight < 0)
            .OrderByDescending(x => towardAppeal ? x.Weight : -x.Weight)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name} {x.Weight:+0.00;-0.00}"))];
    }

    internal static double Sigmoid(double z) => 1 / (1 + Math.Exp(-Math.Clamp(z, -30, 30)));

    /// <summary>An upper bound of the number of features of a paragraph of <paramref name="length"/> characters.</summary>
    internal static int MaxFeatures(int length) => (2 * length) + 8;

    /// <summary>Writes the distinct hashed features of a paragraph into <paramref name="into"/>, sorted; returns their count.</summary>
    internal static int Features(ReadOnlySpan<char> text, string? outletKey, Span<int> into)
    {
        text = text[..Math.Min(text.Length, MaxChars)];
        var sink = new BucketSink(into);
        Extract(text, outletKey, ref sink);
        Span<int> found = into[..sink.Count];
        found.Sort();
        int distinct = 0;
        for (int i = 0; i < found.Length; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[distinct++] = found[i];
            }
        }

        return distinct;
    }

    private static void Visit(ReadOnlySpan<char> text, string? outletKey, Action<int, string> visit)
    {
        text = text[..Math.Min(text.Length, MaxChars)];
        var sink = new NamingSink(visit);
        Extract(text, outletKey, ref sink);
    }

    private interface IFeatureSink
    {
        void Add(ulong hash, char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second);
    }

    private ref struct BucketSink(Span<int> into) : IFeatureSink
    {
        private readonly Span<int> _into = into;

        public int Count { get; private set; }

        public void Add(ulong hash, char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second) =>
            _into[Count++] = (int)(hash >> (64 - Bits));
    }

    private readonly struct NamingSink(Action<int, string> visit) : IFeatureSink
    {
        public void Add(ulong hash, char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        {
            static string Word(ReadOnlySpan<char> w) => w.Length == 1 && w[0] == OutletToken ? "<outlet>" : w.ToString();
            string name = kind switch
            {
                'u' => $"\"{Word(first)}\"",
                'b' => $"\"{Word(first)} {Word(second)}\"",
                'f' => $"opens \"{Word(first)}\"",
                'g' => $"opens \"{Word(first)} {Word(second)}\"",
                'l' => "length",
                'q' => "quotation",
                _ => "bias",
            };
            visit((int)(hash >> (64 - Bits)), name);
        }
    }

    private static ulong Hash(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
    {
        const ulong Prime = 1099511628211;
        ulong h = 14695981039346656037;
        h = (h ^ kind) * Prime;
        foreach (char c in first)
        {
            h = (h ^ c) * Prime;
        }

        if (pair)
        {
            h = (h ^ Joint) * Prime;
            foreach (char c in second)
            {
                h = (h ^ c) * Prime;
            }
        }

        // FNV-1a's last steps reach only the high bits weakly (the weights are picked by the top 20 bits), so the hash is
        // finished with MurmurHash3's 64-bit mix: without it "our" and "out", or "sign up" and "sign us", shared a weight.
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCD;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53;
        h ^= h >> 33;
        return h;
    }

    private static void Emit<TSink>(ref TSink sink, char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second, bool pair)
        where TSink : IFeatureSink, allows ref struct =>
        sink.Add(Hash(kind, first, second, pair), kind, first, second);

    private static void Extract<TSink>(ReadOnlySpan<char> text, string? outletKey, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        char[] chars = ArrayPool<char>.Shared.Rent(text.Length + 1);
        int[] bounds = ArrayPool<int>.Shared.Rent((2 * text.Length) + 2);
        try
        {
            int tokens = Tokenize(text, chars, bounds, out bool quoted);
            FoldCurrencyCodes(chars, bounds, tokens);
            tokens = MarkOutlet(chars, bounds, tokens, outletKey);
            ReadOnlySpan<char> Token(int i) => chars.AsSpan(bounds[2 * i], bounds[(2 * i) + 1]);
            for (int i = 0; i < tokens; i++)
            {
                Emit(ref sink, 'u', Token(i), default, pair: false);
                if (i + 1 < tokens)
                {
                    Emit(ref sink, 'b', Token(i), Token(i + 1), pair: true);
                }
            }

            if (tokens > 0)
            {
                Emit(ref sink, 'f', Token(0), default, pair: false);
            }

            if (tokens > 1)
            {
                Emit(ref sink, 'g', Token(0), Token(1), pair: true);
            }

            int length = tokens < 8 ? 0 : tokens < 20 ? 1 : tokens < 40 ? 2 : 3;
            Emit(ref sink, 'l', "0123".AsSpan(length, 1), default, pair: false);
            if (quoted)
            {
                Emit(ref sink, 'q', default, default, pair: false);
            }

            Emit(ref sink, 'z', default, default, pair: false);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    /// <summary>
    /// Splits text into lower-cased words (apostrophes dropped, so normalized and typographic text agree), numbers
    /// (each written as <c>0</c>), currency signs (each <c>$</c>) and percent signs; writes their characters into
    /// <paramref name="chars"/> and (start, length) pairs into <paramref name="bounds"/>.
    /// </summary>
    private static int Tokenize(ReadOnlySpan<char> text, Span<char> chars, Span<int> bounds, out bool quoted)
    {
        quoted = false;
        int written = 0;
        int tokens = 0;
        int start = -1; // start of the open word token, or -1
        bool inNumber = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (AppealAnalyzer.IsApostrophe(c))
            {
                continue;
            }

            if (char.IsLetter(c))
            {
                if (inNumber)
                {
                    inNumber = false;
                }

                if (start < 0)
                {
                    start = written;
                }

                chars[written++] = char.ToLowerInvariant(c);
                continue;
            }

            if (start >= 0)
            {
                bounds[2 * tokens] = start;
                bounds[(2 * tokens) + 1] = written - start;
                tokens++;
                start = -1;
            }

            if (char.IsAsciiDigit(c))
            {
                if (!inNumber)
                {
                    bounds[2 * tokens] = written;
                    bounds[(2 * tokens) + 1] = 1;
                    chars[written++] = '0';
                    tokens++;
                    inNumber = true;
                }

                continue;
            }

            if (inNumber && c is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                continue;
            }

            inNumber = false;
            char single = c switch
            {
                '$' or '£' or '€' or '¥' or '₹' or '₦' or '₱' or '₩' => '$',
                '%' => '%',
                _ => '\0',
            };
            if (single != '\0')
            {
                bounds[2 * tokens] = written;
                bounds[(2 * tokens) + 1] = 1;
                chars[written++] = single;
                tokens++;
            }
            else if (c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB')
            {
                quoted = true;
            }
        }

        if (start >= 0)
        {
            bounds[2 * tokens] = start;
            bounds[(2 * tokens) + 1] = written - start;
            tokens++;
        }

        return tokens;
    }

    /// <summary>Writes the currency codes that normalized text puts for the signs ("EUR", "GBP") as the sign token.</summary>
    private static void FoldCurrencyCodes(Span<char> chars, Span<int> bounds, int tokens)
    {
        for (int i = 0; i < tokens; i++)
        {
            Span<char> word = chars.Slice(bounds[2 * i], bounds[(2 * i) + 1]);
            if (word is "eur" or "gbp" or "usd")
            {
                word[0] = '$';
                bounds[(2 * i) + 1] = 1;
            }
        }

    }

    /// <summary>Replaces each run of one to five words that spells the outlet's key ("southland", "times") with one token.</summary>
    private static int MarkOutlet(Span<char> chars, Span<int> bounds, int tokens, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return tokens;
        }

        int outCount = 0;
        int i = 0;
        while (i < tokens)
        {
            int matched = 0;
            int offset = 0;
            for (int j = i; j < tokens && j < i + 5; j++)
            {
                ReadOnlySpan<char> word = chars.Slice(bounds[2 * j], bounds[(2 * j) + 1]);
                if (offset + word.Length > key.Length || !word.SequenceEqual(key.AsSpan(offset, word.Length)))
                {
                    break;
                }

                offset += word.Length;
                if (offset == key.Length)
                {
                    matched = j - i + 1;
                    break;
                }
            }

            if (matched > 0)
            {
                int at = bounds[2 * i];
                chars[at] = OutletToken;
                bounds[2 * outCount] = at;
                bounds[(2 * outCount) + 1] = 1;
                i += matched;
            }
            else
            {
                bounds[2 * outCount] = bounds[2 * i];
                bounds[(2 * outCount) + 1] = bounds[(2 * i) + 1];
                i++;
            }

            outCount++;
        }

        return outCount;
    }

    /// <summary>Writes weights as the library ships them: sparse, quantized to 1/1024, deflated.</summary>
    internal static void Write(Stream stream, ReadOnlySpan<float> weights)
    {
        using var body = new MemoryStream();
        Span<byte> number = stackalloc byte[4];
        int count = 0;
        int previous = -1;
        var entries = new MemoryStream();
        for (int i = 0; i < weights.Length; i++)
        {
            double scaled = Math.Round((double)weights[i] * Scale, MidpointRounding.AwayFromZero);
            if (double.IsNaN(scaled) || Math.Abs(scaled) < 10)
            {
                continue; // |weight| < 10/1024 (about 0.01) does not change a decision
            }

            int q = (int)Math.Clamp(scaled, short.MinValue, short.MaxValue);
            WriteVarint(entries, (uint)(i - previous));
            BinaryPrimitives.WriteInt16LittleEndian(number, (short)q);
            entries.Write(number[..2]);
            previous = i;
            count++;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(number, Magic);
        body.Write(number);
        body.WriteByte(Version);
        body.WriteByte(Bits);
        BinaryPrimitives.WriteInt32LittleEndian(number, count);
        body.Write(number);
        entries.Position = 0;
        entries.CopyTo(body);
        using var deflate = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        body.Position = 0;
        body.CopyTo(deflate);
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a model of this version.</exception>
    internal static AppealModel Read(Stream stream)
    {
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var body = new MemoryStream();
        inflate.CopyTo(body);
        ReadOnlySpan<byte> data = body.GetBuffer().AsSpan(0, (int)body.Length);
        if (data.Length < 10 || BinaryPrimitives.ReadUInt32LittleEndian(data) != Magic || data[4] != Version || data[5] != Bits)
        {
            throw new InvalidDataException($"Not an appeal model of version {Version}.");
        }

        int count = BinaryPrimitives.ReadInt32LittleEndian(data[6..]);
        if (count is < 0 or > Size)
        {
            throw new InvalidDataException($"An appeal model holds 0 to {Size} weights, not {count}.");
        }

        var weights = new float[Size];
        int pos = 10;
        long index = -1;
        for (int k = 0; k < count; k++)
        {
            uint delta = ReadVarint(data, ref pos);
            index += delta;
            if (delta == 0 || index >= Size || pos + 2 > data.Length)
            {
                throw new InvalidDataException($"The appeal model is corrupt at weight {k}.");
            }

            weights[index] = BinaryPrimitives.ReadInt16LittleEndian(data[pos..]) / (float)Scale;
            pos += 2;
        }

        if (pos != data.Length)
        {
            throw new InvalidDataException("The appeal model has bytes after its last weight.");
        }

        return new AppealModel(weights);
    }

    private static AppealModel LoadDefault()
    {
        using Stream stream = typeof(AppealModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the assembly.");
        return Read(stream);
    }

    private static void WriteVarint(Stream stream, uint value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    private static uint ReadVarint(ReadOnlySpan<byte> data, ref int pos)
    {
        uint value = 0;
        int shift = 0;
        while (true)
        {
            if (pos >= data.Length || shift > 28)
            {
                throw new InvalidDataException("The appeal model is corrupt (a truncated or overlong number).");
            }

            byte b = data[pos++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }

            shift += 7;
        }
    }
}
