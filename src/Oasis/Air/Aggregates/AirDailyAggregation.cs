using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Stations;

namespace Oasis.Air.Aggregates;

/// <summary>What one catch-up did: station-days computed and stale marks consumed.</summary>
internal readonly record struct AggregationPass(int StationDays, int Marks);

/// <summary>
/// Keeps <c>air_daily</c> current (decision 0507). A pass turns the HJ 212 packets committed since its last read into
/// stale marks, then computes the marked station-days again from the hourly layer — both data statuses from one read —
/// replacing their rows, and deletes exactly the marks it read. A crash anywhere leaves the marks for the next pass;
/// a change committed while a pass computes leaves a new mark. Safe to run from several places at once (the host's
/// worker, a request that needs current figures, the CLI after an import): the result is the same rows.
/// </summary>
internal static class AirDailyAggregation
{
    /// <summary>A station's days are computed a year at a time, to bound memory.</summary>
    private const int ChunkDays = 366;

    private const int MarksPerPass = 20_000;

    /// <summary>Marks <paramref name="station"/>'s days from..to stale, in the caller's unit of work (same transaction as the change).</summary>
    public static void MarkStale(OasisDb db, string station, DateOnly from, DateOnly to) =>
        db.AirDayStale.Add(new AirDayStale { StationCode = station, FromDay = from, ToDay = to });

    /// <summary>Marks the days of a device's readings stale; the device's station is looked up when they are computed.</summary>
    public static void MarkDeviceStale(OasisDb db, string mn, DateOnly from, DateOnly to) =>
        db.AirDayStale.Add(new AirDayStale { Mn = mn, FromDay = from, ToDay = to });

    /// <summary>Runs passes until nothing is stale; returns what they did together.</summary>
    public static async Task<AggregationPass> CatchUpAsync(OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var total = new AggregationPass(0, 0);
        while (true)
        {
            await AirPacketMarks.ReadAsync(db, ct).ConfigureAwait(false);
            var pass = await PassAsync(db, clock, ct).ConfigureAwait(false);
            total = new AggregationPass(total.StationDays + pass.StationDays, total.Marks + pass.Marks);
            if (pass.Marks < MarksPerPass)
            {
                return total;
            }
        }
    }

    /// <summary>True when nothing is waiting: no stale mark and no packet beyond the read position.</summary>
    public static async Task<bool> IsCurrentAsync(OasisDb db, CancellationToken ct) =>
        !await db.AirDayStale.AnyAsync(ct).ConfigureAwait(false) && !await AirPacketMarks.AnyNewAsync(db, ct).ConfigureAwait(false);

