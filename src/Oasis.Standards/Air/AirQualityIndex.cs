namespace Oasis.Standards.Air;

/// <summary>
/// Individual and overall air-quality indices by HJ 633 (2012 and 2026 editions).
/// IAQI is computed in exact decimal arithmetic and then rounded up; a double formula gets CO 2.2 mg/m³
/// wrong (56 instead of 55).
/// </summary>
public static class AirQualityIndex
{
    /// <summary>IAQI at and above the top breakpoint.</summary>
    public const int Max = 500;

    private static readonly long[] Levels = [0, 50, 100, 150, 200, 300, 400, 500];

    /// <summary>
    /// The IAQI of a (rounded) concentration, or null where the standard computes none: under 2012, SO2 1-hour
    /// above 800 µg/m³ (the 24-hour IAQI is used) and O3 8-hour above 800 µg/m³ (the 1-hour IAQI is used).
    /// Under 2026 these are 200 and 300.
    /// </summary>
    public static int? SubIndex(AirStandardEdition edition, AqiIndicator indicator, decimal concentration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(concentration);
        if (concentration > 800m)
        {
            if (indicator == AqiIndicator.So2Hourly)
            {
                return edition == AirStandardEdition.Hj633_2012 ? null : 200;
            }

            if (indicator == AqiIndicator.O3EightHour)
            {
                return edition == AirStandardEdition.Hj633_2012 ? null : 300;
            }
        }

        var scale = BreakpointTable.ScaleOf(indicator);
        var scaled = concentration * scale;
        if (scaled == decimal.Truncate(scaled) && scaled < long.MaxValue / 1000)
        {
            return SubIndexScaled(edition, indicator, (long)scaled);
        }

        var breakpoints = BreakpointTable.For(edition, indicator);
        var levels = BreakpointTable.IaqiLevels;
        if (breakpoints.Length == levels.Length && concentration >= breakpoints[^1])
        {
            return Max;
        }

        var hi = 1;
        while (concentration > breakpoints[hi])
        {
            hi++;
        }

        var lo = hi - 1;
        // Multiply before dividing: when the exact result is an integer the one division is exact, so the
        // ceiling never lifts an exact 55 to 56.
        var iaqi = levels[lo] + ((levels[hi] - levels[lo]) * (concentration - breakpoints[lo]) / (breakpoints[hi] - breakpoints[lo]));
        return (int)decimal.Ceiling(iaqi);
    }

    /// <summary>
    /// The IAQI of a concentration given in reporting steps (µg/m³, or 0.1 mg/m³ for CO): the same formula in exact
    /// integer arithmetic, a ceiling division. This is what rates reported (rounded) values in the hot path.
    /// </summary>
    internal static int? SubIndexScaled(AirStandardEdition edition, AqiIndicator indicator, long concentration)
    {
        if (concentration > 800 && indicator is AqiIndicator.So2Hourly or AqiIndicator.O3EightHour)
        {
            return edition == AirStandardEdition.Hj633_2012 ? null : indicator == AqiIndicator.So2Hourly ? 200 : 300;
        }

        var breakpoints = BreakpointTable.ScaledFor(edition, indicator);
        if (breakpoints.Length == Levels.Length && concentration >= breakpoints[^1])
        {
            return Max;
        }

        var hi = 1;
        while (concentration > breakpoints[hi])
        {
            hi++;
        }

        var lo = hi - 1;
        var numerator = (Levels[hi] - Levels[lo]) * (concentration - breakpoints[lo]);
        var denominator = breakpoints[hi] - breakpoints[lo];
        return (int)(Levels[lo] + ((numerator + denominator - 1) / denominator));
    }

    /// <summary>
    /// The daily AQI of one station or city day from its unrounded daily values: each value is rounded by
    /// GB/T 8170, rated against the daily breakpoints, and combined by the edition's rules.
    /// </summary>
    /// <param name="monitored">The station's monitoring plan; a pollutant outside it does not count as missing (2026 §5.3.2).</param>
    public static AqiResult Daily(AirStandardEdition edition, in DailyConcentrations day, PollutantSet monitored = PollutantSet.All)
    {
        var s = new SubIndices(
            Rate(edition, AqiIndicator.Pm25Daily, Pollutant.Pm25, day.Pm25),
            Rate(edition, AqiIndicator.Pm10Daily, Pollutant.Pm10, day.Pm10),
            Rate(edition, AqiIndicator.So2Daily, Pollutant.So2, day.So2),
            Rate(edition, AqiIndicator.No2Daily, Pollutant.No2, day.No2),
            Rate(edition, AqiIndicator.CoDaily, Pollutant.Co, day.Co),
            Rate(edition, AqiIndicator.O3EightHour, Pollutant.O3, day.O3Max8h),
            edition == AirStandardEdition.Hj633_2012 ? Rate(edition, AqiIndicator.O3Hourly, Pollutant.O3, day.O3Max1h) : null);

        var missing = PollutantSet.None;
        Miss(ref missing, Pollutant.Pm25, day.Pm25);
        Miss(ref missing, Pollutant.Pm10, day.Pm10);
        Miss(ref missing, Pollutant.So2, day.So2);
        Miss(ref missing, Pollutant.No2, day.No2);
        Miss(ref missing, Pollutant.Co, day.Co);
        if (!(day.O3Max8h >= 0) && !(edition == AirStandardEdition.Hj633_2012 && day.O3Max1h >= 0))
        {
            missing |= PollutantSet.O3;
        }

        // Dust-deducted particulate data stay out of the "missing" test, so the day keeps its place in the ratios.
        missing &= monitored & ~day.DustDeducted;
        return AqiComposer.Compose(edition, s, missing);
    }

    /// <summary>The real-time (hourly) AQI from one hour's values; see <see cref="RealTimeConcentrations"/>.</summary>
    public static AqiResult RealTime(AirStandardEdition edition, in RealTimeConcentrations hour, PollutantSet monitored = PollutantSet.All) =>
        RealTimeIndex.Compute(edition, hour, monitored);

    internal static int? Rate(AirStandardEdition edition, AqiIndicator indicator, Pollutant pollutant, double value) =>
        value >= 0 ? SubIndexScaled(edition, indicator, GbT8170.RoundScaled(value, GbT8170.DecimalsOf(pollutant))) : null;

    private static void Miss(ref PollutantSet missing, Pollutant pollutant, double value)
    {
        if (!(value >= 0))
        {
            missing |= pollutant.ToSet();
        }
    }
}
