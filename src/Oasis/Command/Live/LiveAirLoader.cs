using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Monitoring.Ingest;
using Oasis.Monitoring.Readings;
using Oasis.Monitoring.Stations;
using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Live;

/// <summary>Reads what the live state starts from: the air stations and their devices, the last hour's samples, the hourly layer.</summary>
internal static class LiveAirLoader
{
    /// <summary>The hourly layer is read back this far: 2012's 24-hour moving means and the 24-hour chart need a day before now.</summary>
    private static readonly TimeSpan HoursBack = TimeSpan.FromHours(50);

    /// <summary>
    /// The air stations, and every registered device: MN → its air station, or null for a device of no air station (a
    /// water or flue-gas unit), so that only a device registered since the last read is unknown.
    /// </summary>
    public static async Task<(Dictionary<string, string?> Devices, List<LiveStationInfo> Stations)> DirectoryAsync(OasisDb db, CancellationToken ct)
    {
        var stations = await db.Stations.AsNoTracking().Where(s => StationKinds.Air.Contains(s.Kind)).ToListAsync(ct).ConfigureAwait(false);
        var codes = stations.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var devices = await db.Devices.AsNoTracking().Select(d => new { d.Mn, d.StationCode }).ToListAsync(ct).ConfigureAwait(false);
        return (devices.ToDictionary(d => d.Mn, d => d.StationCode is { } code && codes.Contains(code) ? code : null, StringComparer.Ordinal),
            stations.Select(s => new LiveStationInfo(s.Code, s.Name, s.Kind, s.GridCode, s.Evaluation, AirFactors.PlanOf(s.Pollutants))).ToList());
    }

    /// <summary>The devices of air stations (MN → station code).</summary>
    public static Dictionary<string, string> AirDevices(IReadOnlyDictionary<string, string?> devices) =>
        devices.Where(d => d.Value is not null).ToDictionary(d => d.Key, d => d.Value!, StringComparer.Ordinal);

    /// <summary>The real-time and minute packets of the last hour (all factors), as the feed would have delivered them.</summary>
    public static Task<List<CommittedPacket>> RecentAsync(OasisDb db, IReadOnlyCollection<string> mns, DateTime nowUtc, CancellationToken ct) =>
        PacketsAsync(db, mns, ["2011", "2051"], nowUtc - LiveStation.Window, nowUtc.AddMinutes(5), null, ct);

    /// <summary>Stored packets of the given kinds in (from, to], oldest first; only the six pollutants when <paramref name="factors"/> is given.</summary>
    public static async Task<List<CommittedPacket>> PacketsAsync(OasisDb db, IReadOnlyCollection<string> mns, string[] cns, DateTime fromUtc,
        DateTime toUtc, IReadOnlyCollection<string>? factors, CancellationToken ct)
    {
        var list = mns.ToList();
        var query = db.Readings.AsNoTracking()
            .Where(r => list.Contains(r.Mn) && !r.Quarantined && cns.Contains(r.Cn) && r.DataTime > fromUtc && r.DataTime <= toUtc);
        if (factors is not null)
        {
            var codes = factors.ToList();
            query = query.Where(r => codes.Contains(r.Factor));
        }

        var rows = await query.Select(r => new { r.Mn, r.Cn, r.DataTime, r.Factor, r.Value, r.Flag }).ToListAsync(ct).ConfigureAwait(false);
        return rows.GroupBy(r => (r.Mn, r.Cn, r.DataTime)).OrderBy(g => g.Key.DataTime)
            .Select(g => new CommittedPacket(g.Key.Mn, g.Key.Cn, DateTime.SpecifyKind(g.Key.DataTime, DateTimeKind.Utc),
                [.. g.Select(r => new ReadingRow(r.Factor, r.Value, null, null, null, r.Flag))]))
            .ToList();
    }

    /// <summary>
    /// Every air station's hours of the last two days by the precedence of decision 0501: a reviewed import, else a
    /// real-time import (each as a whole row), else the HJ 212 hour (2061, else ≥ 45 valid minutes of 2051).
    /// </summary>
    public static async Task<Dictionary<string, List<(DateTime HourUtc, Pollutant Pollutant, double Value)>>> HoursAsync(
        OasisDb db, IReadOnlyDictionary<string, string> devices, DateTime nowUtc, CancellationToken ct)
    {
        var from = Truncate(nowUtc - HoursBack);
        var result = new Dictionary<string, Dictionary<(DateTime, Pollutant), double>>(StringComparer.Ordinal);
        Dictionary<(DateTime, Pollutant), double> Of(string station) =>
            result.TryGetValue(station, out var hours) ? hours : result[station] = [];

        var mns = devices.Keys.ToList();
        var factors = AirFactors.All.ToList();
        var rows = await db.Readings.AsNoTracking()
            .Where(r => mns.Contains(r.Mn) && factors.Contains(r.Factor) && !r.Quarantined && (r.Cn == "2061" || r.Cn == "2051") && r.DataTime >= from)
            .Select(r => new { r.Mn, r.Cn, r.DataTime, r.Factor, r.Value, r.Flag })
            .ToListAsync(ct).ConfigureAwait(false);
        var intervals = await db.Devices.AsNoTracking().Where(d => mns.Contains(d.Mn))
            .ToDictionaryAsync(d => d.Mn, d => d.MinuteIntervalMinutes, ct).ConfigureAwait(false);
        foreach (var group in rows.GroupBy(r => (r.Mn, r.Factor, Hour: Truncate(r.DataTime))))
        {
            AirFactors.TryGet(group.Key.Factor, out var pollutant);
            var hourly = group.FirstOrDefault(r => r.Cn == "2061");
            double value;
            if (hourly is not null)
            {
                value = hourly.Value is { } v && HourlyReadings.IsValidFlag(hourly.Flag) ? v : double.NaN;
            }
            else
            {
                var minutes = intervals.GetValueOrDefault(group.Key.Mn, 10);
                value = HourFromMinutes.Mean([.. group.Select(r => new MinuteRecord(minutes, r.Value ?? double.NaN,
                    r.Value is not null && HourlyReadings.IsValidFlag(r.Flag)))], out _);
            }

            if (!double.IsNaN(value))
            {
                Of(devices[group.Key.Mn])[(group.Key.Hour, pollutant)] = value;
            }
        }

        var imported = await db.AirHours.AsNoTracking().Where(h => h.HourUtc >= from).ToListAsync(ct).ConfigureAwait(false);
        foreach (var row in imported.GroupBy(h => (h.StationCode, h.HourUtc))
                     .Select(g => g.FirstOrDefault(h => h.Status == AirDataStatus.Reviewed) ?? g.First()))
        {
            var hours = Of(row.StationCode);
            var hourUtc = DateTime.SpecifyKind(row.HourUtc, DateTimeKind.Utc);
            double?[] values = [row.Pm25, row.Pm10, row.So2, row.No2, row.Co, row.O3];
            for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
            {
                // An import row wins as a whole: a value a reviewer left empty is missing, not the HJ 212 value.
                hours[(hourUtc, p)] = values[(int)p] ?? double.NaN;
            }
        }

        return result.ToDictionary(s => s.Key, s => s.Value.Select(h => (h.Key.Item1, h.Key.Item2, h.Value)).ToList(), StringComparer.Ordinal);
    }

    private static DateTime Truncate(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
}
