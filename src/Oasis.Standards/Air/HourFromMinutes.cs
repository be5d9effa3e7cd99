namespace Oasis.Standards.Air;

/// <summary>One minute-data record (HJ 212 2051): the minutes it covers, its mean and whether its flag is valid.</summary>
public readonly record struct MinuteRecord(int Minutes, double Value, bool Valid);

/// <summary>
/// An hour derived from minute data when the device's own hourly value (2061) is missing:
/// the time-weighted mean of the valid minute records, valid only with ≥ 45 valid minutes
/// (standards/README.md "Validity"). The 2061 value, when present, is authoritative.
/// </summary>
public static class HourFromMinutes
{
    public const int MinValidMinutes = 45;

    /// <summary>The hourly mean, or NaN when fewer than 45 valid minutes support it.</summary>
    public static double Mean(ReadOnlySpan<MinuteRecord> records, out int validMinutes)
    {
        var minutes = 0;
        var weighted = 0.0;
        foreach (var r in records)
        {
            if (r.Valid && r.Minutes > 0 && HourlyAggregation.IsValid(r.Value))
            {
                minutes += r.Minutes;
                weighted += r.Value * r.Minutes;
            }
        }

        validMinutes = Math.Min(minutes, 60);
        return validMinutes >= MinValidMinutes ? weighted / minutes : double.NaN;
    }
}
