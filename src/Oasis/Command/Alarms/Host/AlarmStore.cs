using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>
/// Writes what the <see cref="AlarmBook"/> decided and reads the open alarms back. It remembers what it last wrote
/// per alarm and incident (a stamp), so each operation writes only what changed, in one SaveChanges.
/// </summary>
internal sealed class AlarmStore
{
    private readonly Dictionary<long, AlarmStamp> _alarms = [];
    private readonly Dictionary<long, IncidentStamp> _incidents = [];
    private HashSet<AlarmKey> _suppressed = [];

    /// <summary>Reads the open alarms, open incidents and suppressed keys into <paramref name="book"/>.</summary>
    public async Task RestoreAsync(OasisDb db, AlarmBook book, IReadOnlyDictionary<string, AlarmRule> rules,
        IReadOnlyDictionary<string, AlarmStation> stations, DateTimeOffset now, CancellationToken ct)
    {
        _alarms.Clear();
        _incidents.Clear();
        var open = await db.Alarms.AsNoTracking().Include(a => a.Changes)
            .Where(a => a.State != "cleared" || a.Suppressed).ToListAsync(ct).ConfigureAwait(false);
        var incidents = await db.Incidents.AsNoTracking().Where(i => i.ClosedAt == null).ToListAsync(ct).ConfigureAwait(false);
        var lastAlarm = await db.Alarms.MaxAsync(a => (long?)a.Id, ct).ConfigureAwait(false) ?? 0;
        var lastIncident = await db.Incidents.MaxAsync(i => (long?)i.Id, ct).ConfigureAwait(false) ?? 0;

        var alarms = new List<Alarm>();
        var suppressed = new List<AlarmKey>();
        foreach (var record in open)
        {
            if (!rules.TryGetValue(record.RuleCode, out var rule) || !stations.TryGetValue(record.StationCode, out var station))
            {
                continue; // a rule or station no longer defined: its alarm is left as stored and never auto-cleared here
            }

            var condition = new AlarmCondition(station, rule, record.Pollutant, AlarmSnapshot.Read(record.Values), record.Reference);
            if (record.State == "cleared")
            {
                suppressed.Add(condition.Key);
                continue;
            }

            var history = record.Changes.OrderBy(c => c.Id).Select(ToChange);
            // The condition's last-true time is not stored: counting from the restart delays an auto-clear, never hastens it.
            var alarm = new Alarm(record.Id, condition, history, now, record.IncidentId, record.WorkOrderId);
            alarm.Nagging.LastReminderAt = Utc(record.LastReminderAt);
            alarm.Nagging.Escalated = record.Escalated;
            alarms.Add(alarm);
            _alarms[alarm.Id] = AlarmStamp.Of(alarm);
        }

        var restored = new List<Incident>();
        foreach (var record in incidents)
        {
            var incident = new Incident(record.Id, record.GridCode, Utc(record.OpenedAt)!.Value);
            incident.Nagging.LastReminderAt = Utc(record.LastReminderAt);
            incident.Nagging.Escalated = record.Escalated;
            foreach (var alarm in alarms.Where(a => a.IncidentId == record.Id))
            {
                incident.Restore(alarm.Id);
            }

            restored.Add(incident);
            _incidents[incident.Id] = IncidentStamp.Of(incident);
        }

        book.Restore(alarms, restored, suppressed, lastAlarm, lastIncident);
        _suppressed = [.. book.Suppressed];
    }

    /// <summary>Writes every alarm and incident whose stamp changed since the last write; returns how many rows changed.</summary>
    public async Task<int> SaveAsync(OasisDb db, AlarmBook book, CancellationToken ct)
    {
        var changedAlarms = book.Alarms.Where(a => !_alarms.TryGetValue(a.Id, out var s) || s != AlarmStamp.Of(a)).ToList();
        var ids = changedAlarms.Select(a => a.Id).ToList();
        var records = await db.Alarms.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct).ConfigureAwait(false);
        foreach (var alarm in changedAlarms)
        {
            if (!records.TryGetValue(alarm.Id, out var record))
            {
                record = New(alarm);
                db.Alarms.Add(record);
            }

            Update(record, alarm, book.Suppressed);
            var stored = _alarms.TryGetValue(alarm.Id, out var stamp) ? stamp.Changes : 0;
            foreach (var change in alarm.History.Skip(stored))
            {
                db.AlarmChanges.Add(new AlarmChangeRecord
                {
                    AlarmId = alarm.Id, At = change.At.UtcDateTime, By = change.By, From = change.From?.Code(), To = change.To.Code(), Note = change.Note,
                });
            }
        }

