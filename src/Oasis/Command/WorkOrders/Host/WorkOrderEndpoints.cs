using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>
/// <c>GET/POST /api/work-orders</c>, <c>GET /api/work-orders/{id}</c> (with its timeline and photos),
/// <c>POST /api/work-orders/{id}/{dispatch|accept|refuse|start|report|close|return}</c>. A grid manager sees and acts on
/// the orders of his grids only; the order itself checks who may do what in which state.
/// </summary>
internal static class WorkOrderEndpoints
{
    public static void MapWorkOrders(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/work-orders").WithTags("work-orders");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.Operators);
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:long}/{action}", ActAsync).RequireAuthorization(Policies.WorkOrderActors);
        group.MapWorkOrderPhotos();
        group.MapWorkOrderStatistics();
    }

    private static async Task<Ok<List<WorkOrderDto>>> ListAsync(string? state, string? grid, bool? overdue, string? from, string? to, int? limit,
        ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        if (state is not null && state != "open" && !Enum.GetValues<WorkOrderState>().Any(s => s.Code() == state))
        {
            throw OasisProblemException.Validation("state", "Command.WorkOrder.BadState", state);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var query = Visible(db.WorkOrders.AsNoTracking(), await scopes.ResolveAsync(user, ct).ConfigureAwait(false));
        query = WorkOrderCreation.Filter(query, state, grid, overdue == true, now);
        if (QueryDates.Instant("from", from, "Command.BadTime") is { } f)
        {
            query = query.Where(o => o.CreatedAt >= f);
        }

        if (QueryDates.Instant("to", to, "Command.BadTime") is { } t)
        {
            query = query.Where(o => o.CreatedAt < t);
        }

        var rows = await query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(Math.Clamp(limit ?? 500, 1, 5000))
            .ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(o => WorkOrderDto.Of(o, now, details: false)).ToList());
    }

    private static async Task<Created<WorkOrderDto>> CreateAsync(CreateWorkOrderRequest body, ClaimsPrincipal user, OasisDb db,
        DataScopeResolver scopes, WorkOrderService orders, AlarmCentre alarms, TimeProvider clock, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        var record = await WorkOrderCreation.CreateAsync(orders, alarms, db, scope, user, body, ct).ConfigureAwait(false);
        return TypedResults.Created("/api/work-orders/" + record.Id.ToString(CultureInfo.InvariantCulture),
            WorkOrderDto.Of(record, clock.GetUtcNow().UtcDateTime, details: true));
    }

    private static async Task<Ok<WorkOrderDto>> GetAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, TimeProvider clock,
        CancellationToken ct)
    {
        var order = await FindAsync(id, user, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(WorkOrderDto.Of(order, clock.GetUtcNow().UtcDateTime, details: true));
    }

    private static async Task<Ok<WorkOrderDto>> ActAsync(long id, string action, WorkOrderActionRequest? body, ClaimsPrincipal user, OasisDb db,
        DataScopeResolver scopes, WorkOrderService orders, TimeProvider clock, CancellationToken ct)
    {
        if (!WorkOrderCodes.TryParseAction(action, out var act) || act == WorkOrderAction.Create)
        {
            throw OasisProblemException.NotFound("Command.WorkOrder.Action", action);
        }

        await FindAsync(id, user, db, scopes, ct).ConfigureAwait(false);
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        var input = new WorkOrderInput(body?.Reason, body?.Text, body?.Latitude, body?.Longitude, body?.Assignees);
        var record = await orders.ActAsync(db, id, act, WorkOrderService.Actor(user, scope), input, ct).ConfigureAwait(false);
        return TypedResults.Ok(WorkOrderDto.Of(record, clock.GetUtcNow().UtcDateTime, details: true));
    }

    internal static IQueryable<WorkOrderRecord> Visible(IQueryable<WorkOrderRecord> orders, DataScope scope)
    {
        if (scope.CityWide)
        {
            return orders;
        }

        var grids = scope.Grids.ToList();
        return orders.Where(o => grids.Contains(o.GridCode));
    }

    internal static async Task<WorkOrderRecord> FindAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var order = await db.WorkOrders.AsNoTracking().Include(o => o.Steps).Include(o => o.Photos).AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.WorkOrder", id.ToString(CultureInfo.InvariantCulture));
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        return scope.SeesGrid(order.GridCode) ? order : throw OasisProblemException.OutOfScope();
    }
}
