using System.Security.Claims;
using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>
/// Creating an order by hand or from an open alarm — the alarm gives grid, level, position and the triggering values,
/// and moves to handling — for <c>POST /api/work-orders</c> and the operator's pages alike.
/// </summary>
internal static class WorkOrderCreation
{
    public static async Task<WorkOrderRecord> CreateAsync(WorkOrderService orders, AlarmCentre alarms, OasisDb db, DataScope scope, ClaimsPrincipal user,
        CreateWorkOrderRequest body, CancellationToken ct)
    {
        var actor = WorkOrderService.Actor(user, scope);
        WorkOrderDraft draft;
        string? station = null;
        if (body.AlarmId is { } alarmId)
        {
            var alarm = await alarms.FindOpenAsync(alarmId, ct).ConfigureAwait(false)
                ?? throw OasisProblemException.Rule("alarm-transition", "Command.Alarm.NotOpen", alarmId);
            if (alarm.WorkOrderId is { } existing)
            {
                throw OasisProblemException.Rule(WorkOrderProblems.Type, "Command.WorkOrder.AlarmHasOrder", alarmId, existing);
            }

            var s = alarm.Trigger.Station;
            station = s.Code;
            draft = new WorkOrderDraft(alarm.GridCode ?? body.GridCode ?? "", body.Title ?? "", body.Description, alarm.Level, alarmId, alarm.Trigger,
                body.Latitude ?? s.Latitude, body.Longitude ?? s.Longitude);
        }
        else
        {
            AlarmLevel? level = string.IsNullOrEmpty(body.Level) ? null
                : AlarmLevels.TryParse(body.Level, out var l) ? l : throw OasisProblemException.Validation("level", "Command.Rule.Invalid", body.Level);
            draft = new WorkOrderDraft(body.GridCode ?? "", body.Title ?? "", body.Description, level, null, null, body.Latitude, body.Longitude);
        }

        if (string.IsNullOrWhiteSpace(draft.GridCode))
        {
            throw OasisProblemException.Validation("gridCode", "Validation.Required");
        }

        if (!scope.SeesGrid(draft.GridCode))
        {
            throw OasisProblemException.OutOfScope();
        }

        var record = await orders.CreateAsync(db, draft, actor, station, ct).ConfigureAwait(false);
        if (body.AlarmId is { } id)
        {
            await alarms.StartHandlingAsync(id, record.Id, actor.Name, ct).ConfigureAwait(false);
        }

        return record;
    }

    /// <summary>The list filters of <c>GET /api/work-orders</c> and the orders page: a state or "open", a grid, overdue only.</summary>
    public static IQueryable<WorkOrderRecord> Filter(IQueryable<WorkOrderRecord> query, string? state, string? grid, bool overdueOnly, DateTime nowUtc)
    {
        query = state switch
        {
            null or "" => query,
            "open" => query.Where(o => o.State != "closed"),
            _ => query.Where(o => o.State == state),
        };
        if (!string.IsNullOrEmpty(grid))
        {
            query = query.Where(o => o.GridCode == grid);
        }

        return overdueOnly ? query.Where(o => o.State != "closed" && o.Deadline < nowUtc) : query;
    }
}
