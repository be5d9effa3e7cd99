using Oasis.CommandCentre.Alarms;
using Oasis.Data;

namespace Oasis.Cli.Seed;

/// <summary>A year of cleared alarms (raised, acknowledged, cleared) spread over the seeded stations, for the alarm list's load.</summary>
internal static class SeedAlarms
{
    private static readonly string[] Rules = ["PM25-MODERATE", "PM25-SUSTAINED", "PM25-RISE", "DATA-MISSING", "PM10-MODERATE"];

    public static async Task<int> WriteAsync(OasisDb db, IReadOnlyList<SeedDevice> devices, DateTime lastHour, int days, int perDay, CancellationToken ct)
    {
        if (devices.Count == 0 || perDay <= 0)
        {
            return 0;
        }

        var next = (db.Alarms.Max(a => (long?)a.Id) ?? 0) + 1;
        var random = new Random(212);
        var written = 0;
        for (var d = days; d >= 1; d--)
        {
            for (var i = 0; i < perDay; i++)
            {
                var device = devices[random.Next(devices.Count)];
                var rule = Rules[random.Next(Rules.Length)];
                var raised = lastHour.AddDays(-d).AddMinutes(random.Next(24 * 60));
                var alarm = new AlarmRecord
                {
                    Id = next++, StationCode = device.Station, GridCode = device.Grid, RuleCode = rule, RuleKind = "threshold",
                    Pollutant = rule.StartsWith("PM10", StringComparison.Ordinal) ? "PM10" : rule == "DATA-MISSING" ? null : "PM2.5",
                    Level = rule.EndsWith("MODERATE", StringComparison.Ordinal) ? "serious" : "general", State = "cleared", RaisedAt = raised,
                    ClearedAt = raised.AddMinutes(45), Values = "[]",
                };
                alarm.Changes.Add(new AlarmChangeRecord { At = raised, By = Alarm.System, To = "raised", Note = rule });
                alarm.Changes.Add(new AlarmChangeRecord { At = raised.AddMinutes(5), By = "demo.operator", From = "raised", To = "acknowledged" });
                alarm.Changes.Add(new AlarmChangeRecord { At = raised.AddMinutes(45), By = Alarm.System, From = "acknowledged", To = "cleared", Note = "auto-clear" });
                db.Alarms.Add(alarm);
                written++;
            }

            if (d % 30 == 0)
            {
                await db.SaveChangesAsync(ct).ConfigureAwait(false);
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return written;
    }
}
