namespace Oasis.CommandCentre.WorkOrders;

/// <summary>The states of a work order (工单); overdue is not one of them but a flag (<see cref="WorkOrder.IsOverdue"/>).</summary>
internal enum WorkOrderState
{
    Pending,
    Dispatched,
    Accepted,
    InProgress,
    Reported,
    Closed,
}

/// <summary>The actions of the state table, one per route <c>POST /api/work-orders/{id}/{action}</c>.</summary>
internal enum WorkOrderAction
{
    Create,
    Dispatch,
    Accept,
    Refuse,
    Start,
    Report,
    Close,
    Return,
}

internal static class WorkOrderCodes
{
    public static string Code(this WorkOrderState state) => state switch
    {
        WorkOrderState.Pending => "pending",
        WorkOrderState.Dispatched => "dispatched",
        WorkOrderState.Accepted => "accepted",
        WorkOrderState.InProgress => "in_progress",
        WorkOrderState.Reported => "reported",
        WorkOrderState.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    public static WorkOrderState ParseState(string code) =>
        Enum.GetValues<WorkOrderState>().First(s => s.Code() == code);

    public static bool TryParseAction(string? code, out WorkOrderAction action)
    {
        foreach (var a in Enum.GetValues<WorkOrderAction>())
        {
            if (a.Code() == code)
            {
                action = a;
                return true;
            }
        }

        action = default;
        return false;
    }

    public static WorkOrderAction ParseAction(string code) =>
        TryParseAction(code, out var action) ? action : throw new ArgumentOutOfRangeException(nameof(code), code, null);

    public static string Code(this WorkOrderAction action) => action switch
    {
        WorkOrderAction.Create => "create",
        WorkOrderAction.Dispatch => "dispatch",
        WorkOrderAction.Accept => "accept",
        WorkOrderAction.Refuse => "refuse",
        WorkOrderAction.Start => "start",
        WorkOrderAction.Report => "report",
        WorkOrderAction.Close => "close",
        WorkOrderAction.Return => "return",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}

/// <summary>
/// Who acts: a user with roles and, for a grid manager, the grids he is responsible for; or an alarm rule
/// (<see cref="Rule"/>), which may only create.
/// </summary>
internal sealed record WorkOrderActor(string Name, IReadOnlySet<string> Roles, IReadOnlySet<string> GridCodes)
{
    public bool IsRule { get; private init; }

    public static WorkOrderActor Rule(string ruleCode) =>
        new("rule:" + ruleCode, new HashSet<string>(), new HashSet<string>()) { IsRule = true };

    public bool Has(string role) => Roles.Contains(role);
}

/// <summary>A grid manager's report: what was found and done, photo references (stored by the host), where.</summary>
internal sealed record WorkOrderReport(string Text, IReadOnlyList<string> Photos, double? Latitude, double? Longitude);

/// <summary>One transition of a work order, timed and attributed.</summary>
internal sealed record WorkOrderStep(
    DateTimeOffset At, string By, WorkOrderAction Action, WorkOrderState? From, WorkOrderState To, string? Note);
