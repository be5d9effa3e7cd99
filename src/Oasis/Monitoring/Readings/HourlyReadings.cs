using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Monitoring.Readings;

/// <summary>One hourly value of one factor at one device, and where it came from.</summary>
internal sealed record HourlyValue(string Mn, string Factor, DateTime HourUtc, double Value, string Source, int ValidMinutes, string? Flag);

/// <summary>
/// The hourly layer statistics rest on: the device's 2061 value is authoritative for its hour;
/// otherwise the hour is derived from 2051 minute data with ≥ 45 valid minutes; 2011 real-time
/// data never enter. Only normal-flagged (N or none), non-quarantined values count.
/// </summary>
internal static class HourlyReadings
{
    public static bool IsValidFlag(string? flag) => flag is null or "N";

    public static async Task<List<HourlyValue>> LoadAsync(OasisDb db, IReadOnlyCollection<string> mns, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var list = mns.ToList();
        var rows = await db.Readings.AsNoTracking()
            .Where(r => list.Contains(r.Mn) && !r.Quarantined && (r.Cn == "2061" || r.Cn == "2051") && r.DataTime >= fromUtc && r.DataTime < toUtc)
            .Select(r => new { r.Mn, r.Cn, r.DataTime, r.Factor, r.Value, r.Flag })
            .ToListAsync(ct).ConfigureAwait(false);
        var intervals = await db.Devices.AsNoTracking().Where(d => list.Contains(d.Mn))
            .ToDictionaryAsync(d => d.Mn, d => d.MinuteIntervalMinutes, ct).ConfigureAwait(false);

        var result = new List<HourlyValue>();
        foreach (var group in rows.GroupBy(r => (r.Mn, r.Factor, Hour: Truncate(r.DataTime))))
        {
            var hourly = group.FirstOrDefault(r => r.Cn == "2061");
            if (hourly is not null)
            {
                if (hourly.Value is { } v && IsValidFlag(hourly.Flag))
                {
                    result.Add(new HourlyValue(group.Key.Mn, group.Key.Factor, group.Key.Hour, v, "2061", 60, hourly.Flag));
                }

                continue;
            }

            var minutes = intervals.GetValueOrDefault(group.Key.Mn, 10);
            var records = group.Where(r => r.Cn == "2051")
                .Select(r => new MinuteRecord(minutes, r.Value ?? double.NaN, r.Value is not null && IsValidFlag(r.Flag)))
                .ToArray();
            var mean = HourFromMinutes.Mean(records, out var validMinutes);
            if (!double.IsNaN(mean))
            {
                result.Add(new HourlyValue(group.Key.Mn, group.Key.Factor, group.Key.Hour, Math.Round(mean, 3), "2051", validMinutes, null));
            }
        }

        return result.OrderBy(h => h.HourUtc).ThenBy(h => h.Factor, StringComparer.Ordinal).ToList();
    }

    private static DateTime Truncate(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
}
