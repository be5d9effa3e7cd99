using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>A station's or the city's rated days over a period; <see cref="Present"/> marks days that had any hour.</summary>
internal sealed record RatedDays(string Name, DailyAirQuality[] Days, bool[] Present);

/// <summary>
/// Turns the merged hourly layer into rated days with the standards engine (one engine: every rule lives in
/// Oasis.Standards; this class only gathers the hours and hands them over, as <c>oasis air</c> does).
/// </summary>
internal static class AirFigures
{
    public const string City = "city";

    public static Task<RatedDays> StationAsync(OasisDb db, string station, DateOnly from, DateOnly to, EditionChoice choice, CancellationToken ct) =>
        StationAsync(db, station, from, to, choice, null, ct);

    /// <summary>A station's days; the PM hours <paramref name="dust"/> covers are deducted by the engine (decision 0104) when given.</summary>
    public static async Task<RatedDays> StationAsync(OasisDb db, string station, DateOnly from, DateOnly to, EditionChoice choice,
        IReadOnlyList<DustPeriod>? dust, CancellationToken ct)
    {
        var hours = await AirHourlyLayer.LoadAsync(db, station, from, to, ct).ConfigureAwait(false);
        var flags = dust is null ? default : DustDeduction.HoursFor(hours.Series, station, dust);
        return new RatedDays(station, DailyAirQuality.EvaluateSeries(hours.Series, choice, flags), hours.Present);
    }

    /// <summary>
    /// The city's days: per indicator the mean of the evaluation stations' unrounded valid daily values, valid when
    /// ≥ 75 % of all evaluation stations are (a station without hours that day counts as invalid), then rated.
    /// </summary>
    public static Task<RatedDays> CityAsync(OasisDb db, DateOnly from, DateOnly to, EditionChoice choice, CancellationToken ct) =>
        CityAsync(db, from, to, choice, null, ct);

    /// <summary>The city's days, each station's dust hours deducted first when <paramref name="dust"/> is given.</summary>
    public static async Task<RatedDays> CityAsync(OasisDb db, DateOnly from, DateOnly to, EditionChoice choice, IReadOnlyList<DustPeriod>? dust, CancellationToken ct)
    {
        var codes = await db.Stations.AsNoTracking().Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind)).OrderBy(s => s.Code).Select(s => s.Code)
            .ToListAsync(ct).ConfigureAwait(false);
        var count = to.DayNumber - from.DayNumber + 1;
        var days = new DailyAirQuality[count];
        var present = new bool[count];
        if (codes.Count == 0)
        {
            for (var d = 0; d < count; d++)
            {
                days[d] = DailyAirQuality.Evaluate(from.AddDays(d), DailyConcentrations.Empty, choice);
            }

            return new RatedDays(City, days, present);
        }

        var stations = new List<RatedDays>(codes.Count);
        foreach (var code in codes)
        {
            stations.Add(await StationAsync(db, code, from, to, choice, dust, ct).ConfigureAwait(false));
        }

        var buffer = new DailyConcentrations[stations.Count];
        for (var d = 0; d < count; d++)
        {
            var n = 0;
            foreach (var station in stations)
            {
                if (station.Present[d])
                {
                    buffer[n++] = station.Days[d].Concentrations;
                }
            }

            present[d] = n > 0;
            var concentrations = n > 0 ? CityAggregation.Combine(buffer.AsSpan(0, n), stations.Count) : DailyConcentrations.Empty;
            days[d] = DailyAirQuality.Evaluate(from.AddDays(d), concentrations, choice);
        }

        return new RatedDays(City, days, present);
    }
}
