using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Standards.Air;

using Oasis.Monitoring.Stations;
using Oasis.Platform.Time;

namespace Oasis.Air;

/// <summary>An evaluation station's real-time AQI in the hour the public page shows (its name only: nothing internal).</summary>
internal sealed record PublicStationNow(string Name, AqiResult Aqi);

/// <summary>The city's figures of today up to the shown hour: the mean of the city's hourly values, not a daily value.</summary>
internal sealed record PublicToday(int Hours, decimal?[] Means, int? MaxAqi);

/// <summary>
/// 实时空气质量 for the public page: the latest hour that has a city value, rated by the engine's real-time AQI in the
/// edition in force that hour, with each evaluation station's value and today's figures so far.
/// </summary>
internal sealed record PublicAirNow(DateTime HourStart, AirStandardEdition Edition, AqiResult City, decimal?[] Concentrations,
    IReadOnlyList<PublicStationNow> Stations, PublicToday Today);

/// <summary>
/// The city's hourly value is, per pollutant, the mean of the evaluation stations' hourly values, valid when ≥ 75 %
/// of them have one — the 75 % rule of the city's daily values, applied to the hour.
/// </summary>
internal static class PublicAirQuality
{
    private const int H = 24;
    private static readonly TimeSpan Beijing = BeijingTime.Offset;

    /// <summary>The latest rated hour of today or yesterday (Beijing time), or null when no hour has a city value.</summary>
    public static async Task<PublicAirNow?> LoadAsync(OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToOffset(Beijing).DateTime;
        var today = DateOnly.FromDateTime(now);
        var from = today.AddDays(-1);
        var stations = await db.Stations.AsNoTracking().Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind))
            .OrderBy(s => s.Code).Select(s => new { s.Code, s.Name }).ToListAsync(ct).ConfigureAwait(false);
        if (stations.Count == 0)
        {
            return null;
        }

        var series = new HourlySeries[stations.Count];
        for (var s = 0; s < stations.Count; s++)
        {
            series[s] = (await AirHourlyLayer.LoadAsync(db, stations[s].Code, from, today, ct).ConfigureAwait(false)).Series;
        }

        var city = CityAggregation.CombineHours(series, from, 2);
        for (var i = H + now.Hour; i >= 0; i--)
        {
            var rated = Rate(city, i);
            if (rated.Aqi is null)
            {
                continue;
            }

            var hourStart = from.ToDateTime(TimeOnly.MinValue).AddHours(i);
            var perStation = new List<PublicStationNow>(stations.Count);
            for (var s = 0; s < stations.Count; s++)
            {
                perStation.Add(new PublicStationNow(stations[s].Name, Rate(series[s], i)));
            }

            return new PublicAirNow(hourStart, EditionSelector.For(DateOnly.FromDateTime(hourStart)), rated, Values(city, i), perStation,
                TodayUpTo(city, i));
        }

        return null;
    }

    /// <summary>The real-time AQI of hour <paramref name="i"/>; the moving means only matter under HJ 633-2012.</summary>
    private static AqiResult Rate(HourlySeries series, int i)
    {
        var edition = EditionSelector.For(series.FirstDay.AddDays(i / H));
        return AirQualityIndex.RealTime(edition, RealTimeConcentrations.At(series, i));
    }

    private static bool IsValid(double value) => value >= 0 && value < double.PositiveInfinity;

    private static decimal?[] Values(HourlySeries series, int i)
    {
        var values = new decimal?[Pollutants.Count];
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            values[(int)p] = GbT8170.RoundConcentration(p, series.Of(p)[i]);
        }

        return values;
    }

    private static PublicToday TodayUpTo(HourlySeries city, int last)
    {
        var means = new decimal?[Pollutants.Count];
        for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
        {
            var values = city.Of(p);
            var (sum, n) = (0.0, 0);
            for (var i = H; i <= last; i++)
            {
                if (IsValid(values[i]))
                {
                    sum += values[i];
                    n++;
                }
            }

            means[(int)p] = n > 0 ? GbT8170.RoundConcentration(p, sum / n) : null;
        }

        var (hours, max) = (0, (int?)null);
        for (var i = H; i <= last; i++)
        {
            if (Rate(city, i).Aqi is int aqi)
            {
                hours++;
                max = Math.Max(max ?? 0, aqi);
            }
        }

        return new PublicToday(hours, means, max);
    }
}
