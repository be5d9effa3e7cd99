using Oasis.CommandCentre.Alarms;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.CommandCentre.WorkOrders;

/// <summary>What an order is created with: by hand, by an operator from an alarm, or by a rule.</summary>
/// <param name="Trigger">The alarm's triggering condition: the values snapshot the grid manager sees.</param>
internal sealed record WorkOrderDraft(
    string GridCode, string Title, string? Description, AlarmLevel? Level, long? AlarmId, AlarmCondition? Trigger,
    double? Latitude, double? Longitude);

/// <summary>
/// A work order (工单) and its state table (issue #5): every transition checks the actor's role, for grid managers
/// that the order's grid is theirs, and the state; a refusal is a 409 with a key saying which check failed.
/// </summary>
internal sealed class WorkOrder
{
    private readonly List<WorkOrderStep> _timeline = [];

    private WorkOrder(long id, WorkOrderDraft draft, DateTimeOffset at, TimeSpan allowed)
    {
        Id = id;
        Draft = draft;
        CreatedAt = at;
        Deadline = at + allowed;
    }

    private WorkOrder(long id, WorkOrderDraft draft, DateTimeOffset at, DateTimeOffset deadline)
    {
        Id = id;
        Draft = draft;
        CreatedAt = at;
        Deadline = deadline;
    }

    public long Id { get; }

    public WorkOrderDraft Draft { get; }

    public string GridCode => Draft.GridCode;

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset Deadline { get; }

    public WorkOrderState State { get; private set; } = WorkOrderState.Pending;

    /// <summary>The grid managers it was last dispatched to; empty while pending.</summary>
    public IReadOnlyList<string> Assignees { get; private set; } = [];

    public string? AcceptedBy { get; private set; }

    /// <summary>The report awaiting closing; a returned report stays in the timeline only.</summary>
    public WorkOrderReport? Report { get; private set; }

    public IReadOnlyList<WorkOrderStep> Timeline => _timeline;

    /// <summary>Past its deadline and not closed; the deadline itself is still on time.</summary>
    public bool IsOverdue(DateTimeOffset now) => State != WorkOrderState.Closed && now > Deadline;

    public static WorkOrder Create(long id, WorkOrderDraft draft, WorkOrderActor by, DateTimeOffset at, WorkOrderDeadlines deadlines)
    {
        if (!by.IsRule && !by.Has(Roles.Operator))
        {
            throw Refused(WorkOrderProblems.WrongRole, WorkOrderProblems.ActionArg(WorkOrderAction.Create.Code()), WorkOrderProblems.RoleArg(Roles.Operator));
        }

        Require("title", draft.Title);
        var order = new WorkOrder(id, draft, at, deadlines.For(draft.Level));
        order._timeline.Add(new WorkOrderStep(at, by.Name, WorkOrderAction.Create, null, WorkOrderState.Pending, null));
        return order;
    }

    /// <summary>An order read back from the database: its state is where its timeline ends.</summary>
    public static WorkOrder Restore(long id, WorkOrderDraft draft, DateTimeOffset createdAt, DateTimeOffset deadline, IEnumerable<WorkOrderStep> timeline,
        IReadOnlyList<string> assignees, string? acceptedBy, WorkOrderReport? report)
    {
        var order = new WorkOrder(id, draft, createdAt, deadline) { Assignees = assignees, AcceptedBy = acceptedBy, Report = report };
        order._timeline.AddRange(timeline);
        order.State = order._timeline.Count > 0 ? order._timeline[^1].To : WorkOrderState.Pending;
        return order;
    }

    /// <summary>Sends the order to the grid's managers (the host resolves who they are).</summary>
    public void Dispatch(WorkOrderActor by, DateTimeOffset at, IReadOnlyList<string> gridManagers)
    {
        Check(WorkOrderAction.Dispatch, by, WorkOrderState.Pending);
        Assignees = gridManagers;
        Move(WorkOrderAction.Dispatch, by, at, WorkOrderState.Dispatched, string.Join(", ", gridManagers));
    }

