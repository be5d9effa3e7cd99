using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Time;

namespace Oasis.Monitoring.Ingest;

/// <summary>What each device sent lately: registered devices (silent ones included, with zero packets) and unknown MNs.</summary>
internal static class DeviceActivity
{
    public static async Task<List<DeviceActivityDto>> LoadAsync(OasisDb db, TimeProvider clock, int hours, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-hours);
        var activity = await db.RawPackets.AsNoTracking().Where(p => p.ReceivedAt >= since)
            .GroupBy(p => p.Mn)
            .Select(g => new { Mn = g.Key, Packets = g.LongCount(), LastReceived = g.Max(p => p.ReceivedAt), LastDataTime = g.Max(p => p.DataTime) })
            .ToListAsync(ct).ConfigureAwait(false);
        var devices = await db.Devices.AsNoTracking().Select(d => new { d.Mn, d.StationCode, d.EnterpriseCode }).ToListAsync(ct).ConfigureAwait(false);
        var byMn = activity.ToDictionary(a => a.Mn, StringComparer.Ordinal);
        var rows = devices.Select(d => byMn.TryGetValue(d.Mn, out var a)
                ? new DeviceActivityDto(d.Mn, true, d.StationCode, d.EnterpriseCode, a.Packets, BeijingTime.FromUtc(a.LastReceived),
                    a.LastDataTime is { } t ? BeijingTime.FromUtc(t) : null)
                : new DeviceActivityDto(d.Mn, true, d.StationCode, d.EnterpriseCode, 0, null, null))
            .ToList();
        var registered = devices.Select(d => d.Mn).ToHashSet(StringComparer.Ordinal);
        rows.AddRange(activity.Where(a => !registered.Contains(a.Mn)).Select(a => new DeviceActivityDto(a.Mn, false, null, null, a.Packets,
            BeijingTime.FromUtc(a.LastReceived), a.LastDataTime is { } t ? BeijingTime.FromUtc(t) : null)));
        return rows.OrderBy(r => r.Registered).ThenBy(r => r.Packets).ThenBy(r => r.Mn, StringComparer.Ordinal).ToList();
    }
}
