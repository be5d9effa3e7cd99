using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.CommandCentre.WorkOrders;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Scopes;

namespace Oasis.Components.Pages.Command;

/// <summary>
/// The work-order pages' reads and actions. Actions go through <see cref="WorkOrderService"/> (the order's state table
/// checks role, grid and state); creation is <see cref="WorkOrderCreation"/>, shared with <c>POST /api/work-orders</c>.
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
        query = WorkOrderCreation.Filter(query, state, grid, overdueOnly, nowUtc);
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
        var record = await WorkOrderCreation.CreateAsync(services.GetRequiredService<WorkOrderService>(), services.GetRequiredService<AlarmCentre>(), db,
            scope, user, body, ct).ConfigureAwait(false);
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
