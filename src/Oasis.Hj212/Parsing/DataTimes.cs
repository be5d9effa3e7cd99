namespace Oasis.Hj212;

/// <summary>
/// DataTime, QN and SystemTime values: <c>YYYYMMDDhhmmss</c>, Beijing time, with a 17-digit
/// variant (milliseconds appended) that real 2005-era devices send and QN uses by definition.
/// </summary>
public static class DataTimes
{
    /// <summary>Reads 14 or 17 digits into a <see cref="DateTime"/> of unspecified kind (Beijing time). Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateTime value)
    {
        value = default;
        if (text.Length is not (14 or 17))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        var year = Digits(text, 0, 4);
        var month = Digits(text, 4, 2);
        var day = Digits(text, 6, 2);
        var hour = Digits(text, 8, 2);
        var minute = Digits(text, 10, 2);
        var second = Digits(text, 12, 2);
        var millisecond = text.Length == 17 ? Digits(text, 14, 3) : 0;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = new DateTime(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>Formats as the 14-digit DataTime.</summary>
    public static string Format(DateTime time) => time.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Formats as the 17-digit QN (milliseconds).</summary>
    public static string FormatQn(DateTime time) => time.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    private static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        var v = 0;
        for (var i = start; i < start + count; i++)
        {
            v = (v * 10) + (text[i] - '0');
        }

        return v;
    }
}