    public void Accept(WorkOrderActor by, DateTimeOffset at)
    {
        Check(WorkOrderAction.Accept, by, WorkOrderState.Dispatched);
        AcceptedBy = by.Name;
        Move(WorkOrderAction.Accept, by, at, WorkOrderState.Accepted, null);
    }

    /// <summary>The grid manager sends the order back (not his grid's problem, wrong place…); the operator re-dispatches.</summary>
    public void Refuse(WorkOrderActor by, DateTimeOffset at, string reason)
    {
        Check(WorkOrderAction.Refuse, by, WorkOrderState.Dispatched);
        Require("reason", reason);
        Assignees = [];
        Move(WorkOrderAction.Refuse, by, at, WorkOrderState.Pending, reason);
    }

    public void Start(WorkOrderActor by, DateTimeOffset at)
    {
        Check(WorkOrderAction.Start, by, WorkOrderState.Accepted);
        Move(WorkOrderAction.Start, by, at, WorkOrderState.InProgress, null);
    }

    public void Submit(WorkOrderActor by, DateTimeOffset at, WorkOrderReport report)
    {
        Check(WorkOrderAction.Report, by, WorkOrderState.InProgress);
        Require("text", report.Text);
        Report = report;
        Move(WorkOrderAction.Report, by, at, WorkOrderState.Reported, report.Text);
    }

    public void Close(WorkOrderActor by, DateTimeOffset at)
    {
        CheckRole(WorkOrderAction.Close, by);
        if (Report is null)
        {
            // Checked before the state so that closing an unreported order says why in the operator's words.
            throw Refused(WorkOrderProblems.NoReport, Id);
        }

        CheckState(WorkOrderAction.Close, WorkOrderState.Reported);
        Move(WorkOrderAction.Close, by, at, WorkOrderState.Closed, null);
    }

    /// <summary>The operator finds the report wanting: back to the grid manager, who must report again.</summary>
    public void Return(WorkOrderActor by, DateTimeOffset at, string reason)
    {
        Check(WorkOrderAction.Return, by, WorkOrderState.Reported);
        Require("reason", reason);
        Report = null;
        Move(WorkOrderAction.Return, by, at, WorkOrderState.InProgress, reason);
    }

    /// <summary>Who may do what: the "who" column of the table.</summary>
    public static string RoleFor(WorkOrderAction action) =>
        action is WorkOrderAction.Accept or WorkOrderAction.Refuse or WorkOrderAction.Start or WorkOrderAction.Report
            ? Roles.GridManager
            : Roles.Operator;

    private void Check(WorkOrderAction action, WorkOrderActor by, WorkOrderState from)
    {
        CheckRole(action, by);
        CheckState(action, from);
    }

    private void CheckRole(WorkOrderAction action, WorkOrderActor by)
    {
        var role = RoleFor(action);
        if (by.IsRule || !by.Has(role))
        {
            throw Refused(WorkOrderProblems.WrongRole, WorkOrderProblems.ActionArg(action.Code()), WorkOrderProblems.RoleArg(role));
        }

        if (role == Roles.GridManager && !by.GridCodes.Contains(GridCode))
        {
            throw Refused(WorkOrderProblems.OtherGrid, Id, GridCode);
        }
    }

    private void CheckState(WorkOrderAction action, WorkOrderState from)
    {
        if (State != from)
        {
            throw Refused(WorkOrderProblems.WrongState, Id, WorkOrderProblems.StateArg(State.Code()), WorkOrderProblems.ActionArg(action.Code()));
        }
    }

    private void Move(WorkOrderAction action, WorkOrderActor by, DateTimeOffset at, WorkOrderState to, string? note)
    {
        _timeline.Add(new WorkOrderStep(at, by.Name, action, State, to, note));
        State = to;
    }

    private static void Require(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw OasisProblemException.Validation(field, "Validation.Required");
        }
    }

    private static OasisProblemException Refused(string key, params object?[] args) =>
        OasisProblemException.Rule(WorkOrderProblems.Type, key, args);
}
