using System.Globalization;

namespace Oasis.Hj212;

/// <summary>Numbers in CP: N14.2-style decimals (sign allowed); exponents tolerated.</summary>
internal static class CpValues
{
    // 10^0 … 10^22 are exact doubles: mantissa / 10^k is then correctly rounded (Clinger's fast path).
    private static readonly double[] PowersOf10 =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    public static bool TryParseNumber(ReadOnlySpan<byte> text, out double value)
    {
        text = text.Trim((byte)' ');
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        if (TryFastDecimal(text, out value))
        {
            return true;
        }

        var first = text[0];
        if (first is not ((>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'+' or (byte)'.'))
        {
            return false;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>Syntax check without conversion: [+-] digits [. digits] [e [+-] digits], at least one digit.</summary>
    public static bool IsNumber(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
        {
            i++;
        }

        var digits = 0;
        var dot = false;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                digits++;
            }
            else if (c == (byte)'.' && !dot)
            {
                dot = true;
            }
            else
            {
                break;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i == text.Length)
        {
            return true;
        }

        if (text[i] is not ((byte)'e' or (byte)'E'))
        {
            return false;
        }

        i++;
        if (i < text.Length && text[i] is (byte)'+' or (byte)'-')
        {
            i++;
        }

        var expDigits = 0;
        for (; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
        {
            expDigits++;
        }

        return expDigits is > 0 and <= 3 && i == text.Length;
    }

    // Plain decimals with at most 15 significant digits: exact mantissa, one correctly rounded division.
    private static bool TryFastDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == (byte)'-';
            i = 1;
        }

        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                if (++digits > 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (c - '0');
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = scale > 0 ? mantissa / PowersOf10[scale] : mantissa;
        value = negative ? -value : value;
        return true;
    }
}
