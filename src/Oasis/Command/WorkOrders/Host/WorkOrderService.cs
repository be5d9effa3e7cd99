using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.Duty;
using Oasis.CommandCentre.Notifications;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>What an action brings besides the actor: a reason (refuse, return), a report (report), assignees (dispatch).</summary>
internal sealed record WorkOrderInput(string? Reason, string? Text, double? Latitude, double? Longitude, IReadOnlyList<string>? Assignees);

/// <summary>
/// Creates work orders and moves them through the state table of <see cref="WorkOrder"/>: reads the record, restores
/// the order, lets it check and apply the action, writes the new state and step, and tells the people concerned.
/// </summary>
internal sealed class WorkOrderService(Notifier notifier, TimeProvider clock, IOptions<CommandOptions> options)
{
    public async Task<WorkOrderRecord> CreateAsync(OasisDb db, WorkOrderDraft draft, WorkOrderActor by, string? stationCode, CancellationToken ct)
    {
        if (!await db.Grids.AnyAsync(g => g.Code == draft.GridCode, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.Validation("gridCode", "Command.WorkOrder.UnknownGrid", draft.GridCode);
        }

        var now = clock.GetUtcNow();
        var order = WorkOrder.Create(0, draft, by, now, options.Value.Deadlines);
        var record = new WorkOrderRecord
        {
            GridCode = draft.GridCode,
            Title = draft.Title.Trim(),
            Description = draft.Description,
            Level = draft.Level?.Code(),
            AlarmId = draft.AlarmId,
            StationCode = stationCode,
            Snapshot = draft.Trigger is { } t ? Alarms.Host.AlarmSnapshot.Write(t.Values) : null,
            Latitude = draft.Latitude,
            Longitude = draft.Longitude,
            CreatedAt = now.UtcDateTime,
            CreatedBy = by.Name,
            Deadline = order.Deadline.UtcDateTime,
            State = order.State.Code(),
        };
        record.Steps.AddRange(order.Timeline.Select(ToRecord));
        db.WorkOrders.Add(record);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await notifier.SendAsync(db, await DutyRoster.HoldersAsync(db, DutyRoster.Operator, now.UtcDateTime, ct).ConfigureAwait(false),
            Notice("work-order", "Notice.OrderCreated", record), ct).ConfigureAwait(false);
        return record;
    }

    public async Task<WorkOrderRecord> ActAsync(OasisDb db, long id, WorkOrderAction action, WorkOrderActor by, WorkOrderInput input, CancellationToken ct)
    {
        var record = await db.WorkOrders.Include(o => o.Steps).Include(o => o.Photos).SingleOrDefaultAsync(o => o.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.WorkOrder", id.ToString(CultureInfo.InvariantCulture));
        var order = Restore(record);
        var now = clock.GetUtcNow();
        var known = order.Timeline.Count;
        switch (action)
        {
            case WorkOrderAction.Dispatch:
                order.Dispatch(by, now, await AssigneesAsync(db, record.GridCode, input.Assignees, ct).ConfigureAwait(false));
                break;
            case WorkOrderAction.Accept: order.Accept(by, now); break;
            case WorkOrderAction.Refuse: order.Refuse(by, now, input.Reason ?? ""); break;
            case WorkOrderAction.Start: order.Start(by, now); break;
            case WorkOrderAction.Report:
                var photos = record.Photos.Where(p => !p.Reported).ToList();
                order.Submit(by, now, new WorkOrderReport(input.Text ?? "", photos.Select(p => p.Key).ToList(), input.Latitude, input.Longitude));
                photos.ForEach(p => p.Reported = true);
                break;
            case WorkOrderAction.Close: order.Close(by, now); break;
            case WorkOrderAction.Return:
                order.Return(by, now, input.Reason ?? "");
                break;
            default:
                throw OasisProblemException.Validation("action", "Command.WorkOrder.UnknownAction", action.Code());
        }

        record.State = order.State.Code();
        record.Assignees = order.Assignees.Count > 0 ? string.Join(',', order.Assignees) : null;
        record.AcceptedBy = order.AcceptedBy;
        record.ReportText = order.Report?.Text;
        record.ReportLatitude = order.Report?.Latitude;
        record.ReportLongitude = order.Report?.Longitude;
        record.ClosedAt = order.State == WorkOrderState.Closed ? now.UtcDateTime : null;
        record.Steps.AddRange(order.Timeline.Skip(known).Select(ToRecord));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await NotifyAsync(db, record, action, now.UtcDateTime, ct).ConfigureAwait(false);
        return record;
    }

    /// <summary>The actor of a request: the user's roles and, for a grid manager, the grids of his scope.</summary>
    public static WorkOrderActor Actor(ClaimsPrincipal user, DataScope scope) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        Roles.All.Where(user.IsInRole).ToHashSet(StringComparer.Ordinal),
        scope.CityWide ? new HashSet<string>(StringComparer.Ordinal) : scope.Grids.ToHashSet(StringComparer.Ordinal));

    public static WorkOrder Restore(WorkOrderRecord r)
    {
        var draft = new WorkOrderDraft(r.GridCode, r.Title, r.Description, AlarmLevels.TryParse(r.Level, out var level) ? level : null, r.AlarmId,
            null, r.Latitude, r.Longitude);
        var report = r.ReportText is null ? null
            : new WorkOrderReport(r.ReportText, r.Photos.Where(p => p.Reported).Select(p => p.Key).ToList(), r.ReportLatitude, r.ReportLongitude);
        var assignees = r.Assignees?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return WorkOrder.Restore(r.Id, draft, Utc(r.CreatedAt), Utc(r.Deadline), r.Steps.OrderBy(s => s.Id).Select(ToStep), assignees, r.AcceptedBy, report);
    }

    /// <summary>The grid managers responsible for a grid: their scope holds the grid or its town/street.</summary>
    public static async Task<List<string>> GridManagersAsync(OasisDb db, string gridCode, CancellationToken ct)
    {
        var town = await db.Grids.Where(g => g.Code == gridCode).Select(g => g.TownCode).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var managers = await DutyRoster.UsersInRoleAsync(db, Roles.GridManager, ct).ConfigureAwait(false);
        return await (from s in db.UserScopes
                      join u in db.Users on s.UserId equals u.Id
                      where (s.NodeCode == gridCode || s.NodeCode == town) && managers.Contains(u.UserName!)
                      orderby u.UserName
                      select u.UserName!).Distinct().ToListAsync(ct).ConfigureAwait(false);
    }

    private static async Task<List<string>> AssigneesAsync(OasisDb db, string gridCode, IReadOnlyList<string>? chosen, CancellationToken ct)
    {
        var managers = await GridManagersAsync(db, gridCode, ct).ConfigureAwait(false);
        if (managers.Count == 0)
        {
            throw OasisProblemException.Rule(WorkOrderProblems.Type, "Command.WorkOrder.NoGridManager", gridCode);
        }

        if (chosen is null || chosen.Count == 0)
        {
            return managers;
        }

        var wrong = chosen.FirstOrDefault(c => !managers.Contains(c, StringComparer.Ordinal));
        return wrong is null ? [.. chosen.Distinct(StringComparer.Ordinal)]
            : throw OasisProblemException.Validation("assignees", "Command.WorkOrder.NotGridManager", wrong, gridCode);
    }

    private async Task NotifyAsync(OasisDb db, WorkOrderRecord record, WorkOrderAction action, DateTime now, CancellationToken ct)
    {
        IReadOnlyList<string> to = action switch
        {
            WorkOrderAction.Dispatch => record.Assignees?.Split(',') ?? [],
            WorkOrderAction.Return or WorkOrderAction.Close => record.AcceptedBy is { } a ? [a] : [],
            WorkOrderAction.Refuse or WorkOrderAction.Report => await DutyRoster.HoldersAsync(db, DutyRoster.Operator, now, ct).ConfigureAwait(false),
            _ => [],
        };
        if (to.Count > 0)
        {
            await notifier.SendAsync(db, to, Notice("work-order", "Notice.Order." + action.Code(), record), ct).ConfigureAwait(false);
        }
    }

    internal static NoticeText Notice(string kind, string key, WorkOrderRecord r) =>
        new(kind, key, [r.Id.ToString(CultureInfo.InvariantCulture), r.Title, r.GridCode], "/command/orders/" + r.Id.ToString(CultureInfo.InvariantCulture));

    private static WorkOrderStepRecord ToRecord(WorkOrderStep s) => new()
    {
        At = s.At.UtcDateTime, By = s.By, Action = s.Action.Code(), From = s.From?.Code(), To = s.To.Code(), Note = s.Note,
    };

    private static WorkOrderStep ToStep(WorkOrderStepRecord s) =>
        new(Utc(s.At), s.By, WorkOrderCodes.ParseAction(s.Action), s.From is null ? null : WorkOrderCodes.ParseState(s.From), WorkOrderCodes.ParseState(s.To), s.Note);

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
