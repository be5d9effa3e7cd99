using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Monitoring.Stations;
using Oasis.Standards.Air;

namespace Oasis.Forecasting;

/// <summary>
/// The host's own history as the engine reads it: the evaluation stations' merged hourly layer (decision 0501, dust not
/// deducted: the forecast is of what will be measured), rated by the edition in force, with the imported weather when
/// the model uses it.
/// </summary>
internal static class ForecastHistories
{
    /// <summary>The city's evaluation stations, by code.</summary>
    public static Task<List<string>> StationsAsync(OasisDb db, CancellationToken ct) =>
        db.Stations.AsNoTracking().Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind)).OrderBy(s => s.Code).Select(s => s.Code)
            .ToListAsync(ct);

    public static async Task<List<StationHistory>> LoadAsync(OasisDb db, IEnumerable<string> stations, DateOnly from, DateOnly to, WeatherSeries? weather,
        CancellationToken ct)
    {
        var result = new List<StationHistory>();
        foreach (var code in stations)
        {
            var hours = await AirHourlyLayer.LoadAsync(db, code, from, to, ct).ConfigureAwait(false);
            result.Add(StationHistory.From(code, hours.Series, weather, EditionChoice.Auto));
        }

        return result;
    }

    /// <summary>The stations' hourly PM2.5 (the same merged layer) with the weather of the same hours when given, for the hourly model.</summary>
    public static async Task<List<Oasis.Forecast.Hourly.HourlyHistory>> LoadHourlyAsync(OasisDb db, IEnumerable<string> stations, DateOnly from, DateOnly to,
        WeatherSeries? weather, CancellationToken ct)
    {
        var result = new List<Oasis.Forecast.Hourly.HourlyHistory>();
        foreach (var code in stations)
        {
            var hours = await AirHourlyLayer.LoadAsync(db, code, from, to, ct).ConfigureAwait(false);
            result.Add(Oasis.Forecast.Hourly.HourlyHistory.From(code, hours.Series, weather));
        }

        return result;
    }

    /// <summary>Days of [<paramref name="from"/>, <paramref name="to"/>] on which the station has an observed daily AQI.</summary>
    public static int ObservedDays(StationHistory history, DateOnly from, DateOnly to)
    {
        var n = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            n += history.ObservedAqi(day) is null ? 0 : 1;
        }

        return n;
    }
}
