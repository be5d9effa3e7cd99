using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.Alarms;

/// <summary>The life of an alarm: raised → acknowledged → handling (a work order exists) → cleared.</summary>
internal enum AlarmState
{
    Raised,
    Acknowledged,
    Handling,
    Cleared,
}

internal static class AlarmStates
{
    public static string Code(this AlarmState state) => state switch
    {
        AlarmState.Raised => "raised",
        AlarmState.Acknowledged => "acknowledged",
        AlarmState.Handling => "handling",
        AlarmState.Cleared => "cleared",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };
}

/// <summary>One change of an alarm's state, timed and attributed (<see cref="Alarm.System"/> for automatic ones).</summary>
internal sealed record AlarmChange(DateTimeOffset At, string By, AlarmState? From, AlarmState To, string? Note);

/// <summary>An alarm (报警): one condition of one rule at one station, from raising to clearing.</summary>
internal sealed class Alarm
{
    /// <summary>The actor recorded for changes the book makes by itself (raising, auto-clear).</summary>
    public const string System = "system";

    private readonly List<AlarmChange> _history = [];

    public Alarm(long id, AlarmCondition condition, DateTimeOffset at)
    {
        Id = id;
        Key = condition.Key;
        Trigger = condition;
        Latest = condition;
        RaisedAt = at;
        LastTrueAt = at;
        _history.Add(new AlarmChange(at, System, null, AlarmState.Raised, condition.Rule.Code));
    }

    /// <summary>An alarm read back from the database: its trigger, state, history and nagging as they were stored.</summary>
    public Alarm(long id, AlarmCondition trigger, IEnumerable<AlarmChange> history, DateTimeOffset lastTrueAt, long? incidentId, long? workOrderId)
    {
        Id = id;
        Key = trigger.Key;
        Trigger = trigger;
        Latest = trigger;
        _history.AddRange(history);
        RaisedAt = _history.Count > 0 ? _history[0].At : lastTrueAt;
        State = _history.Count > 0 ? _history[^1].To : AlarmState.Raised;
        LastTrueAt = lastTrueAt;
        IncidentId = incidentId;
        WorkOrderId = workOrderId;
    }

    public long Id { get; }

    public AlarmKey Key { get; }

    /// <summary>The condition as it was when the alarm was raised: the snapshot a work order carries.</summary>
    public AlarmCondition Trigger { get; }

    /// <summary>The condition as last evaluated true.</summary>
    public AlarmCondition Latest { get; private set; }

    public AlarmLevel Level => Trigger.Level;

    public string? GridCode => Trigger.Station.GridCode;

    public AlarmState State { get; private set; } = AlarmState.Raised;

    public bool IsOpen => State != AlarmState.Cleared;

    public DateTimeOffset RaisedAt { get; }

    public DateTimeOffset LastTrueAt { get; private set; }

    public long? IncidentId { get; internal set; }

    public long? WorkOrderId { get; private set; }

    public IReadOnlyList<AlarmChange> History => _history;

    /// <summary>Reminders and escalation while the alarm is unacknowledged.</summary>
    internal Nagging Nagging { get; } = new();

    internal void StillTrue(AlarmCondition condition, DateTimeOffset at)
    {
        Latest = condition;
        LastTrueAt = at;
    }

    public void Acknowledge(string by, DateTimeOffset at) =>
        Move("acknowledge", State == AlarmState.Raised, AlarmState.Acknowledged, by, at, null);

    /// <summary>A work order has been created for the alarm. Allowed straight from raised: creating the order acknowledges.</summary>
    public void StartHandling(long workOrderId, string by, DateTimeOffset at)
    {
        Move("handle", State is AlarmState.Raised or AlarmState.Acknowledged, AlarmState.Handling, by, at, null);
        WorkOrderId = workOrderId;
    }

    public void Clear(string by, DateTimeOffset at, string? note) =>
        Move("clear", IsOpen, AlarmState.Cleared, by, at, note);

    private void Move(string action, bool allowed, AlarmState to, string by, DateTimeOffset at, string? note)
    {
        if (!allowed)
        {
            throw OasisProblemException.Rule("alarm-transition", "Command.Alarm.WrongState", Id, AlarmArgs.State(State.Code()), AlarmArgs.Action(action));
        }

        _history.Add(new AlarmChange(at, by, State, to, note));
        State = to;
    }
}

/// <summary>When something unacknowledged was last reminded of and whether it has been escalated.</summary>
internal sealed class Nagging
{
    public DateTimeOffset? LastReminderAt { get; set; }

    public bool Escalated { get; set; }
}
