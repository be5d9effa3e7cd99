using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Ingest;

namespace Oasis.Air.Aggregates;

/// <summary>
/// Turns committed HJ 212 packets into stale marks without touching the ingest path (decision 0507): the aggregation
/// reads <c>ingest_packets</c> by id beyond its read position — minute (2051) and hourly (2061) data of registered
/// devices — and marks each packet's station-day. The first read of a database that has data but no daily rows marks
/// every station over the whole span of data, so an upgrade or a seeded history is aggregated once.
/// </summary>
internal static class AirPacketMarks
{
    private const int PacketsPerRead = 50_000;

    public static async Task<bool> AnyNewAsync(OasisDb db, CancellationToken ct)
    {
        var position = await db.AirAggregateMarks.AsNoTracking().Where(m => m.Source == AirAggregateMark.Packets).Select(m => (long?)m.Value)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return position is not { } after || await db.RawPackets.AnyAsync(p => p.Id > after, ct).ConfigureAwait(false);
    }

    /// <summary>Marks the station-days of the packets beyond the read position (up to 50,000 of them) and moves it on.</summary>
    public static async Task ReadAsync(OasisDb db, CancellationToken ct)
    {
        var mark = await db.AirAggregateMarks.SingleOrDefaultAsync(m => m.Source == AirAggregateMark.Packets, ct).ConfigureAwait(false);
        if (mark is null)
        {
            await FirstReadAsync(db, ct).ConfigureAwait(false);
            return;
        }

        var packets = await db.RawPackets.AsNoTracking()
            .Where(p => p.Id > mark.Value && p.Outcome == PacketOutcomes.Stored && (p.Cn == "2051" || p.Cn == "2061") && p.DataTime != null)
            .OrderBy(p => p.Id).Take(PacketsPerRead).Select(p => new { p.Id, p.Mn, p.DataTime }).ToListAsync(ct).ConfigureAwait(false);
        // The position moves to the newest packet of any kind, so a stream of real-time (2011) packets is not read again.
        var newest = packets.Count == PacketsPerRead
            ? packets[^1].Id
            : await db.RawPackets.Where(p => p.Id > mark.Value).MaxAsync(p => (long?)p.Id, ct).ConfigureAwait(false) ?? mark.Value;
        if (newest == mark.Value)
        {
            return;
        }

        foreach (var day in packets.Select(p => (p.Mn, Day: AirHourlyLayer.DayOf(p.DataTime!.Value))).Distinct())
        {
            AirDailyAggregation.MarkDeviceStale(db, day.Mn, day.Day, day.Day);
        }

        mark.Value = newest;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private static async Task FirstReadAsync(OasisDb db, CancellationToken ct)
    {
        var newest = await db.RawPackets.MaxAsync(p => (long?)p.Id, ct).ConfigureAwait(false) ?? 0;
        var first = await FirstAsync(db, ascending: true, ct).ConfigureAwait(false);
        var last = await FirstAsync(db, ascending: false, ct).ConfigureAwait(false);
        if (first is { } from && last is { } to)
        {
            AirDailyAggregation.MarkStale(db, AirDayStale.AllStations, AirHourlyLayer.DayOf(from), AirHourlyLayer.DayOf(to));
        }

        db.AirAggregateMarks.Add(new AirAggregateMark { Source = AirAggregateMark.Packets, Value = newest });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The earliest (or latest) hour of any data: hourly or minute readings, or imported hours.</summary>
    public static async Task<DateTime?> FirstAsync(OasisDb db, bool ascending, CancellationToken ct)
    {
        var times = new List<DateTime>();
        foreach (var cn in (string[])["2061", "2051"])
        {
            var readings = db.Readings.AsNoTracking().Where(r => r.Cn == cn).Select(r => r.DataTime);
            if (await (ascending ? readings.OrderBy(t => t) : readings.OrderByDescending(t => t)).Select(t => (DateTime?)t).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } t)
            {
                times.Add(t);
            }
        }

        var hours = db.AirHours.AsNoTracking().Select(h => h.HourUtc);
        if (await (ascending ? hours.OrderBy(t => t) : hours.OrderByDescending(t => t)).Select(t => (DateTime?)t).FirstOrDefaultAsync(ct).ConfigureAwait(false) is { } h)
        {
            times.Add(h);
        }

        return times.Count == 0 ? null : ascending ? times.Min() : times.Max();
    }
}
