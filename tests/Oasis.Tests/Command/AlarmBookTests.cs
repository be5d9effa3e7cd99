using Microsoft.Extensions.Time.Testing;
using Oasis.CommandCentre.Alarms;
using Oasis.Platform.Errors;
using static Oasis.Tests.CommandCentre.AlarmTestData;

namespace Oasis.Tests.CommandCentre;

public sealed class AlarmBookTests
{
    private static readonly ThresholdRule Rule = new("pm25-75", AlarmLevel.Serious, "PM2.5", new ConcentrationLimit(75));

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly AlarmBook _book;

    public AlarmBookTests() => _book = new AlarmBook(_clock); // defaults: clear 30, remind 10, escalate 30, storm 5 in 15

    private static AlarmCondition On(string station, string? grid = "G1") =>
        new(Station(station, grid: grid), Rule, "PM2.5", [new Reading(LatestHour, 80)], 75);

    private IReadOnlyList<AlarmNotice> After(int minutes, params AlarmCondition[] conditions)
    {
        _clock.Advance(TimeSpan.FromMinutes(minutes));
        return _book.Apply(conditions);
    }

    [Fact]
    public void A_new_condition_raises_one_alarm_attributed_to_the_system()
    {
        var notice = Assert.Single(_book.Apply([On("S1")]));

        var alarm = Assert.Single(_book.Alarms);
        Assert.Equal(new AlarmNotice(AlarmNoticeKind.Raised, Now, alarm.Id, null), notice);
        Assert.Equal(AlarmState.Raised, alarm.State);
        Assert.Equal(new AlarmChange(Now, Alarm.System, null, AlarmState.Raised, "pm25-75"), Assert.Single(alarm.History));
        Assert.Empty(After(1, On("S1")));
        Assert.Single(_book.Alarms);
    }

    [Fact]
    public void An_alarm_clears_itself_when_the_condition_has_been_absent_for_30_minutes()
    {
        _book.Apply([On("S1")]);
        var alarm = _book.Alarms.Single();
        _book.Acknowledge(alarm.Id, "operator1");

        Assert.Empty(After(29));
        var notice = Assert.Single(After(1));

        Assert.Equal(AlarmNoticeKind.Cleared, notice.Kind);
        Assert.Equal(AlarmState.Cleared, alarm.State);
        Assert.Equal(new AlarmChange(Now.AddMinutes(30), Alarm.System, AlarmState.Acknowledged, AlarmState.Cleared, "auto-clear"), alarm.History[^1]);
    }

    [Fact]
    public void A_condition_true_again_after_clearing_raises_a_new_alarm()
    {
        _book.Apply([On("S1")]);
        After(30);

        Assert.Equal(AlarmNoticeKind.Raised, Assert.Single(After(1, On("S1"))).Kind);
        Assert.Equal(2, _book.Alarms.Count);
    }

    [Fact]
    public void Reminders_go_out_every_10_minutes_while_unacknowledged_and_stop_on_acknowledgement()
    {
        _book.Apply([On("S1")]);
        var alarm = _book.Alarms.Single();

        Assert.Empty(After(9, On("S1")));
        Assert.Equal(AlarmNoticeKind.Reminder, Assert.Single(After(1, On("S1"))).Kind);
        Assert.Empty(After(9, On("S1")));
        Assert.Equal(AlarmNoticeKind.Reminder, Assert.Single(After(1, On("S1"))).Kind);

        _book.Acknowledge(alarm.Id, "operator1");
        Assert.Empty(After(10, On("S1")));
        Assert.Equal(new AlarmChange(Now.AddMinutes(20), "operator1", AlarmState.Raised, AlarmState.Acknowledged, null), alarm.History[^1]);
    }

    [Fact]
    public void An_alarm_unacknowledged_for_30_minutes_is_escalated_to_the_duty_leader_once()
    {
        _book.Apply([On("S1")]);

        var at30 = After(30, On("S1"));
        var escalation = Assert.Single(at30, n => n.Kind == AlarmNoticeKind.Escalated);
        Assert.True(escalation.ForDutyLeader);
        Assert.DoesNotContain(After(30, On("S1")), n => n.Kind == AlarmNoticeKind.Escalated);
    }

