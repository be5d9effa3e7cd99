namespace Oasis.Standards.Air;

/// <summary>
/// The IAQI breakpoints, copied from ../shared/standards/FACTS.md §1.1 (HJ 633-2012 Table 1) and §1.2
/// (HJ 633-2026 Table 3). The two editions differ only in PM10 and PM2.5 at IAQI 100.
/// </summary>
internal static class BreakpointTable
{
    /// <summary>IAQI at each breakpoint row.</summary>
    public static readonly decimal[] IaqiLevels = [0m, 50m, 100m, 150m, 200m, 300m, 400m, 500m];

    private static readonly decimal[] So2Daily = [0m, 50m, 150m, 475m, 800m, 1600m, 2100m, 2620m];
    private static readonly decimal[] So2Hourly = [0m, 150m, 500m, 650m, 800m]; // no rows above 800 (footnote 2 / b)
    private static readonly decimal[] No2Daily = [0m, 40m, 80m, 180m, 280m, 565m, 750m, 940m];
    private static readonly decimal[] No2Hourly = [0m, 100m, 200m, 700m, 1200m, 2340m, 3090m, 3840m];
    private static readonly decimal[] Pm10Daily2012 = [0m, 50m, 150m, 250m, 350m, 420m, 500m, 600m];
    private static readonly decimal[] Pm10Daily2026 = [0m, 50m, 120m, 250m, 350m, 420m, 500m, 600m];
    private static readonly decimal[] CoDaily = [0m, 2m, 4m, 14m, 24m, 36m, 48m, 60m];
    private static readonly decimal[] CoHourly = [0m, 5m, 10m, 35m, 60m, 90m, 120m, 150m];
    private static readonly decimal[] O3Hourly = [0m, 160m, 200m, 300m, 400m, 800m, 1000m, 1200m];
    private static readonly decimal[] O3EightHour = [0m, 100m, 160m, 215m, 265m, 800m]; // no rows above 800 (footnote 3 / c)
    private static readonly decimal[] Pm25Daily2012 = [0m, 35m, 75m, 115m, 150m, 250m, 350m, 500m];
    private static readonly decimal[] Pm25Daily2026 = [0m, 35m, 60m, 115m, 150m, 250m, 350m, 500m];

    private static readonly long[][] Scaled = BuildScaled();

    /// <summary>Reporting steps per unit of a column: CO is reported to 0.1 mg/m³, the others to 1 µg/m³.</summary>
    public static int ScaleOf(AqiIndicator indicator) =>
        indicator is AqiIndicator.CoDaily or AqiIndicator.CoHourly ? 10 : 1;

    /// <summary>The breakpoints of one column in reporting steps (×10 for CO), as integers.</summary>
    public static long[] ScaledFor(AirStandardEdition edition, AqiIndicator indicator) =>
        Scaled[((int)edition * ColumnCount) + (int)indicator];

    private const int ColumnCount = (int)AqiIndicator.Pm25Daily + 1;

    private static long[][] BuildScaled()
    {
        var scaled = new long[2 * ColumnCount][];
        foreach (var edition in new[] { AirStandardEdition.Hj633_2012, AirStandardEdition.Hj633_2026 })
        {
            for (var i = 0; i < ColumnCount; i++)
            {
                var indicator = (AqiIndicator)i;
                scaled[((int)edition * ColumnCount) + i] = [.. For(edition, indicator).Select(b => (long)(b * ScaleOf(indicator)))];
            }
        }

        return scaled;
    }

    /// <summary>The breakpoints of one column; shorter than <see cref="IaqiLevels"/> where the table stops early.</summary>
    public static decimal[] For(AirStandardEdition edition, AqiIndicator indicator) => indicator switch
    {
        AqiIndicator.So2Daily => So2Daily,
        AqiIndicator.So2Hourly => So2Hourly,
        AqiIndicator.No2Daily => No2Daily,
        AqiIndicator.No2Hourly => No2Hourly,
        AqiIndicator.Pm10Daily => edition == AirStandardEdition.Hj633_2012 ? Pm10Daily2012 : Pm10Daily2026,
        AqiIndicator.CoDaily => CoDaily,
        AqiIndicator.CoHourly => CoHourly,
        AqiIndicator.O3Hourly => O3Hourly,
        AqiIndicator.O3EightHour => O3EightHour,
        AqiIndicator.Pm25Daily => edition == AirStandardEdition.Hj633_2012 ? Pm25Daily2012 : Pm25Daily2026,
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };
}
