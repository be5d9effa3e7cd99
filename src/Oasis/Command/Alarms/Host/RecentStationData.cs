using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Ingest;
using Oasis.Monitoring.Readings;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>
/// The last day of every monitored station as the alarm rules see it: hourly values per pollutant (the hourly layer,
/// 2061 else 2051 with ≥ 45 valid minutes), the latest real-time value with its flag, and when the station was last
/// heard from. Loaded once from the database, then kept current from the ingest feed: a committed minute or hourly
/// packet marks its hour dirty, and only dirty hours are read again — a minute's evaluation reads one hour per
/// station, not a day. Not thread-safe: the alarm centre uses it under its lock; the feed only queues.
/// </summary>
internal sealed class RecentStationData
{
    public static readonly TimeSpan Span = TimeSpan.FromHours(26);

    private readonly Dictionary<string, StationWindow> _byMn = new(StringComparer.Ordinal);
    private readonly HashSet<(string Mn, DateTime Hour)> _dirty = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<CommittedPacket> _arrived = new();
    private Dictionary<string, AlarmStation> _stations = new(StringComparer.Ordinal);
    private Dictionary<string, string> _stationOfMn = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private bool _loaded;

    public RecentStationData(TimeProvider clock, IngestFeed feed)
    {
        _clock = clock;
        feed.Committed += OnCommitted;
    }

    /// <summary>Called by the ingest feed on the writer's thread: only queues.</summary>
    public void OnCommitted(IReadOnlyList<CommittedPacket> packets)
    {
        foreach (var packet in packets)
        {
            _arrived.Enqueue(packet);
        }
    }

    /// <summary>Brings the window up to date and returns every monitored station's data.</summary>
    public async Task<IReadOnlyList<StationData>> RefreshAsync(OasisDb db, CancellationToken ct)
    {
        await LoadRegistryAsync(db, ct).ConfigureAwait(false);
        var now = _clock.GetUtcNow().UtcDateTime;
        if (!_loaded)
        {
            await LoadAllAsync(db, now, ct).ConfigureAwait(false);
            _loaded = true;
        }

        Drain();
        foreach (var hour in _dirty.Select(d => d.Hour).Distinct().ToList())
        {
            var mns = _dirty.Where(d => d.Hour == hour).Select(d => d.Mn).ToList();
            var values = await HourlyReadings.LoadAsync(db, mns, hour, hour.AddHours(1), ct).ConfigureAwait(false);
            foreach (var mn in mns)
            {
                Window(mn).ClearHour(hour);
            }

            foreach (var value in values)
            {
                Window(value.Mn).SetHour(value);
            }
        }

        _dirty.Clear();
        var oldest = now - Span;
        foreach (var window in _byMn.Values)
        {
            window.Prune(oldest);
        }

        return Build();
    }

    private async Task LoadRegistryAsync(OasisDb db, CancellationToken ct)
    {
        var stations = await db.Stations.AsNoTracking().ToListAsync(ct).ConfigureAwait(false);
        var devices = await db.Devices.AsNoTracking().Where(d => d.StationCode != null)
            .Select(d => new { d.Mn, d.StationCode }).ToListAsync(ct).ConfigureAwait(false);
        _stations = stations.ToDictionary(s => s.Code, AlarmStation.From, StringComparer.Ordinal);
        _stationOfMn = devices.Where(d => _stations.ContainsKey(d.StationCode!)).ToDictionary(d => d.Mn, d => d.StationCode!, StringComparer.Ordinal);
    }

    private async Task LoadAllAsync(OasisDb db, DateTime now, CancellationToken ct)
    {
        var mns = _stationOfMn.Keys.ToList();
        var since = now - Span;
        foreach (var value in await HourlyReadings.LoadAsync(db, mns, since, now.AddHours(1), ct).ConfigureAwait(false))
        {
            Window(value.Mn).SetHour(value);
        }

        var realTimeSince = now.AddHours(-1);
        var latest = await db.Readings.AsNoTracking()
            .Where(r => r.Cn == "2011" && r.DataTime >= realTimeSince && !r.Quarantined && r.Value != null)
            .Select(r => new { r.Mn, r.DataTime, r.Factor, r.Value, r.Flag })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var r in latest.Where(r => _stationOfMn.ContainsKey(r.Mn)))
        {
            Window(r.Mn).SetLatest(r.Factor, new Reading(Utc(r.DataTime), r.Value!.Value, r.Flag));
        }

        var seen = await db.RawPackets.AsNoTracking().Where(p => p.ReceivedAt >= since)
            .GroupBy(p => p.Mn).Select(g => new { Mn = g.Key, Last = g.Max(p => p.ReceivedAt) })
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var s in seen.Where(s => _stationOfMn.ContainsKey(s.Mn)))
        {
            Window(s.Mn).Seen(Utc(s.Last));
        }
    }

    private void Drain()
    {
        var now = _clock.GetUtcNow();
        while (_arrived.TryDequeue(out var packet))
        {
            var window = Window(packet.Mn);
            window.Seen(now);
            if (packet.Cn == "2011")
            {
                foreach (var row in packet.Readings)
                {
                    if (row.Value is { } v)
                    {
                        window.SetLatest(row.Factor, new Reading(Utc(packet.DataTimeUtc), v, row.Flag));
                    }
                }
            }
            else if (packet.Cn is "2051" or "2061")
            {
                var t = packet.DataTimeUtc;
                _dirty.Add((packet.Mn, new DateTime(t.Year, t.Month, t.Day, t.Hour, 0, 0, DateTimeKind.Utc)));
            }
        }
    }

    private List<StationData> Build()
    {
        var result = new List<StationData>(_stations.Count);
        foreach (var group in _stationOfMn.GroupBy(p => p.Value, p => p.Key))
        {
            var hourly = new Dictionary<string, List<Reading>>(StringComparer.Ordinal);
            var latest = new Dictionary<string, Reading>(StringComparer.Ordinal);
            DateTimeOffset? lastSeen = null;
            foreach (var mn in group)
            {
                if (!_byMn.TryGetValue(mn, out var window))
                {
                    continue;
                }

                window.CopyTo(hourly, latest);
                lastSeen = window.LastSeen > lastSeen || lastSeen is null ? window.LastSeen : lastSeen;
            }

            result.Add(new StationData(_stations[group.Key],
                hourly.ToDictionary(h => h.Key, h => (IReadOnlyList<Reading>)h.Value, StringComparer.Ordinal), latest, lastSeen));
        }

        return result;
    }

    private StationWindow Window(string mn)
    {
        if (!_byMn.TryGetValue(mn, out var window))
        {
            window = new StationWindow();
            _byMn.Add(mn, window);
        }

        return window;
    }

    private static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