    [Fact]
    public void An_acknowledged_alarm_is_not_escalated()
    {
        _book.Apply([On("S1")]);
        _book.Acknowledge(_book.Alarms.Single().Id, "operator1");

        Assert.Empty(After(45, On("S1")));
    }

    [Fact]
    public void Five_alarms_on_one_grid_within_15_minutes_become_one_incident()
    {
        _book.Apply([On("S1")]);
        After(5, On("S1"), On("S2"), On("S3"));
        var fifth = After(10, On("S1"), On("S2"), On("S3"), On("S4"), On("S5"), On("X1", grid: "G2"));

        var incident = Assert.Single(_book.Incidents);
        Assert.Equal("G1", incident.GridCode);
        Assert.Equal(5, incident.AlarmIds.Count);
        Assert.Contains(new AlarmNotice(AlarmNoticeKind.IncidentOpened, Now.AddMinutes(15), null, incident.Id), fifth);
        Assert.Contains(fifth, n => n.Kind == AlarmNoticeKind.Raised && _book.Get(n.AlarmId!.Value).GridCode == "G2");

        var sixth = After(1, On("S1"), On("S2"), On("S3"), On("S4"), On("S5"), On("S6"));
        Assert.Equal(AlarmNoticeKind.JoinedIncident, Assert.Single(sixth, n => n.AlarmId is not null && _book.Get(n.AlarmId.Value).Key.StationCode == "S6").Kind);
        Assert.Equal(6, incident.AlarmIds.Count);
    }

    [Fact]
    public void Alarms_spread_over_more_than_15_minutes_are_no_storm()
    {
        _book.Apply([On("S1")]);
        After(4, On("S1"), On("S2"));
        After(4, On("S1"), On("S2"), On("S3"));
        After(4, On("S1"), On("S2"), On("S3"), On("S4"));
        After(4, On("S1"), On("S2"), On("S3"), On("S4"), On("S5"));

        Assert.Empty(_book.Incidents);
    }

    [Fact]
    public void An_incident_is_reminded_as_one_and_closes_when_its_alarms_have_cleared()
    {
        AlarmCondition[] storm = [On("S1"), On("S2"), On("S3"), On("S4"), On("S5")];
        _book.Apply(storm);
        var incident = _book.Incidents.Single();

        Assert.Equal([new AlarmNotice(AlarmNoticeKind.IncidentReminder, Now.AddMinutes(10), null, incident.Id)], After(10, storm));

        var cleared = After(30);
        Assert.Equal(5, cleared.Count(n => n.Kind == AlarmNoticeKind.Cleared));
        Assert.Contains(cleared, n => n.Kind == AlarmNoticeKind.IncidentClosed);
        Assert.False(incident.IsOpen);
    }

    [Fact]
    public void A_work_order_moves_the_alarm_to_handling()
    {
        _book.Apply([On("S1")]);
        var alarm = _book.Alarms.Single();

        _book.StartHandling(alarm.Id, 42, "operator1");

        Assert.Equal(AlarmState.Handling, alarm.State);
        Assert.Equal(42, alarm.WorkOrderId);
    }

    [Fact]
    public void Acknowledging_twice_is_refused_with_the_alarm_state()
    {
        _book.Apply([On("S1")]);
        var id = _book.Alarms.Single().Id;
        _book.Acknowledge(id, "operator1");

        var refusal = Assert.Throws<OasisProblemException>(() => _book.Acknowledge(id, "operator2"));

        Assert.Equal(409, refusal.Status);
        Assert.Equal("alarm-transition", refusal.Type);
        Assert.Equal("Command.Alarm.WrongState", refusal.DetailKey);
    }

    [Fact]
    public void An_alarm_cleared_by_hand_is_not_raised_again_until_its_condition_has_gone()
    {
        _book.Apply([On("S1")]);
        _book.Clear(_book.Alarms.Single().Id, "operator1", "checked on site");

        Assert.Empty(After(1, On("S1")));
        Assert.Empty(After(1));
        Assert.Equal(AlarmNoticeKind.Raised, Assert.Single(After(1, On("S1"))).Kind);
    }

    [Fact]
    public void An_unknown_alarm_is_not_found()
    {
        Assert.Equal(404, Assert.Throws<OasisProblemException>(() => _book.Acknowledge(99, "operator1")).Status);
    }
}
