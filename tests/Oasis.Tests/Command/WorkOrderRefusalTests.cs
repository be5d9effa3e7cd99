using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.WorkOrders;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using static Oasis.Tests.CommandCentre.WorkOrderTests;

namespace Oasis.Tests.CommandCentre;

/// <summary>Every action of the table against every actor and every state: allowed exactly where the table says.</summary>
public sealed class WorkOrderRefusalTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<WorkOrderAction, WorkOrderState> From = new()
    {
        [WorkOrderAction.Dispatch] = WorkOrderState.Pending,
        [WorkOrderAction.Accept] = WorkOrderState.Dispatched,
        [WorkOrderAction.Refuse] = WorkOrderState.Dispatched,
        [WorkOrderAction.Start] = WorkOrderState.Accepted,
        [WorkOrderAction.Report] = WorkOrderState.InProgress,
        [WorkOrderAction.Close] = WorkOrderState.Reported,
        [WorkOrderAction.Return] = WorkOrderState.Reported,
    };

    private static void Do(WorkOrder order, WorkOrderAction action, WorkOrderActor by)
    {
        switch (action)
        {
            case WorkOrderAction.Dispatch: order.Dispatch(by, At, ["gm1"]); break;
            case WorkOrderAction.Accept: order.Accept(by, At); break;
            case WorkOrderAction.Refuse: order.Refuse(by, At, "not my grid"); break;
            case WorkOrderAction.Start: order.Start(by, At); break;
            case WorkOrderAction.Report: order.Submit(by, At, new WorkOrderReport("done", [], null, null)); break;
            case WorkOrderAction.Close: order.Close(by, At); break;
            case WorkOrderAction.Return: order.Return(by, At, "again"); break;
            default: throw new ArgumentOutOfRangeException(nameof(action));
        }
    }

    // Theories take enum names: the domain enums are internal and a public test method cannot take them.
    private static WorkOrderAction A(string name) => Enum.Parse<WorkOrderAction>(name);

    private static WorkOrderState S(string name) => Enum.Parse<WorkOrderState>(name);

    public static TheoryData<string, string> ActionsInWrongStates()
    {
        var data = new TheoryData<string, string>();
        foreach (var (action, from) in From)
        {
            foreach (var state in Enum.GetValues<WorkOrderState>().Where(s => s != from))
            {
                data.Add(action.ToString(), state.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActionsInWrongStates))]
    public void Every_action_is_refused_outside_its_from_state(string actionName, string stateName)
    {
        var (action, state) = (A(actionName), S(stateName));
        var order = In(state);
        var by = WorkOrder.RoleFor(action) == Roles.Operator ? Operator : Manager;

        var refusal = Assert.Throws<OasisProblemException>(() => Do(order, action, by));

        // Closing an order that has no report says so; every other wrong state says which state the order is in.
        var expected = action == WorkOrderAction.Close && order.Report is null ? WorkOrderProblems.NoReport : WorkOrderProblems.WrongState;
        Assert.Equal((409, "work-order-transition", expected), (refusal.Status, refusal.Type, refusal.DetailKey));
        Assert.Equal(state, order.State);
    }

    public static TheoryData<string, string> ActionsByWrongActors()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in From.Keys)
        {
            foreach (var actor in new[] { "operator", "grid-manager", "leader", "rule" })
            {
                var right = WorkOrder.RoleFor(action) == Roles.Operator ? "operator" : "grid-manager";
                if (actor != right)
                {
                    data.Add(action.ToString(), actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ActionsByWrongActors))]
    public void Every_action_is_refused_to_the_wrong_role(string actionName, string actor)
    {
        var action = A(actionName);
        var order = In(From[action]);
        var by = actor switch
        {
            "operator" => Operator,
            "grid-manager" => Manager,
            "leader" => Leader,
            _ => WorkOrderActor.Rule("pm25-75"),
        };

        var refusal = Assert.Throws<OasisProblemException>(() => Do(order, action, by));

        Assert.Equal((409, WorkOrderProblems.WrongRole), (refusal.Status, refusal.DetailKey));
        Assert.Equal(From[action], order.State);
    }

    [Theory]
    [InlineData("Accept")]
    [InlineData("Refuse")]
    [InlineData("Start")]
    [InlineData("Report")]
    public void A_grid_manager_of_another_grid_is_refused(string actionName)
    {
        var action = A(actionName);
        var order = In(From[action]);

        var refusal = Assert.Throws<OasisProblemException>(() => Do(order, action, OtherManager));

        Assert.Equal(WorkOrderProblems.OtherGrid, refusal.DetailKey);
        Assert.Equal([order.Id, "G1"], refusal.Args);
    }

    [Theory]
    [InlineData("Dispatch", "Dispatched")]
    [InlineData("Accept", "Accepted")]
    [InlineData("Refuse", "Pending")]
    [InlineData("Start", "InProgress")]
    [InlineData("Report", "Reported")]
    [InlineData("Close", "Closed")]
    [InlineData("Return", "InProgress")]
    public void Every_allowed_action_moves_to_the_state_of_the_table(string actionName, string toName)
    {
        var (action, to) = (A(actionName), S(toName));
        var order = In(From[action]);
        var by = WorkOrder.RoleFor(action) == Roles.Operator ? Operator : Manager;

        Do(order, action, by);

        Assert.Equal(to, order.State);
        Assert.Equal((action, From[action], to, by.Name), (order.Timeline[^1].Action, order.Timeline[^1].From, order.Timeline[^1].To, order.Timeline[^1].By));
    }

    [Theory]
    [InlineData(Roles.GridManager)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.Admin)]
    public void Only_an_operator_or_a_rule_creates_orders(string role)
    {
        var refusal = Assert.Throws<OasisProblemException>(() => WorkOrder.Create(
            9, new WorkOrderDraft("G1", "t", null, AlarmLevel.General, null, null, null, null), Actor("x", role, "G1"), At, new WorkOrderDeadlines()));

        Assert.Equal(WorkOrderProblems.WrongRole, refusal.DetailKey);
    }
}
