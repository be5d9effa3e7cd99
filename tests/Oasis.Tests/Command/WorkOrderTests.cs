using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.WorkOrders;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.Tests.CommandCentre;

public sealed class WorkOrderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    internal static readonly WorkOrderActor Operator = Actor("op1", Roles.Operator);
    internal static readonly WorkOrderActor Manager = Actor("gm1", Roles.GridManager, "G1");
    internal static readonly WorkOrderActor OtherManager = Actor("gm2", Roles.GridManager, "G2");
    internal static readonly WorkOrderActor Leader = Actor("leader", Roles.Leader);

    private static readonly WorkOrderReport Found = new("Burning straw, put out", ["photo-1.jpg"], 44.0, 87.3);

    internal static WorkOrderActor Actor(string name, string role, params string[] grids) =>
        new(name, new HashSet<string> { role }, new HashSet<string>(grids));

    internal static WorkOrder NewOrder(AlarmLevel? level = AlarmLevel.Serious, WorkOrderDeadlines? deadlines = null) =>
        WorkOrder.Create(7, new WorkOrderDraft("G1", "PM2.5 above 75 at S1", null, level, 1, null, 44.0, 87.3),
            Operator, T0, deadlines ?? new WorkOrderDeadlines());

    /// <summary>An order brought to <paramref name="state"/> along the table's main path.</summary>
    internal static WorkOrder In(WorkOrderState state)
    {
        var order = NewOrder();
        var steps = new Action<WorkOrder>[]
        {
            o => o.Dispatch(Operator, T0.AddMinutes(1), ["gm1"]),
            o => o.Accept(Manager, T0.AddMinutes(2)),
            o => o.Start(Manager, T0.AddMinutes(3)),
            o => o.Submit(Manager, T0.AddMinutes(4), Found),
            o => o.Close(Operator, T0.AddMinutes(5)),
        };
        foreach (var step in steps.Take((int)state))
        {
            step(order);
        }

        Assert.Equal(state, order.State);
        return order;
    }

    [Fact]
    public void The_main_path_runs_from_pending_to_closed_with_a_timeline_of_every_step()
    {
        var order = In(WorkOrderState.Closed);

        Assert.Equal(
            [
                new WorkOrderStep(T0, "op1", WorkOrderAction.Create, null, WorkOrderState.Pending, null),
                new WorkOrderStep(T0.AddMinutes(1), "op1", WorkOrderAction.Dispatch, WorkOrderState.Pending, WorkOrderState.Dispatched, "gm1"),
                new WorkOrderStep(T0.AddMinutes(2), "gm1", WorkOrderAction.Accept, WorkOrderState.Dispatched, WorkOrderState.Accepted, null),
                new WorkOrderStep(T0.AddMinutes(3), "gm1", WorkOrderAction.Start, WorkOrderState.Accepted, WorkOrderState.InProgress, null),
                new WorkOrderStep(T0.AddMinutes(4), "gm1", WorkOrderAction.Report, WorkOrderState.InProgress, WorkOrderState.Reported, Found.Text),
                new WorkOrderStep(T0.AddMinutes(5), "op1", WorkOrderAction.Close, WorkOrderState.Reported, WorkOrderState.Closed, null),
            ],
            order.Timeline);
        Assert.Equal(["gm1"], order.Assignees);
        Assert.Equal("gm1", order.AcceptedBy);
        Assert.Equal(Found, order.Report);
    }

    [Fact]
    public void A_rule_may_create_an_order()
    {
        var order = WorkOrder.Create(8, new WorkOrderDraft("G1", "t", null, AlarmLevel.Severe, 1, null, null, null),
            WorkOrderActor.Rule("pm25-75"), T0, new WorkOrderDeadlines());

        Assert.Equal(WorkOrderState.Pending, order.State);
        Assert.Equal("rule:pm25-75", order.Timeline[0].By);
    }

    [Fact]
    public void Refusing_sends_the_order_back_to_pending_with_the_reason()
    {
        var order = In(WorkOrderState.Dispatched);

        order.Refuse(Manager, T0.AddMinutes(9), "The site is across the river, grid G3");

        Assert.Equal(WorkOrderState.Pending, order.State);
        Assert.Empty(order.Assignees);
        Assert.Equal(new WorkOrderStep(T0.AddMinutes(9), "gm1", WorkOrderAction.Refuse, WorkOrderState.Dispatched, WorkOrderState.Pending,
            "The site is across the river, grid G3"), order.Timeline[^1]);
    }

    [Fact]
    public void Returning_sends_the_order_back_to_in_progress_and_asks_for_a_new_report()
    {
        var order = In(WorkOrderState.Reported);

        order.Return(Operator, T0.AddMinutes(9), "No photo of the site");

        Assert.Equal(WorkOrderState.InProgress, order.State);
        Assert.Null(order.Report);
        Assert.Equal("No photo of the site", order.Timeline[^1].Note);
        order.Submit(Manager, T0.AddMinutes(20), Found with { Text = "Photo added" });
        order.Close(Operator, T0.AddMinutes(21));
        Assert.Equal(WorkOrderState.Closed, order.State);
    }

    [Fact]
    public void Closing_an_order_without_a_report_is_refused()
    {
        var order = In(WorkOrderState.InProgress);

        var refusal = Assert.Throws<OasisProblemException>(() => order.Close(Operator, T0.AddMinutes(9)));

        Assert.Equal(409, refusal.Status);
        Assert.Equal("work-order-transition", refusal.Type);
        Assert.Equal(WorkOrderProblems.NoReport, refusal.DetailKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Refusing_or_returning_without_a_reason_is_a_validation_error(string reason)
    {
        Assert.Equal(400, Assert.Throws<OasisProblemException>(() => In(WorkOrderState.Dispatched).Refuse(Manager, T0, reason)).Status);
        Assert.Equal(400, Assert.Throws<OasisProblemException>(() => In(WorkOrderState.Reported).Return(Operator, T0, reason)).Status);
        Assert.Equal(400, Assert.Throws<OasisProblemException>(() => In(WorkOrderState.InProgress).Submit(Manager, T0, Found with { Text = reason })).Status);
    }

    [Theory]
    [InlineData("severe", 4)]
    [InlineData("serious", 24)]
    [InlineData("general", 72)]
    [InlineData(null, 72)]
    public void The_deadline_follows_the_alarm_level(string? levelCode, int hours)
    {
        AlarmLevel? level = AlarmLevels.TryParse(levelCode, out var parsed) ? parsed : null;

        Assert.Equal(T0.AddHours(hours), NewOrder(level).Deadline);
    }

    [Fact]
    public void An_order_is_overdue_only_after_its_deadline_and_while_not_closed()
    {
        var order = NewOrder(AlarmLevel.Severe, new WorkOrderDeadlines { Severe = TimeSpan.FromHours(2) });

        Assert.False(order.IsOverdue(T0.AddHours(2)));
        Assert.True(order.IsOverdue(T0.AddHours(2).AddTicks(1)));
        var closed = In(WorkOrderState.Closed);
        Assert.False(closed.IsOverdue(closed.Deadline.AddDays(30)));
    }
}
