namespace Oasis.Standards.Air;

/// <summary>
/// 单项指数 (环办〔2014〕64号): the terms Ci/Si of the comprehensive index, so a view can show each pollutant's share of
/// it. The same statistics and limits as <see cref="CompositeIndex.Compute"/>; unrounded, so the shares add up to 100 %.
/// </summary>
public static class SingleIndices
{
    /// <summary>The six terms in <see cref="Pollutant"/> order (PM2.5, PM10, SO2, NO2, CO, O3); null when any statistic is missing.</summary>
    public static decimal[]? Compute(AirQualityLimits limits, decimal? so2, decimal? no2, decimal? pm10, decimal? pm25, decimal? coP95, decimal? o3P90)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (so2 is null || no2 is null || pm10 is null || pm25 is null || coP95 is null || o3P90 is null)
        {
            return null;
        }

        return [pm25.Value / limits.Pm25Annual, pm10.Value / limits.Pm10Annual, so2.Value / limits.So2Annual, no2.Value / limits.No2Annual,
            coP95.Value / limits.CoDaily, o3P90.Value / limits.O3EightHour];
    }
}

/// <summary>
/// Concentration classes for hourly values (pollution rose): the concentrations at IAQI 50, 100, 150, 200 and 300 of
/// the HJ 633 column an hourly value is read against — the 1-hour column for SO2, NO2, CO and O3, the 24-hour column
/// for PM10 and PM2.5 (the table has no 1-hour PM column). A value equal to a bound belongs to the lower class.
/// </summary>
public static class HourlyClasses
{
    /// <summary>The upper bounds of the classes below the last (SO2's 1-hour column stops at IAQI 200: four bounds).</summary>
    public static decimal[] Bounds(AirStandardEdition edition, Pollutant pollutant)
    {
        var column = BreakpointTable.For(edition, pollutant switch
        {
            Pollutant.Pm25 => AqiIndicator.Pm25Daily,
            Pollutant.Pm10 => AqiIndicator.Pm10Daily,
            Pollutant.So2 => AqiIndicator.So2Hourly,
            Pollutant.No2 => AqiIndicator.No2Hourly,
            Pollutant.Co => AqiIndicator.CoHourly,
            Pollutant.O3 => AqiIndicator.O3Hourly,
            _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
        });
        return column[1..Math.Min(column.Length, 6)];
    }

    /// <summary>The class of a value: the number of bounds it exceeds.</summary>
    public static int Of(double value, decimal[] bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        var c = 0;
        while (c < bounds.Length && value > (double)bounds[c])
        {
            c++;
        }

        return c;
    }
}
