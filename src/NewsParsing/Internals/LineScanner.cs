using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParsing.Internals;

/// <summary>What <see cref="LineScanner.FindBreak"/> saw in a line besides plain ASCII text.</summary>
[Flags]
internal enum LineBytes
{
    /// <summary>Only bytes 0x01 to 0x7F.</summary>
    PlainAscii = 0,

    /// <summary>At least one byte that needs a closer look: a NUL or a byte of 0x80 and above.</summary>
    Special = 1,

    /// <summary>At least one NUL byte (always with <see cref="Special"/>).</summary>
    Nul = 2,
}

/// <summary>
/// Finds the end of a line and, in the same pass over its bytes, whether the line is plain ASCII text, so that the
/// reader touches each byte once instead of once to split lines and once more to validate them.
/// </summary>
internal static class LineScanner
{
    /// <summary>The first <c>'\n'</c> or <c>'\r'</c> in <paramref name="buffer"/> at or after <paramref name="from"/> and before <paramref name="limit"/>, or -1.</summary>
    /// <param name="buffer">The whole input.</param>
    /// <param name="from">Where the line starts.</param>
    /// <param name="limit">Where to stop looking (at most <c>buffer.Length</c>).</param>
    /// <param name="seen">What the bytes from <paramref name="from"/> to the break (or to <paramref name="limit"/> when there is none) hold.</param>
    public static int FindBreak(ReadOnlySpan<byte> buffer, int from, int limit, out LineBytes seen)
    {
        // Checked in release builds too: the scalar loop below reads without bounds checks.
        if ((uint)from > (uint)limit || (uint)limit > (uint)buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(limit));
        }
        ref byte start = ref MemoryMarshal.GetReference(buffer);
        int i = from;
        bool special = false;
        bool nul = false;

        // Loads may read past the limit (never past the buffer); a break found there is reported as none.
        if (Vector256.IsHardwareAccelerated)
        {
            // Plain lines cost two compares per vector: bytes are OR-ed (a high bit means non-ASCII) and their minimum
            // kept (zero means a NUL); only the vector that holds the break is looked at byte by byte.
            Vector256<byte> any = Vector256<byte>.Zero;
            Vector256<byte> min = Vector256<byte>.AllBitsSet;
            while (i < limit && i <= buffer.Length - Vector256<byte>.Count)
            {
                Vector256<byte> v = Vector256.LoadUnsafe(ref start, (nuint)i);
                Vector256<byte> breaks = Vector256.Equals(v, Vector256.Create((byte)'\n')) | Vector256.Equals(v, Vector256.Create((byte)'\r'));
                if (breaks != Vector256<byte>.Zero)
                {
                    int k = BitOperations.TrailingZeroCount(breaks.ExtractMostSignificantBits());
                    uint before = (1u << k) - 1;
                    bool nulHere = (Vector256.Equals(v, Vector256<byte>.Zero).ExtractMostSignificantBits() & before) != 0;
                    nul |= nulHere || Vector256.Equals(min, Vector256<byte>.Zero) != Vector256<byte>.Zero;
                    special |= nul || (v.ExtractMostSignificantBits() & before) != 0 || any.ExtractMostSignificantBits() != 0;
                    return Found(i + k, limit, special, nul, out seen);
                }

                any |= v;
                min = Vector256.Min(min, v);
                i += Vector256<byte>.Count;
            }

            nul |= Vector256.Equals(min, Vector256<byte>.Zero) != Vector256<byte>.Zero;
            special |= nul || any.ExtractMostSignificantBits() != 0;
        }

        if (Vector128.IsHardwareAccelerated)
        {
            // As above, sixteen bytes at a time (and the rest of a longer input shorter than 32 bytes).
            Vector128<byte> any = Vector128<byte>.Zero;
            Vector128<byte> min = Vector128<byte>.AllBitsSet;
            while (i < limit && i <= buffer.Length - Vector128<byte>.Count)
            {
                Vector128<byte> v = Vector128.LoadUnsafe(ref start, (nuint)i);
                Vector128<byte> breaks = Vector128.Equals(v, Vector128.Create((byte)'\n')) | Vector128.Equals(v, Vector128.Create((byte)'\r'));
                if (breaks != Vector128<byte>.Zero)
                {
                    int k = BitOperations.TrailingZeroCount(breaks.ExtractMostSignificantBits());
                    uint before = (1u << k) - 1;
                    bool nulHere = (Vector128.Equals(v, Vector128<byte>.Zero).ExtractMostSignificantBits() & before) != 0;
                    nul |= nulHere || Vector128.Equals(min, Vector128<byte>.Zero) != Vector128<byte>.Zero;
                    special |= nul || (v.ExtractMostSignificantBits() & before) != 0 || any.ExtractMostSignificantBits() != 0;
                    return Found(i + k, limit, special, nul, out seen);
                }

                any |= v;
                min = Vector128.Min(min, v);
                i += Vector128<byte>.Count;
            }

            nul |= Vector128.Equals(min, Vector128<byte>.Zero) != Vector128<byte>.Zero;
            special |= nul || any.ExtractMostSignificantBits() != 0;
        }

        for (; i < limit; i++)
        {
            byte b = Unsafe.Add(ref start, i);
            if (b is (byte)'\n' or (byte)'\r')
            {
                return Found(i, limit, special, nul, out seen);
            }

            special |= (sbyte)b <= 0;
            nul |= b == 0;
        }

        seen = Seen(special, nul);
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Found(int index, int limit, bool special, bool nul, out LineBytes seen)
    {
        seen = Seen(special, nul);
        return index < limit ? index : -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static LineBytes Seen(bool special, bool nul) =>
        (special ? LineBytes.Special : LineBytes.PlainAscii) | (nul ? LineBytes.Nul : LineBytes.PlainAscii);
}
