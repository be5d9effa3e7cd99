namespace Oasis.Standards.Air;

/// <summary>
/// One hour's values for the real-time report (unrounded; NaN = missing). Under HJ 633-2026 only the six 1-hour
/// values are used, PM against the daily breakpoints (§4.2.3, §4.2.4). Under HJ 633-2012 (§5.1.3) PM10 and PM2.5
/// are rated by their 24-hour moving means, O3 by both its 1-hour value and its 8-hour moving mean, and SO2 1-hour
/// above 800 µg/m³ falls back to the SO2 24-hour moving mean.
/// </summary>
public readonly record struct RealTimeConcentrations(
    double Pm25,
    double Pm10,
    double So2,
    double No2,
    double Co,
    double O3)
{
    /// <summary>PM2.5 24-hour moving mean (2012 only).</summary>
    public double Pm25MovingDay { get; init; } = double.NaN;

    /// <summary>PM10 24-hour moving mean (2012 only).</summary>
    public double Pm10MovingDay { get; init; } = double.NaN;

    /// <summary>SO2 24-hour moving mean, used when SO2 1-hour exceeds 800 (2012 only).</summary>
    public double So2MovingDay { get; init; } = double.NaN;

    /// <summary>O3 8-hour moving mean (2012 only).</summary>
    public double O3MovingEightHour { get; init; } = double.NaN;

    /// <summary>
    /// Hour <paramref name="hour"/> of a series, with the moving means HJ 633-2012 rates real-time PM and SO2 by:
    /// 24-hour means from ≥ 20 valid hours and the 8-hour O3 mean from ≥ 6 (HJ 663), ending at that hour.
    /// </summary>
    public static RealTimeConcentrations At(HourlySeries series, int hour)
    {
        ArgumentNullException.ThrowIfNull(series);
        return new RealTimeConcentrations(
            series.Of(Pollutant.Pm25)[hour], series.Of(Pollutant.Pm10)[hour], series.Of(Pollutant.So2)[hour],
            series.Of(Pollutant.No2)[hour], series.Of(Pollutant.Co)[hour], series.Of(Pollutant.O3)[hour])
        {
            Pm25MovingDay = Moving(series.Of(Pollutant.Pm25), hour, HourlyAggregation.HoursPerDay, HourlyAggregation.MinHoursForDailyMean),
            Pm10MovingDay = Moving(series.Of(Pollutant.Pm10), hour, HourlyAggregation.HoursPerDay, HourlyAggregation.MinHoursForDailyMean),
            So2MovingDay = Moving(series.Of(Pollutant.So2), hour, HourlyAggregation.HoursPerDay, HourlyAggregation.MinHoursForDailyMean),
            O3MovingEightHour = Moving(series.Of(Pollutant.O3), hour, 8, HourlyAggregation.MinHoursPerWindow),
        };
    }

    private static double Moving(ReadOnlySpan<double> values, int end, int window, int minimum)
    {
        var (sum, n) = (0.0, 0);
        for (var i = Math.Max(0, end - window + 1); i <= end; i++)
        {
            if (HourlyAggregation.IsValid(values[i]))
            {
                sum += values[i];
                n++;
            }
        }

        return n >= minimum ? sum / n : double.NaN;
    }
}

internal static class RealTimeIndex
{
    public static AqiResult Compute(AirStandardEdition edition, in RealTimeConcentrations h, PollutantSet monitored)
    {
        var is2012 = edition == AirStandardEdition.Hj633_2012;
        var pm25 = is2012 ? h.Pm25MovingDay : h.Pm25;
        var pm10 = is2012 ? h.Pm10MovingDay : h.Pm10;
        var so2 = AirQualityIndex.Rate(edition, AqiIndicator.So2Hourly, Pollutant.So2, h.So2);
        if (so2 is null && is2012 && h.So2 > 800)
        {
            so2 = AirQualityIndex.Rate(edition, AqiIndicator.So2Daily, Pollutant.So2, h.So2MovingDay);
        }

        var s = new SubIndices(
            AirQualityIndex.Rate(edition, AqiIndicator.Pm25Daily, Pollutant.Pm25, pm25),
            AirQualityIndex.Rate(edition, AqiIndicator.Pm10Daily, Pollutant.Pm10, pm10),
            so2,
            AirQualityIndex.Rate(edition, AqiIndicator.No2Hourly, Pollutant.No2, h.No2),
            AirQualityIndex.Rate(edition, AqiIndicator.CoHourly, Pollutant.Co, h.Co),
            is2012
                ? AirQualityIndex.Rate(edition, AqiIndicator.O3EightHour, Pollutant.O3, h.O3MovingEightHour)
                : AirQualityIndex.Rate(edition, AqiIndicator.O3Hourly, Pollutant.O3, h.O3),
            is2012 ? AirQualityIndex.Rate(edition, AqiIndicator.O3Hourly, Pollutant.O3, h.O3) : null);

        var missing = PollutantSet.None;
        if (!(pm25 >= 0))
        {
            missing |= PollutantSet.Pm25;
        }

        if (!(pm10 >= 0))
        {
            missing |= PollutantSet.Pm10;
        }

        if (s.So2 is null)
        {
            missing |= PollutantSet.So2;
        }

        if (!(h.No2 >= 0))
        {
            missing |= PollutantSet.No2;
        }

        if (!(h.Co >= 0))
        {
            missing |= PollutantSet.Co;
        }

        if (s.Of(Pollutant.O3) is null)
        {
            missing |= PollutantSet.O3;
        }

        return AqiComposer.Compose(edition, s, missing & monitored);
    }
}
