using System.Buffers;

namespace Oasis.Standards.Air;

/// <summary>
/// Period and annual evaluation (HJ 663-2013 statistics under both editions, decision 0103). Hot path: one pass
/// per pollutant over the days, one pooled scratch buffer, no per-value allocation.
/// </summary>
public static class PeriodEvaluation
{
    /// <summary>
    /// The figures of the days for which <paramref name="include"/> is true (all when null). Each day is rated by
    /// its own edition; the comprehensive index uses the limits of <paramref name="indexEdition"/>.
    /// <paramref name="dustDeducted"/> only labels the figures: deduct dust when computing the days.
    /// </summary>
    public static PeriodStatistics Evaluate(ReadOnlySpan<DailyAirQuality> days, AirStandardEdition indexEdition, Func<DateOnly, bool>? include = null, bool dustDeducted = false)
    {
        var scratch = ArrayPool<double>.Shared.Rent(Math.Max(1, days.Length));
        try
        {
            int total = 0, valid = 0, good = 0, heavy = 0;
            foreach (ref readonly var day in days)
            {
                if (include is not null && !include(day.Date))
                {
                    continue;
                }

                total++;
                if (day.Aqi.Aqi is int aqi)
                {
                    valid++;
                    good += aqi <= 100 ? 1 : 0;
                    heavy += aqi > 200 ? 1 : 0;
                }
            }

            var pm25 = StatisticsOf(days, Pollutant.Pm25, 95, include, scratch);
            var pm10 = StatisticsOf(days, Pollutant.Pm10, 95, include, scratch);
            var so2 = StatisticsOf(days, Pollutant.So2, 98, include, scratch);
            var no2 = StatisticsOf(days, Pollutant.No2, 98, include, scratch);
            var co = StatisticsOf(days, Pollutant.Co, 95, include, scratch);
            var o3 = StatisticsOf(days, Pollutant.O3, 90, include, scratch);
            return new PeriodStatistics(
                total, valid, good, heavy, Ratio(good, valid), Ratio(heavy, valid),
                pm25, pm10, so2, no2, co, o3,
                CompositeIndex.Compute(AirQualityLimits.For(indexEdition), so2.Mean, no2.Mean, pm10.Mean, pm25.Mean, co.Percentile, o3.Percentile),
                dustDeducted);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// 首要污染物 distribution: for each pollutant (indexed by <see cref="Pollutant"/>), the days with a published AQI
    /// on which it was a primary pollutant (HJ 633: AQI above 50). A day with two primaries counts for both, so the
    /// counts can add up to more than the days with a primary pollutant.
    /// </summary>
    public static int[] PrimaryDays(ReadOnlySpan<DailyAirQuality> days, Func<DateOnly, bool>? include = null)
    {
        var counts = new int[Pollutants.Count];
        foreach (ref readonly var day in days)
        {
            if ((include is not null && !include(day.Date)) || day.Aqi.Aqi is null)
            {
                continue;
            }

            foreach (var pollutant in day.Aqi.PrimaryPollutants.Members())
            {
                counts[(int)pollutant]++;
            }
        }

        return counts;
    }

    /// <summary>A share as a percentage rounded to one decimal (GB/T 8170); null when there is no valid day.</summary>
    public static decimal? Ratio(int count, int validDays) =>
        validDays == 0 ? null : GbT8170.Round(count * 100m / validDays, 1);

    private static PollutantStatistics StatisticsOf(ReadOnlySpan<DailyAirQuality> days, Pollutant pollutant, int p, Func<DateOnly, bool>? include, double[] scratch)
    {
        Span<int> months = stackalloc int[12];
        var n = 0;
        var sum = 0.0;
        var exceedances = 0;
        var decimals = GbT8170.DecimalsOf(pollutant);
        var limit2012 = AirQualityLimits.For(AirStandardEdition.Hj633_2012).ScaledDailyLimit(pollutant);
        var limit2026 = AirQualityLimits.For(AirStandardEdition.Hj633_2026).ScaledDailyLimit(pollutant);
        foreach (ref readonly var day in days)
        {
            var v = day.Concentrations.Of(pollutant);
            if (!(v >= 0) || (include is not null && !include(day.Date)))
            {
                continue;
            }

            scratch[n++] = v;
            sum += v;
            months[day.Date.Month - 1]++;
            if (GbT8170.RoundScaled(v, decimals) > (day.Edition == AirStandardEdition.Hj633_2012 ? limit2012 : limit2026))
            {
                exceedances++;
            }
        }

        if (n == 0)
        {
            return new PollutantStatistics(pollutant, 0, null, p, null, 0, false);
        }

        var mean = GbT8170.Round(GbT8170.ToDecimal(sum / n), decimals);
        var percentile = GbT8170.Round(GbT8170.ToDecimal(HjPercentile.Compute(scratch.AsSpan(0, n), p)), decimals);
        return new PollutantStatistics(pollutant, n, mean, p, percentile, exceedances, AnnualValidity.IsMet(months));
    }
}

/// <summary>
/// 综合指数 (环办〔2014〕64号, unweighted): Σ Ci/Si over the annual means of SO2, NO2, PM10, PM2.5, CO's 95th
/// percentile (Si = 4 mg/m³) and O3-8h's 90th percentile (Si = 160), from the rounded statistics, rounded to two
/// decimals. The weighted ranking variant (PM2.5 ×3, NO2 ×2, O3 ×2) is unverified and offered separately.
/// </summary>
public static class CompositeIndex
{
    public static decimal? Compute(AirQualityLimits limits, decimal? so2, decimal? no2, decimal? pm10, decimal? pm25, decimal? coP95, decimal? o3P90) =>
        Weighted(limits, so2, no2, pm10, pm25, coP95, o3P90, 1m, 1m, 1m);

    /// <summary>The weighted variant reported for HJ 663-2026 rankings (unverified; FACTS.md §2.4).</summary>
    public static decimal? ComputeWeighted(AirQualityLimits limits, decimal? so2, decimal? no2, decimal? pm10, decimal? pm25, decimal? coP95, decimal? o3P90) =>
        Weighted(limits, so2, no2, pm10, pm25, coP95, o3P90, 3m, 2m, 2m);

    private static decimal? Weighted(AirQualityLimits limits, decimal? so2, decimal? no2, decimal? pm10, decimal? pm25, decimal? coP95, decimal? o3P90, decimal pm25Weight, decimal no2Weight, decimal o3Weight)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (so2 is null || no2 is null || pm10 is null || pm25 is null || coP95 is null || o3P90 is null)
        {
            return null;
        }

        var index = (so2.Value / limits.So2Annual) + (no2Weight * no2.Value / limits.No2Annual) +
            (pm10.Value / limits.Pm10Annual) + (pm25Weight * pm25.Value / limits.Pm25Annual) +
            (coP95.Value / limits.CoDaily) + (o3Weight * o3P90.Value / limits.O3EightHour);
        return GbT8170.Round(index, 2);
    }
}
