namespace Oasis.CommandCentre.Alarms;

/// <summary>
/// An incident (事件): an alarm storm on one grid handled as one. Open while any of its alarms is open; alarms
/// raised on the grid meanwhile join it instead of notifying one by one.
/// </summary>
internal sealed class Incident(long id, string gridCode, DateTimeOffset openedAt)
{
    private readonly List<long> _alarmIds = [];

    public long Id { get; } = id;

    public string GridCode { get; } = gridCode;

    public DateTimeOffset OpenedAt { get; } = openedAt;

    public DateTimeOffset? ClosedAt { get; private set; }

    public bool IsOpen => ClosedAt is null;

    public IReadOnlyList<long> AlarmIds => _alarmIds;

    internal Nagging Nagging { get; } = new();

    /// <summary>Reattaches a member when the incident is read back from the database.</summary>
    internal void Restore(long alarmId) => _alarmIds.Add(alarmId);

    internal void Add(Alarm alarm)
    {
        if (_alarmIds.Contains(alarm.Id))
        {
            return;
        }

        _alarmIds.Add(alarm.Id);
        alarm.IncidentId = Id;
    }

    internal void Close(DateTimeOffset at) => ClosedAt = at;
}

internal enum AlarmNoticeKind
{
    Raised,
    Reminder,
    Escalated,
    Cleared,
    IncidentOpened,
    JoinedIncident,
    IncidentReminder,
    IncidentEscalated,
    IncidentClosed,
}

/// <summary>
/// A notification the book asks the host to send: to the operators on duty, or for escalations to the duty
/// leader. <see cref="AlarmId"/> is null for incident-wide notices, <see cref="IncidentId"/> for lone alarms.
/// </summary>
internal sealed record AlarmNotice(AlarmNoticeKind Kind, DateTimeOffset At, long? AlarmId, long? IncidentId)
{
    public bool ForDutyLeader => Kind is AlarmNoticeKind.Escalated or AlarmNoticeKind.IncidentEscalated;
}

/// <summary>The timings of the alarm life; defaults and reasons in docs/decisions/0602-alarm-life-defaults.md.</summary>
internal sealed record AlarmBookOptions
{
    /// <summary>An open alarm clears itself when its condition has been absent this long.</summary>
    public TimeSpan AutoClearAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Reminders go out this often while an alarm is unacknowledged.</summary>
    public TimeSpan ReminderEvery { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>An alarm still unacknowledged this long after raising is escalated to the duty leader, once.</summary>
    public TimeSpan EscalateAfter { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>This many alarms raised on one grid within <see cref="StormWindow"/> make an incident.</summary>
    public int StormCount { get; init; } = 5;

    public TimeSpan StormWindow { get; init; } = TimeSpan.FromMinutes(15);
}