    private static async Task<AggregationPass> PassAsync(OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var marks = await db.AirDayStale.AsNoTracking().OrderBy(s => s.Id).Take(MarksPerPass).ToListAsync(ct).ConfigureAwait(false);
        if (marks.Count == 0)
        {
            return new AggregationPass(0, 0);
        }

        var stationDays = 0;
        foreach (var (station, ranges) in await RangesAsync(db, marks, ct).ConfigureAwait(false))
        {
            foreach (var (from, to) in ranges)
            {
                for (var start = from; start <= to; start = start.AddDays(ChunkDays))
                {
                    var end = start.AddDays(ChunkDays - 1) < to ? start.AddDays(ChunkDays - 1) : to;
                    stationDays += await ComputeAsync(db, station, start, end, clock, ct).ConfigureAwait(false);
                }
            }
        }

        var ids = marks.Select(m => m.Id).ToList();
        await db.AirDayStale.Where(s => ids.Contains(s.Id)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return new AggregationPass(stationDays, marks.Count);
    }

    /// <summary>Per station its marked day ranges, sorted and merged; a mark for all stations covers every air station.</summary>
    private static async Task<SortedDictionary<string, List<(DateOnly From, DateOnly To)>>> RangesAsync(OasisDb db, List<AirDayStale> marks, CancellationToken ct)
    {
        var byStation = new SortedDictionary<string, List<(DateOnly From, DateOnly To)>>(StringComparer.Ordinal);
        var everyStation = marks.Any(m => m.StationCode == AirDayStale.AllStations)
            ? await AirStationsAsync(db, ct).ConfigureAwait(false)
            : [];
        var mns = marks.Where(m => m.Mn is not null).Select(m => m.Mn!).Distinct().ToList();
        var stationOf = mns.Count == 0 ? [] : await db.Devices.AsNoTracking().Where(d => mns.Contains(d.Mn) && d.StationCode != null)
            .ToDictionaryAsync(d => d.Mn, d => d.StationCode!, ct).ConfigureAwait(false);
        foreach (var mark in marks)
        {
            // A device without a station has no air figures to keep.
            string[] stations = mark.StationCode == AirDayStale.AllStations ? [.. everyStation]
                : mark.StationCode is { } code ? [code]
                : stationOf.TryGetValue(mark.Mn!, out var of) ? [of] : [];
            foreach (var station in stations)
            {
                if (!byStation.TryGetValue(station, out var list))
                {
                    byStation[station] = list = [];
                }

                list.Add((mark.FromDay, mark.ToDay));
            }
        }

        // A mark without bounds (a device moved) covers the span of data there is.
        (DateOnly From, DateOnly To)? span = null;
        if (marks.Any(m => m.FromDay == DateOnly.MinValue || m.ToDay == DateOnly.MaxValue))
        {
            var first = await AirPacketMarks.FirstAsync(db, ascending: true, ct).ConfigureAwait(false);
            var last = await AirPacketMarks.FirstAsync(db, ascending: false, ct).ConfigureAwait(false);
            span = first is { } f && last is { } l ? (AirHourlyLayer.DayOf(f), AirHourlyLayer.DayOf(l)) : (DateOnly.MaxValue, DateOnly.MinValue);
        }

        foreach (var station in byStation.Keys.ToList())
        {
            var ranges = span is { } s
                ? byStation[station].Select(r => (From: r.From < s.From ? s.From : r.From, To: r.To > s.To ? s.To : r.To)).Where(r => r.From <= r.To).ToList()
                : byStation[station];
            byStation[station] = Merge(ranges);
        }

        return byStation;
    }

    /// <summary>Every station that may have air data: the air kinds, and any station an import wrote hours for.</summary>
    private static async Task<List<string>> AirStationsAsync(OasisDb db, CancellationToken ct)
    {
        var registered = await db.Stations.AsNoTracking().Where(s => StationKinds.Air.Contains(s.Kind)).Select(s => s.Code).ToListAsync(ct).ConfigureAwait(false);
        var imported = await db.AirHours.AsNoTracking().Select(h => h.StationCode).Distinct().ToListAsync(ct).ConfigureAwait(false);
        return [.. registered.Union(imported, StringComparer.Ordinal)];
    }

    /// <summary>Sorted ranges with overlapping or adjacent ones joined.</summary>
    public static List<(DateOnly From, DateOnly To)> Merge(List<(DateOnly From, DateOnly To)> ranges)
    {
        ranges.Sort((a, b) => a.From.CompareTo(b.From));
        var merged = new List<(DateOnly From, DateOnly To)>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && range.From.DayNumber <= merged[^1].To.DayNumber + 1)
            {
                merged[^1] = (merged[^1].From, range.To > merged[^1].To ? range.To : merged[^1].To);
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>Computes a station's days from..to in both statuses and replaces their rows; returns the days with data.</summary>
    public static async Task<int> ComputeAsync(OasisDb db, string station, DateOnly from, DateOnly to, TimeProvider clock, CancellationToken ct)
    {
        var layers = await AirHourlyLayer.LoadLayersAsync(db, station, from, to, reviewed: true, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<AirDay>();
        foreach (var (status, hours) in (ReadOnlySpan<(string, StationHours)>)[(AirDataStatus.Realtime, layers[0]), (AirDataStatus.Reviewed, layers[1])])
        {
            for (var d = 0; d < hours.Present.Length; d++)
            {
                if (hours.Present[d])
                {
                    rows.Add(AirDays.Of(station, status, hours, d, now));
                }
            }
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await db.AirDays.Where(r => r.StationCode == station && r.Day >= from && r.Day <= to).ExecuteDeleteAsync(ct).ConfigureAwait(false);
            db.AirDays.AddRange(rows);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }
        }).ConfigureAwait(false);
        return layers[1].Present.Count(p => p);
    }
}
