using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.CommandCentre.WorkOrders;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Components.Pages.Command;

/// <summary>
/// The work-order pages' reads and actions. Actions go through <see cref="WorkOrderService"/> (the order's state table
/// checks role, grid and state); creation repeats only the thin orchestration of <c>POST /api/work-orders</c>.
/// </summary>
internal static class OrderData
{
    /// <summary>The actions an operator may take in each state (the table); grid managers act on their phone pages.</summary>
    public static IReadOnlyList<WorkOrderAction> OperatorActions(string state) => state switch
    {
        "pending" => [WorkOrderAction.Dispatch],
        "reported" => [WorkOrderAction.Close, WorkOrderAction.Return],
        _ => [],
    };

    public static async Task<List<WorkOrderDto>> ListAsync(OasisDb db, DataScope scope, string? state, string? grid, bool overdueOnly, DateTime nowUtc,
        CancellationToken ct)
    {
        var query = WorkOrderEndpoints.Visible(db.WorkOrders.AsNoTracking(), scope);
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

        if (overdueOnly)
        {
            query = query.Where(o => o.State != "closed" && o.Deadline < nowUtc);
        }

        var rows = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(500).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(o => WorkOrderDto.Of(o, nowUtc, details: false))];
    }

    public static async Task<WorkOrderDto> GetAsync(IServiceProvider services, OasisDb db, ClaimsPrincipal user, long id, DateTime nowUtc, CancellationToken ct)
    {
        var order = await WorkOrderEndpoints.FindAsync(id, user, db, services.GetRequiredService<DataScopeResolver>(), ct).ConfigureAwait(false);
        return WorkOrderDto.Of(order, nowUtc, details: true);
    }

    public static async Task<List<WorkOrderStatRow>> StatisticsAsync(OasisDb db, DataScope scope, string by, DateTime nowUtc, CancellationToken ct)
    {
        var orders = await WorkOrderEndpoints.Visible(db.WorkOrders.AsNoTracking().Include(o => o.Steps), scope).AsSplitQuery().ToListAsync(ct)
            .ConfigureAwait(false);
        return WorkOrderStatistics.Compute(orders, by, nowUtc);
    }

    /// <summary>Creates an order by hand or from an open alarm (which then starts being handled), as <c>POST /api/work-orders</c> does.</summary>
    public static async Task<long> CreateAsync(IServiceProvider services, OasisDb db, DataScope scope, ClaimsPrincipal user, CreateWorkOrderRequest body,
        CancellationToken ct)
    {
        var alarms = services.GetRequiredService<AlarmCentre>();
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

        var record = await services.GetRequiredService<WorkOrderService>().CreateAsync(db, draft, actor, station, ct).ConfigureAwait(false);
        if (body.AlarmId is { } id)
        {
            await alarms.StartHandlingAsync(id, record.Id, actor.Name, ct).ConfigureAwait(false);
        }

        return record.Id;
    }

    public static async Task ActAsync(IServiceProvider services, OasisDb db, DataScope scope, ClaimsPrincipal user, long id, WorkOrderAction action,
        WorkOrderInput input, CancellationToken ct)
    {
        await WorkOrderEndpoints.FindAsync(id, user, db, services.GetRequiredService<DataScopeResolver>(), ct).ConfigureAwait(false);
        await services.GetRequiredService<WorkOrderService>().ActAsync(db, id, action, WorkOrderService.Actor(user, scope), input, ct).ConfigureAwait(false);
    }

    public static bool IsOperator(ClaimsPrincipal user) => user.IsInRole(Roles.Operator);
}
