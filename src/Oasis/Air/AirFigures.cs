using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>A station's or the city's rated days over a period; <see cref="Present"/> marks days that had any hour.</summary>
internal sealed record RatedDays(string Name, DailyAirQuality[] Days, bool[] Present)
{
    /// <summary>A station's valid hours per day and pollutant (in <see cref="Pollutant"/> order); null for the city.</summary>
    public byte[]?[]? ValidHours { get; init; }

    /// <summary>The city's stations with data per day; null for a station.</summary>
    public int[]? Stations { get; init; }

    /// <summary>Day <paramref name="d"/>'s valid hours by report code, or null.</summary>
    public Dictionary<string, int>? ValidHoursOf(int d) => ValidHours?[d] is { } hours
        ? PollutantSet.All.Members().ToDictionary(p => p.Code(), p => (int)hours[(int)p], StringComparer.Ordinal)
        : null;
}

/// <summary>
/// Rates days with the standards engine from the stored daily values (<c>air_daily</c>, decision 0507), which the
/// aggregation computes by the same engine from the merged hourly layer. Days a dust period touches are computed from
/// their hours here, because deduction is chosen per figure. Every rule lives in Oasis.Standards; this class only
/// gathers the values and hands them over, as <c>oasis air</c> does.
/// </summary>
internal static class AirFigures
{
    public const string City = "city";

    public static Task<RatedDays> StationAsync(AirDailyStore store, OasisDb db, string station, DateOnly from, DateOnly to, EditionChoice choice, CancellationToken ct) =>
        StationAsync(store, db, station, from, to, choice, null, AirDataStatus.Reviewed, ct);

    /// <summary>A station's days in one data status; the PM hours <paramref name="dust"/> covers are deducted by the engine (decision 0104) when given.</summary>
    public static async Task<RatedDays> StationAsync(AirDailyStore store, OasisDb db, string station, DateOnly from, DateOnly to, EditionChoice choice,
        IReadOnlyList<DustPeriod>? dust, string status, CancellationToken ct)
    {
        var values = (await DaysAsync(store, db, [station], from, to, dust, status, ct).ConfigureAwait(false))[station];
        var days = new DailyAirQuality[values.Days.Length];
        for (var d = 0; d < days.Length; d++)
        {
            days[d] = DailyAirQuality.Evaluate(from.AddDays(d), values.Days[d], choice);
        }

        return new RatedDays(station, days, values.Present) { ValidHours = values.Valid };
    }

    /// <summary>Several stations' days from one read; no day is combined across stations.</summary>
    public static async Task<List<(string Station, DailyConcentrations[] Days, bool[] Present)>> StationsAsync(AirDailyStore store, OasisDb db,
        IReadOnlyList<string> codes, DateOnly from, DateOnly to, IReadOnlyList<DustPeriod>? dust, string status, CancellationToken ct)
    {
        var byCode = await DaysAsync(store, db, codes, from, to, dust, status, ct).ConfigureAwait(false);
        return [.. codes.Select(c => (c, byCode[c].Days, byCode[c].Present))];
    }

    public static Task<RatedDays> CityAsync(AirDailyStore store, OasisDb db, DateOnly from, DateOnly to, EditionChoice choice, CancellationToken ct) =>
        CityAsync(store, db, from, to, choice, null, AirDataStatus.Reviewed, ct);

