using System.Globalization;
using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.Alarms;

/// <summary>
/// Keeps the alarms: takes each evaluation's conditions and raises, groups (storms), auto-clears, reminds and
/// escalates, returning the notices to send. Deterministic under a fake clock; the host persists what it keeps.
/// </summary>
internal sealed class AlarmBook(TimeProvider time, AlarmBookOptions? options = null)
{
    private readonly AlarmBookOptions _options = options ?? new AlarmBookOptions();
    private readonly Dictionary<long, Alarm> _alarms = [];
    private readonly Dictionary<AlarmKey, Alarm> _open = [];
    private readonly Dictionary<long, Incident> _incidents = [];

    // Keys cleared by hand while their condition was still true: no new alarm until the condition goes away once.
    private readonly HashSet<AlarmKey> _clearedByHand = [];
    private long _lastAlarmId;
    private long _lastIncidentId;

    public IReadOnlyCollection<Alarm> Alarms => _alarms.Values;

    public IReadOnlyCollection<Incident> Incidents => _incidents.Values;

    /// <summary>Keys cleared by hand whose condition has not yet gone away: the host stores them to survive a restart.</summary>
    public IReadOnlySet<AlarmKey> Suppressed => _clearedByHand;

    /// <summary>
    /// Puts back what the host stored: the open alarms, the open incidents with their members, the suppressed keys
    /// and the last numbers given, so that numbering continues. Called once, on an empty book.
    /// </summary>
    public void Restore(IEnumerable<Alarm> open, IEnumerable<Incident> incidents, IEnumerable<AlarmKey> suppressed, long lastAlarmId, long lastIncidentId)
    {
        foreach (var alarm in open)
        {
            _alarms.Add(alarm.Id, alarm);
            if (alarm.IsOpen)
            {
                _open.Add(alarm.Key, alarm);
            }
        }

        foreach (var incident in incidents)
        {
            _incidents.Add(incident.Id, incident);
        }

        _clearedByHand.UnionWith(suppressed);
        _lastAlarmId = lastAlarmId;
        _lastIncidentId = lastIncidentId;
    }

    /// <summary>Drops cleared alarms and closed incidents from memory once the host has stored them.</summary>
    public void Forget()
    {
        foreach (var incident in _incidents.Values.Where(i => !i.IsOpen).ToList())
        {
            _incidents.Remove(incident.Id);
        }

        foreach (var alarm in _alarms.Values.Where(a => !a.IsOpen && (a.IncidentId is null || !_incidents.ContainsKey(a.IncidentId.Value))).ToList())
        {
            _alarms.Remove(alarm.Id);
        }
    }

    public bool TryGet(long id, out Alarm alarm) => _alarms.TryGetValue(id, out alarm!);

    public Alarm Get(long id) =>
        _alarms.TryGetValue(id, out var alarm) ? alarm : throw OasisProblemException.NotFound("Entity.Alarm", id.ToString(CultureInfo.InvariantCulture));

    /// <summary>Applies one evaluation: <paramref name="conditions"/> is everything true now; what is absent is not.</summary>
    public IReadOnlyList<AlarmNotice> Apply(IReadOnlyList<AlarmCondition> conditions)
    {
        var now = time.GetUtcNow();
        var notices = new List<AlarmNotice>();
        var present = new HashSet<AlarmKey>();
        var raised = new List<Alarm>();
        foreach (var condition in conditions)
        {
            if (!present.Add(condition.Key) || _clearedByHand.Contains(condition.Key))
            {
                continue;
            }

            if (_open.TryGetValue(condition.Key, out var open))
            {
                open.StillTrue(condition, now);
            }
            else
            {
                var alarm = new Alarm(++_lastAlarmId, condition, now);
                _alarms.Add(alarm.Id, alarm);
                _open.Add(alarm.Key, alarm);
                raised.Add(alarm);
            }
        }

        _clearedByHand.IntersectWith(present);
        foreach (var alarm in raised)
        {
            notices.Add(Group(alarm, now));
        }

        AutoClear(now, notices);
        CloseIncidents(now, notices);
        Nag(now, notices);
        return notices;
    }

    public void Acknowledge(long id, string by) => Get(id).Acknowledge(by, time.GetUtcNow());

