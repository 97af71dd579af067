namespace NewsParsing.Internals;

/// <summary>Validates and parses <c>yyyyMMdd</c> (and, when lenient, <c>yyyy-MM-dd</c>) dates on UTF-8 bytes.</summary>
internal static class DateText
{
    public static string Expected(bool lenient) => lenient ? "yyyyMMdd or yyyy-MM-dd" : "yyyyMMdd";

    public static bool IsValid(ReadOnlySpan<byte> value, bool lenient) => TryParse(value, lenient, out _);

    public static DateOnly Parse(ReadOnlySpan<byte> value) =>
        TryParse(value, lenient: true, out DateOnly date) ? date : throw new FormatException("The value is not a date as yyyyMMdd or yyyy-MM-dd.");

    public static bool TryParse(ReadOnlySpan<byte> value, bool lenient, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (value.Length == 8)
        {
            if (!Digits(value[..4], out year) || !Digits(value.Slice(4, 2), out month) || !Digits(value.Slice(6, 2), out day))
            {
                return false;
            }
        }
        else if (lenient && value.Length == 10 && value[4] == '-' && value[7] == '-')
        {
            if (!Digits(value[..4], out year) || !Digits(value.Slice(5, 2), out month) || !Digits(value.Slice(8, 2), out day))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> span, out int value)
    {
        value = 0;
        foreach (byte b in span)
        {
            uint digit = (uint)(b - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + (int)digit;
        }

        return true;
    }
}
