using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Forecasting.Weather;
using Oasis.Monitoring.Readings;

namespace Oasis.Air.Views;

/// <summary>
/// Where the pollution rose finds wind (decisions 0521, 0530): the station's own measured wind — the wind of its imported
/// hours (PRSA wd/WSPM), else its devices' HJ 212 hourly (2061) wind direction a01008 and speed a01007, hour by hour —
/// else the city's imported observed weather (实测, the weather bureau's files); else none.
/// </summary>
internal static class AirWind
{
    public const string Direction = "a01008";
    public const string Speed = "a01007";
    public const string FromStation = "station";
    public const string FromCityWeather = "city-weather";

    /// <summary>A city rose whose stations' wind came from both the stations and the city's weather.</summary>
    public const string Mixed = "mixed";

    /// <summary>Per hour from the first day's 00:00 Beijing time: direction (°, NaN unknown), speed (m/s, NaN unknown), calm as stated by the source.</summary>
    internal sealed record Hours(string Source, double[] From, double[] Speed, bool[] Calm);

    public static async Task<Hours?> LoadAsync(OasisDb db, string station, DateOnly from, DateOnly to, CancellationToken ct) =>
        await StationAsync(db, station, from, to, ct).ConfigureAwait(false) ?? await CityWeatherAsync(db, from, to, ct).ConfigureAwait(false);

    /// <summary>The station's own wind, or null when it has none in the period.</summary>
    public static async Task<Hours?> StationAsync(OasisDb db, string station, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var count = (to.DayNumber - from.DayNumber + 1) * 24;
        var (fromUtc, toUtc) = (AirHourlyLayer.ToUtc(from), AirHourlyLayer.ToUtc(to.AddDays(1)));
        var hours = new Hours(FromStation, Filled(count), Filled(count), new bool[count]);
        var mns = await db.Devices.AsNoTracking().Where(d => d.StationCode == station).Select(d => d.Mn).ToListAsync(ct).ConfigureAwait(false);
        // Hourly (2061) values only: a direction cannot be averaged arithmetically from minute data (350° and 10° are not 180°).
        var readings = mns.Count == 0 ? [] : await db.Readings.AsNoTracking()
            .Where(r => mns.Contains(r.Mn) && !r.Quarantined && r.Cn == "2061" && (r.Factor == Direction || r.Factor == Speed)
                && r.DataTime >= fromUtc && r.DataTime < toUtc && r.Value != null)
            .Select(r => new { r.DataTime, r.Factor, r.Value, r.Flag }).ToListAsync(ct).ConfigureAwait(false);
        var any = false;
        foreach (var r in readings.Where(r => HourlyReadings.IsValidFlag(r.Flag)))
        {
            var i = (int)Math.Floor((r.DataTime - fromUtc).TotalHours);
            (r.Factor == Direction ? hours.From : hours.Speed)[i] = r.Value!.Value;
            any = true;
        }

        // An imported hour with wind replaces the HJ 212 wind of that hour, as imports rank above HJ 212 (decision 0501);
        // the reviewed row's wind first, the real-time row's when the reviewed one has none (wind is not reviewed).
        var imported = await db.AirHours.AsNoTracking()
            .Where(h => h.StationCode == station && h.HourUtc >= fromUtc && h.HourUtc < toUtc && (h.WindFrom != null || h.WindSpeed != null))
            .Select(h => new { h.HourUtc, h.Status, h.WindFrom, h.WindSpeed }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var h in imported.OrderBy(h => h.Status == AirDataStatus.Reviewed))
        {
            var i = (int)Math.Floor((h.HourUtc - fromUtc).TotalHours);
            (hours.From[i], hours.Speed[i]) = (h.WindFrom ?? double.NaN, h.WindSpeed ?? double.NaN);
            any = true;
        }

        return any ? hours : null;
    }

    /// <summary>The observed weather files' hours, the latest import winning; forecasts are not measurements and are left out.</summary>
    public static async Task<Hours?> CityWeatherAsync(OasisDb db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var count = (to.DayNumber - from.DayNumber + 1) * 24;
        var (fromUtc, toUtc) = (AirHourlyLayer.ToUtc(from), AirHourlyLayer.ToUtc(to.AddDays(1)));
        var rows = await (from h in db.Set<WeatherHour>().AsNoTracking()
                          join i in db.Set<WeatherImport>().AsNoTracking() on h.ImportId equals i.Id
                          where i.Kind == WeatherKinds.Observed && h.HourUtc >= fromUtc && h.HourUtc < toUtc
                          orderby h.ImportId
                          select new { h.HourUtc, h.WindFrom, h.WindSpeed })
            .ToListAsync(ct).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return null;
        }

        var hours = new Hours(FromCityWeather, Filled(count), Filled(count), new bool[count]);
        foreach (var r in rows)
        {
            var i = (int)Math.Floor((r.HourUtc - fromUtc).TotalHours);
            hours.From[i] = r.WindFrom ?? double.NaN;
            hours.Speed[i] = r.WindSpeed;
            // A weather file gives no direction for calm (WeatherFile stores it as null).
            hours.Calm[i] = r.WindFrom is null;
        }

        return hours;
    }

    private static double[] Filled(int count)
    {
        var values = new double[count];
        Array.Fill(values, double.NaN);
        return values;
    }
}
