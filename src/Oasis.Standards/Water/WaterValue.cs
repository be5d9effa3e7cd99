using System.Globalization;

namespace Oasis.Standards.Water;

/// <summary>
/// A measured value, or "not detected" written <c>0.004L</c> (the laboratory convention: below the detection
/// limit 0.004). Not detected meets class Ⅰ and enters means as half the detection limit (standards/README.md).
/// </summary>
public readonly record struct WaterValue
{
    private WaterValue(decimal value, bool belowDetectionLimit)
    {
        Value = value;
        BelowDetectionLimit = belowDetectionLimit;
    }

    /// <summary>The measured value, or the detection limit when <see cref="BelowDetectionLimit"/>.</summary>
    public decimal Value { get; }

    /// <summary>Not detected: <see cref="Value"/> is the detection limit.</summary>
    public bool BelowDetectionLimit { get; }

    /// <summary>The value a mean takes: half the detection limit when not detected.</summary>
    public decimal ForMean => BelowDetectionLimit ? Value / 2 : Value;

    public static WaterValue Measured(decimal value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return new WaterValue(value, false);
    }

    public static WaterValue NotDetected(decimal detectionLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(detectionLimit);
        return new WaterValue(detectionLimit, true);
    }

    /// <summary>
    /// Parses <c>1.25</c> or <c>0.004L</c> (invariant culture, no exponent, no sign); false for anything else,
    /// a negative value or a detection limit of zero.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out WaterValue value)
    {
        value = default;
        var notDetected = text.Length > 1 && (text[^1] == 'L' || text[^1] == 'l');
        var number = notDetected ? text[..^1] : text;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (notDetected && d == 0)
        {
            return false;
        }

        value = notDetected ? new WaterValue(d, true) : new WaterValue(d, false);
        return true;
    }

    public override string ToString() =>
        Value.ToString(CultureInfo.InvariantCulture) + (BelowDetectionLimit ? "L" : string.Empty);
}