    /// <summary>
    /// The city's days: per indicator the mean of the evaluation stations' unrounded valid daily values, valid when
    /// ≥ 75 % of all evaluation stations are (a station without hours that day counts as invalid), then rated; each
    /// station's dust hours deducted first when <paramref name="dust"/> is given.
    /// </summary>
    public static async Task<RatedDays> CityAsync(AirDailyStore store, OasisDb db, DateOnly from, DateOnly to, EditionChoice choice,
        IReadOnlyList<DustPeriod>? dust, string status, CancellationToken ct)
    {
        var codes = await db.Stations.AsNoTracking().Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind)).OrderBy(s => s.Code).Select(s => s.Code)
            .ToListAsync(ct).ConfigureAwait(false);
        var count = to.DayNumber - from.DayNumber + 1;
        var days = new DailyAirQuality[count];
        var present = new bool[count];
        var byCode = await DaysAsync(store, db, codes, from, to, dust, status, ct).ConfigureAwait(false);
        var stations = codes.Select(c => byCode[c]).ToList();
        var buffer = new DailyConcentrations[stations.Count];
        var counts = new int[count];
        for (var d = 0; d < count; d++)
        {
            var n = 0;
            foreach (var station in stations)
            {
                if (station.Present[d])
                {
                    buffer[n++] = station.Days[d];
                }
            }

            present[d] = n > 0;
            counts[d] = n;
            var concentrations = n > 0 ? CityAggregation.Combine(buffer.AsSpan(0, n), stations.Count) : DailyConcentrations.Empty;
            days[d] = DailyAirQuality.Evaluate(from.AddDays(d), concentrations, choice);
        }

        return new RatedDays(City, days, present) { Stations = counts };
    }

    private sealed record StationDays(DailyConcentrations[] Days, bool[] Present, byte[]?[] Valid);

    /// <summary>Each station's daily values from..to: the stored rows, with the days a dust period touches computed from their hours.</summary>
    private static async Task<Dictionary<string, StationDays>> DaysAsync(AirDailyStore store, OasisDb db, IReadOnlyList<string> codes, DateOnly from, DateOnly to,
        IReadOnlyList<DustPeriod>? dust, string status, CancellationToken ct)
    {
        var count = to.DayNumber - from.DayNumber + 1;
        var result = new Dictionary<string, StationDays>(codes.Count, StringComparer.Ordinal);
        foreach (var code in codes)
        {
            var empty = new DailyConcentrations[count];
            Array.Fill(empty, DailyConcentrations.Empty);
            result[code] = new StationDays(empty, new bool[count], new byte[]?[count]);
        }

        foreach (var row in await store.ReadAsync(db, codes, from, to, status, ct).ConfigureAwait(false))
        {
            var values = result[row.StationCode];
            values.Days[row.Day.DayNumber - from.DayNumber] = row.Concentrations;
            values.Present[row.Day.DayNumber - from.DayNumber] = true;
            values.Valid[row.Day.DayNumber - from.DayNumber] = row.ValidHours;
        }

        if (dust is { Count: > 0 })
        {
            // The flags only read the series' first day and length: one empty series serves every station.
            var shape = new HourlySeries(from, count);
            foreach (var code in codes)
            {
                await DeductAsync(db, code, shape, dust, status, result[code], ct).ConfigureAwait(false);
            }
        }

        return result;
    }

    /// <summary>Recomputes, from their hours, the days of a station that a dust period covers, with those hours flagged.</summary>
    private static async Task DeductAsync(OasisDb db, string code, HourlySeries shape, IReadOnlyList<DustPeriod> dust, string status, StationDays values, CancellationToken ct)
    {
        const int H = HourlySeries.HoursPerDay;
        var (from, count) = (shape.FirstDay, shape.Days);
        var flags = DustDeduction.HoursFor(shape, code, dust);
        for (var d = 0; d < count; d++)
        {
            if (Array.IndexOf(flags, true, d * H, H) < 0)
            {
                continue;
            }

            // A run of touched days is loaded at once.
            var end = d;
            while (end + 1 < count && Array.IndexOf(flags, true, (end + 1) * H, H) >= 0)
            {
                end++;
            }

            var hours = await AirHourlyLayer.LoadAsync(db, code, from.AddDays(d), from.AddDays(end), status, ct).ConfigureAwait(false);
            var s = hours.Series;
            for (var i = 0; i <= end - d; i++)
            {
                values.Days[d + i] = DailyConcentrations.FromHours(s.Day(Pollutant.Pm25, i), s.Day(Pollutant.Pm10, i), s.Day(Pollutant.So2, i),
                    s.Day(Pollutant.No2, i), s.Day(Pollutant.Co, i), s.Day(Pollutant.O3, i), flags.AsSpan((d + i) * H, H));
            }

            d = end;
        }
    }
}
