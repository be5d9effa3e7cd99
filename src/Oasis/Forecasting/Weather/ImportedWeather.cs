using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecast;

namespace Oasis.Forecasting.Weather;

/// <summary>
/// The imported weather as the engine reads it: one city-wide <see cref="WeatherSeries"/> over Beijing days, each hour
/// from the best file that covers it (observed before forecast, then the latest import).
/// </summary>
internal static class ImportedWeather
{
    /// <summary>The weather of [<paramref name="from"/>, <paramref name="to"/>]; with <paramref name="observedOnly"/> (a back-test) no forecast file counts.</summary>
    public static async Task<WeatherSeries> LoadAsync(OasisDb db, DateOnly from, DateOnly to, CancellationToken ct, bool observedOnly = false)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var series = new WeatherSeries(from, days);
        var fromUtc = AirHourlyLayer.ToUtc(from);
        var toUtc = AirHourlyLayer.ToUtc(to.AddDays(1));
        var rows = await (from h in db.Set<WeatherHour>().AsNoTracking()
                          join i in db.Set<WeatherImport>().AsNoTracking() on h.ImportId equals i.Id
                          where h.HourUtc >= fromUtc && h.HourUtc < toUtc && (!observedOnly || i.Kind == WeatherKinds.Observed)
                          select new { Hour = h, Observed = i.Kind == WeatherKinds.Observed })
            .ToListAsync(ct).ConfigureAwait(false);
        var best = new Dictionary<DateTime, (bool Observed, int Import, WeatherHour Hour)>();
        foreach (var row in rows)
        {
            var key = row.Hour.HourUtc;
            if (!best.TryGetValue(key, out var b) || (row.Observed, row.Hour.ImportId).CompareTo((b.Observed, b.Import)) > 0)
            {
                best[key] = (row.Observed, row.Hour.ImportId, row.Hour);
            }
        }

        foreach (var (hourUtc, (_, _, h)) in best)
        {
            var i = (int)(hourUtc - fromUtc).TotalHours;
            series.Temperature[i] = h.Temperature;
            series.DewPoint[i] = h.DewPoint;
            series.Pressure[i] = h.Pressure;
            series.WindSpeed[i] = h.WindSpeed;
            series.WindFrom[i] = h.WindFrom ?? double.NaN;
            series.Rain[i] = h.Precipitation ?? double.NaN;
        }

        return series;
    }

    /// <summary>Days of [<paramref name="from"/>, <paramref name="to"/>] with at least 12 hours of temperature (a day the engine can read).</summary>
    public static int CoveredDays(WeatherSeries series, DateOnly from, DateOnly to)
    {
        var covered = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var start = series.IndexOf(day, 0);
            if (start >= 0 && series.Temperature.AsSpan(start, WeatherSeries.HoursPerDay).ToArray().Count(double.IsFinite) >= 12)
            {
                covered++;
            }
        }

        return covered;
    }
}
