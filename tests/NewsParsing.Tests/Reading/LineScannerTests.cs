using NewsParsing.Internals;

namespace NewsParsing.Tests.Reading;

public class LineScannerTests
{
    // Bytes that matter to the scanner, plus plain text; weighted towards text so lines run over several vectors.
    private static readonly byte[] Alphabet = [(byte)'a', (byte)'b', (byte)' ', (byte)'.', 0x7F, 0x01, (byte)'\n', (byte)'\r', 0x00, 0xC3, 0xA9, 0xE2, 0x80, 0xFF];

    [Fact]
    public void FindBreak_AgreesWithAByteByByteScan_OnRandomInput()
    {
        var random = new Random(20261129);
        int checkedCases = 0;
        for (int round = 0; round < 4000; round++)
        {
            byte[] buffer = RandomLine(random, random.Next(0, 300));
            int from = random.Next(0, buffer.Length + 1);
            int limit = random.Next(2) == 0 ? buffer.Length : random.Next(from, buffer.Length + 1);

            int index = LineScanner.FindBreak(buffer, from, limit, out LineBytes seen);

            (int expectedIndex, LineBytes expectedSeen) = Reference(buffer, from, limit);
            index.Should().Be(expectedIndex, "buffer {0}, from {1}, limit {2}", Convert.ToHexString(buffer), from, limit);
            if (expectedIndex >= 0 || limit == buffer.Length)
            {
                // Without a break before the limit, what lies past it may have been seen too; the reader then reports a
                // line that is too long and does not look at it.
                seen.Should().Be(expectedSeen, "buffer {0}, from {1}, limit {2}", Convert.ToHexString(buffer), from, limit);
                checkedCases++;
            }
        }

        checkedCases.Should().BeGreaterThan(2000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(100)]
    public void FindBreak_SeesASpecialByteInAnyPosition_AndNotOneAfterTheBreak(int position)
    {
        foreach (byte special in new byte[] { 0x00, 0x80, 0xC3, 0xFF })
        {
            byte[] line = [.. Enumerable.Repeat((byte)'x', 200)];
            line[position] = special;
            line[150] = (byte)'\n';
            LineBytes expected = special == 0 ? LineBytes.Special | LineBytes.Nul : LineBytes.Special;

            LineScanner.FindBreak(line, 0, line.Length, out LineBytes seen).Should().Be(150);
            seen.Should().Be(expected, "byte 0x{0:X2} at {1}", special, position);

            // The same byte after the break belongs to the next line.
            line[position] = (byte)'x';
            line[Math.Min(151 + position, 199)] = special;
            LineScanner.FindBreak(line, 0, line.Length, out seen).Should().Be(150);
            seen.Should().Be(LineBytes.PlainAscii);
        }
    }

    [Fact]
    public void FindBreak_ABreakAtOrPastTheLimit_IsNone()
    {
        byte[] line = [.. Enumerable.Repeat((byte)'x', 100)];
        line[70] = (byte)'\r';

        LineScanner.FindBreak(line, 0, 71, out _).Should().Be(70);
        LineScanner.FindBreak(line, 0, 70, out _).Should().Be(-1);
        LineScanner.FindBreak(line, 71, 100, out LineBytes seen).Should().Be(-1);
        seen.Should().Be(LineBytes.PlainAscii);
    }

    private static byte[] RandomLine(Random random, int length)
    {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            // Mostly text: specials about one byte in 40, breaks about one in 60.
            int pick = random.Next(100);
            bytes[i] = pick < 95 ? Alphabet[random.Next(5)] : Alphabet[random.Next(Alphabet.Length)];
        }

        return bytes;
    }

    private static (int Index, LineBytes Seen) Reference(byte[] buffer, int from, int limit)
    {
        LineBytes seen = LineBytes.PlainAscii;
        for (int i = from; i < limit; i++)
        {
            byte b = buffer[i];
            if (b is (byte)'\n' or (byte)'\r')
            {
                return (i, seen);
            }

            if (b == 0)
            {
                seen |= LineBytes.Special | LineBytes.Nul;
            }
            else if (b >= 0x80)
            {
                seen |= LineBytes.Special;
            }
        }

        return (-1, seen);
    }
}
