using Oasis.Standards.Air;

namespace Oasis.Benchmarks.Air;

/// <summary>The baseline: the same evaluation written the obvious way, with LINQ and a list per day.</summary>
internal static class LinqAnnualEvaluation
{
    private static readonly (Pollutant Pollutant, AqiIndicator Indicator, int Decimals)[] Means =
    [
        (Pollutant.Pm25, AqiIndicator.Pm25Daily, 0),
        (Pollutant.Pm10, AqiIndicator.Pm10Daily, 0),
        (Pollutant.So2, AqiIndicator.So2Daily, 0),
        (Pollutant.No2, AqiIndicator.No2Daily, 0),
        (Pollutant.Co, AqiIndicator.CoDaily, 1),
    ];

    /// <summary>The comprehensive index plus the good-day ratio, so both figures are computed.</summary>
    public static decimal CompositeIndexPlusGoodRatio(HourlySeries series)
    {
        var days = Enumerable.Range(0, series.Days).Select(d =>
        {
            var means = Means.ToDictionary(m => m.Pollutant, m =>
            {
                var valid = series.Day(m.Pollutant, d).ToArray().Where(v => v >= 0).ToList();
                return valid.Count >= 20 ? (double?)valid.Average() : null;
            });
            var o3 = series.Day(Pollutant.O3, d).ToArray();
            var windows = Enumerable.Range(0, 17).Select(s => o3.Skip(s).Take(8).Where(v => v >= 0).ToList()).Where(w => w.Count >= 6).Select(w => w.Average()).ToList();
            means[Pollutant.O3] = windows.Count >= 14 ? windows.Max() : null;
            var iaqi = Means.Where(m => means[m.Pollutant] is not null)
                .Select(m => AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2012, m.Indicator, Math.Round((decimal)means[m.Pollutant]!.Value, m.Decimals, MidpointRounding.ToEven)))
                .Append(means[Pollutant.O3] is double o ? AirQualityIndex.SubIndex(AirStandardEdition.Hj633_2012, AqiIndicator.O3EightHour, Math.Round((decimal)o, 0, MidpointRounding.ToEven)) : null)
                .Where(i => i is not null).ToList();
            return (Means: means, Aqi: iaqi.Count == 0 ? null : iaqi.Max());
        }).ToList();

        decimal Mean(Pollutant p) => Math.Round((decimal)days.Where(d => d.Means[p] is not null).Average(d => d.Means[p]!.Value), 0, MidpointRounding.ToEven);
        decimal Percentile(Pollutant p, int rank, int decimals)
        {
            var sorted = days.Where(d => d.Means[p] is not null).Select(d => d.Means[p]!.Value).OrderBy(v => v).ToList();
            var k = 1 + ((sorted.Count - 1) * rank / 100.0);
            var s = (int)k;
            var value = s >= sorted.Count ? sorted[^1] : sorted[s - 1] + ((sorted[s] - sorted[s - 1]) * (k - s));
            return Math.Round((decimal)value, decimals, MidpointRounding.ToEven);
        }

        var good = days.Count(d => d.Aqi <= 100);
        var limits = AirQualityLimits.Gb3095_2012;
        return Math.Round(
            (Mean(Pollutant.So2) / limits.So2Annual) + (Mean(Pollutant.No2) / limits.No2Annual) +
            (Mean(Pollutant.Pm10) / limits.Pm10Annual) + (Mean(Pollutant.Pm25) / limits.Pm25Annual) +
            (Percentile(Pollutant.Co, 95, 1) / limits.CoDaily) + (Percentile(Pollutant.O3, 90, 0) / limits.O3EightHour),
            2,
            MidpointRounding.ToEven) + Math.Round(good * 100m / days.Count(d => d.Aqi is not null), 1, MidpointRounding.ToEven);
    }
}
