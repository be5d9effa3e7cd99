using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Readings;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// 数据传输有效率 of one device on one day, as bureaus report it: 传输率 = records received ÷ records
/// expected from the device's minute interval (1440 ÷ interval); 有效率 = records whose every factor
/// is flagged normal ÷ records received; 传输有效率 = 传输率 × 有效率. A device that sends no minute
/// data is judged on its hourly records (24 expected). Silent devices score 0.
/// </summary>
internal sealed record DeviceEffectivenessDto(
    string Mn, string? StationCode, string? EnterpriseCode, string Basis, int Expected, int Received, int Valid,
    double TransmissionRate, double ValidRate, double Effectiveness, bool Silent);

internal static class TransmissionEffectiveness
{
    public static async Task<List<DeviceEffectivenessDto>> ForDayAsync(OasisDb db, DateOnly beijingDate, CancellationToken ct)
    {
        var fromUtc = beijingDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-8);
        var toUtc = fromUtc.AddDays(1);
        var devices = await db.Devices.AsNoTracking()
            .Select(d => new { d.Mn, d.StationCode, d.EnterpriseCode, d.MinuteIntervalMinutes }).ToListAsync(ct).ConfigureAwait(false);
        var rows = await db.Readings.AsNoTracking()
            .Where(r => !r.Quarantined && (r.Cn == "2051" || r.Cn == "2061") && r.DataTime >= fromUtc && r.DataTime < toUtc)
            .Select(r => new { r.Mn, r.Cn, r.DataTime, r.Flag })
            .ToListAsync(ct).ConfigureAwait(false);
        var byDevice = rows.ToLookup(r => r.Mn, StringComparer.Ordinal);

        return devices.Select(d =>
        {
            var records = byDevice[d.Mn].ToList();
            var basis = records.Any(r => r.Cn == "2051") ? "2051" : "2061";
            var expected = basis == "2051" ? 1440 / Math.Max(d.MinuteIntervalMinutes, 1) : 24;
            var periods = records.Where(r => r.Cn == basis).GroupBy(r => r.DataTime).ToList();
            var received = Math.Min(periods.Count, expected);
            var valid = Math.Min(periods.Count(p => p.All(r => HourlyReadings.IsValidFlag(r.Flag))), received);
            var transmission = expected == 0 ? 0 : (double)received / expected;
            var validRate = received == 0 ? 0 : (double)valid / received;
            return new DeviceEffectivenessDto(d.Mn, d.StationCode, d.EnterpriseCode, basis, expected, received, valid,
                Math.Round(transmission, 4), Math.Round(validRate, 4), Math.Round(transmission * validRate, 4), received == 0);
        }).OrderBy(e => e.Effectiveness).ThenBy(e => e.Mn, StringComparer.Ordinal).ToList();
    }
}