    public void StartHandling(long id, long workOrderId, string by) => Get(id).StartHandling(workOrderId, by, time.GetUtcNow());

    public void Clear(long id, string by, string? note)
    {
        var alarm = Get(id);
        alarm.Clear(by, time.GetUtcNow(), note);
        _open.Remove(alarm.Key);
        _clearedByHand.Add(alarm.Key);
    }

    /// <summary>Joins a new alarm to its grid's open incident, or opens one when the grid has a storm.</summary>
    private AlarmNotice Group(Alarm alarm, DateTimeOffset now)
    {
        if (alarm.GridCode is not { } grid)
        {
            return new AlarmNotice(AlarmNoticeKind.Raised, now, alarm.Id, null);
        }

        if (_incidents.Values.FirstOrDefault(i => i.IsOpen && i.GridCode == grid) is { } incident)
        {
            incident.Add(alarm);
            return new AlarmNotice(AlarmNoticeKind.JoinedIncident, now, alarm.Id, incident.Id);
        }

        var storm = _open.Values
            // Alarms raised later in the same evaluation are grouped in their turn, so count only up to this one.
            .Where(a => a.GridCode == grid && a.Id <= alarm.Id && now - a.RaisedAt <= _options.StormWindow)
            .OrderBy(a => a.Id)
            .ToList();
        if (storm.Count < _options.StormCount)
        {
            return new AlarmNotice(AlarmNoticeKind.Raised, now, alarm.Id, null);
        }

        incident = new Incident(++_lastIncidentId, grid, now);
        _incidents.Add(incident.Id, incident);
        foreach (var member in storm)
        {
            incident.Add(member);
        }

        return new AlarmNotice(AlarmNoticeKind.IncidentOpened, now, null, incident.Id);
    }

    private void AutoClear(DateTimeOffset now, List<AlarmNotice> notices)
    {
        foreach (var alarm in _open.Values.Where(a => now - a.LastTrueAt >= _options.AutoClearAfter).OrderBy(a => a.Id).ToList())
        {
            alarm.Clear(Alarm.System, now, "auto-clear");
            _open.Remove(alarm.Key);
            notices.Add(new AlarmNotice(AlarmNoticeKind.Cleared, now, alarm.Id, alarm.IncidentId));
        }
    }

    private void CloseIncidents(DateTimeOffset now, List<AlarmNotice> notices)
    {
        foreach (var incident in _incidents.Values.Where(i => i.IsOpen && i.AlarmIds.All(id => !_alarms[id].IsOpen)))
        {
            incident.Close(now);
            notices.Add(new AlarmNotice(AlarmNoticeKind.IncidentClosed, now, null, incident.Id));
        }
    }

    /// <summary>Reminds and escalates what is unacknowledged: lone alarms one by one, incidents as one.</summary>
    private void Nag(DateTimeOffset now, List<AlarmNotice> notices)
    {
        foreach (var alarm in _open.Values.Where(a => a.IncidentId is null && a.State == AlarmState.Raised).OrderBy(a => a.Id))
        {
            Nag(alarm.Nagging, alarm.RaisedAt, now, notices, alarm.Id, null);
        }

        foreach (var incident in _incidents.Values.Where(i => i.IsOpen).OrderBy(i => i.Id))
        {
            if (incident.AlarmIds.Any(id => _alarms[id].State == AlarmState.Raised))
            {
                Nag(incident.Nagging, incident.OpenedAt, now, notices, null, incident.Id);
            }
        }
    }

    private void Nag(Nagging nagging, DateTimeOffset since, DateTimeOffset now, List<AlarmNotice> notices, long? alarmId, long? incidentId)
    {
        var incident = incidentId is not null;
        if (!nagging.Escalated && now - since >= _options.EscalateAfter)
        {
            nagging.Escalated = true;
            notices.Add(new AlarmNotice(incident ? AlarmNoticeKind.IncidentEscalated : AlarmNoticeKind.Escalated, now, alarmId, incidentId));
        }

        if (now - (nagging.LastReminderAt ?? since) >= _options.ReminderEvery)
        {
            nagging.LastReminderAt = now;
            notices.Add(new AlarmNotice(incident ? AlarmNoticeKind.IncidentReminder : AlarmNoticeKind.Reminder, now, alarmId, incidentId));
        }
    }
}