        await SaveSuppressedAsync(db, book, ct).ConfigureAwait(false);
        var changedIncidents = book.Incidents.Where(i => !_incidents.TryGetValue(i.Id, out var s) || s != IncidentStamp.Of(i)).ToList();
        var incidentIds = changedIncidents.Select(i => i.Id).ToList();
        var incidentRecords = await db.Incidents.Where(i => incidentIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct).ConfigureAwait(false);
        foreach (var incident in changedIncidents)
        {
            if (!incidentRecords.TryGetValue(incident.Id, out var record))
            {
                record = new IncidentRecord { Id = incident.Id, GridCode = incident.GridCode, OpenedAt = incident.OpenedAt.UtcDateTime };
                db.Incidents.Add(record);
            }

            record.ClosedAt = incident.ClosedAt?.UtcDateTime;
            record.LastReminderAt = incident.Nagging.LastReminderAt?.UtcDateTime;
            record.Escalated = incident.Nagging.Escalated;
        }

        var rows = await db.SaveChangesAsync(ct).ConfigureAwait(false);
        foreach (var alarm in changedAlarms)
        {
            _alarms[alarm.Id] = AlarmStamp.Of(alarm);
        }

        foreach (var incident in changedIncidents)
        {
            _incidents[incident.Id] = IncidentStamp.Of(incident);
        }

        _suppressed = [.. book.Suppressed];
        return rows;
    }

    /// <summary>Forgets the stamps of what the book has dropped.</summary>
    public void Forget(AlarmBook book)
    {
        foreach (var id in _alarms.Keys.Where(id => !book.TryGet(id, out _)).ToList())
        {
            _alarms.Remove(id);
        }

        var open = book.Incidents.Select(i => i.Id).ToHashSet();
        foreach (var id in _incidents.Keys.Where(id => !open.Contains(id)).ToList())
        {
            _incidents.Remove(id);
        }
    }

    private async Task SaveSuppressedAsync(OasisDb db, AlarmBook book, CancellationToken ct)
    {
        foreach (var key in _suppressed.Where(k => !book.Suppressed.Contains(k)))
        {
            var released = await db.Alarms.Where(a => a.Suppressed && a.StationCode == key.StationCode && a.RuleCode == key.RuleCode
                && a.Pollutant == key.Pollutant).ToListAsync(ct).ConfigureAwait(false);
            foreach (var record in released)
            {
                record.Suppressed = false;
            }
        }
    }

    private static AlarmRecord New(Alarm alarm) => new()
    {
        Id = alarm.Id,
        StationCode = alarm.Key.StationCode,
        GridCode = alarm.GridCode,
        RuleCode = alarm.Key.RuleCode,
        RuleKind = alarm.Trigger.Rule.Kind,
        Pollutant = alarm.Key.Pollutant,
        Level = alarm.Level.Code(),
        State = alarm.State.Code(),
        RaisedAt = alarm.RaisedAt.UtcDateTime,
        Values = AlarmSnapshot.Write(alarm.Trigger.Values),
        Reference = alarm.Trigger.Reference,
    };

    private static void Update(AlarmRecord record, Alarm alarm, IReadOnlySet<AlarmKey> suppressed)
    {
        record.State = alarm.State.Code();
        record.ClearedAt = alarm.IsOpen ? null : alarm.History[^1].At.UtcDateTime;
        record.IncidentId = alarm.IncidentId;
        record.WorkOrderId = alarm.WorkOrderId;
        record.LastReminderAt = alarm.Nagging.LastReminderAt?.UtcDateTime;
        record.Escalated = alarm.Nagging.Escalated;
        // Cleared by hand while the condition was true: the book keeps the key suppressed until it goes away.
        record.Suppressed = !alarm.IsOpen && alarm.History[^1].By != Alarm.System && suppressed.Contains(alarm.Key);
    }

    private static AlarmChange ToChange(AlarmChangeRecord c) =>
        new(Utc(c.At)!.Value, c.By, c.From is null ? null : AlarmStatesParse(c.From), AlarmStatesParse(c.To), c.Note);

    private static AlarmState AlarmStatesParse(string code) => code switch
    {
        "raised" => AlarmState.Raised,
        "acknowledged" => AlarmState.Acknowledged,
        "handling" => AlarmState.Handling,
        _ => AlarmState.Cleared,
    };

    private static DateTimeOffset? Utc(DateTime? utc) => utc is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;

    private readonly record struct AlarmStamp(int Changes, DateTimeOffset? Reminder, bool Escalated, long? Incident, long? Order)
    {
        public static AlarmStamp Of(Alarm a) => new(a.History.Count, a.Nagging.LastReminderAt, a.Nagging.Escalated, a.IncidentId, a.WorkOrderId);
    }

    private readonly record struct IncidentStamp(DateTimeOffset? Closed, DateTimeOffset? Reminder, bool Escalated)
    {
        public static IncidentStamp Of(Incident i) => new(i.ClosedAt, i.Nagging.LastReminderAt, i.Nagging.Escalated);
    }
}
