using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.WorkOrders.Host;

/// <summary>One row of the work-order statistics: a grid or a grid manager.</summary>
/// <param name="ResponseMinutes">Mean minutes from (last) dispatch to acceptance.</param>
/// <param name="HandlingMinutes">Mean minutes from acceptance to the (last) report.</param>
/// <param name="OnTimeRate">Closed by the deadline, as a share of the closed orders; null when none closed.</param>
internal sealed record WorkOrderStatRow(string Key, int Orders, int Closed, int Overdue, double? ResponseMinutes, double? HandlingMinutes, double? OnTimeRate);

/// <summary><c>GET /api/work-orders/statistics?from=&amp;to=&amp;by=grid|manager[&amp;format=xlsx]</c>: orders created in the period.</summary>
internal static class WorkOrderStatistics
{
    public static void MapWorkOrderStatistics(this RouteGroupBuilder group) =>
        group.MapGet("/statistics", GetAsync).RequireAuthorization(Policies.Staff);

    private static async Task<Results<Ok<List<WorkOrderStatRow>>, FileContentHttpResult>> GetAsync(string? from, string? to, string? by, string? format,
        ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        by ??= "grid";
        if (by is not ("grid" or "manager"))
        {
            throw OasisProblemException.Validation("by", "Command.Statistics.By", by);
        }

        var query = WorkOrderEndpoints.Visible(db.WorkOrders.AsNoTracking().Include(o => o.Steps), await scopes.ResolveAsync(user, ct).ConfigureAwait(false));
        if (QueryDates.Instant("from", from, "Command.BadTime") is { } f)
        {
            query = query.Where(o => o.CreatedAt >= f);
        }

        if (QueryDates.Instant("to", to, "Command.BadTime") is { } t)
        {
            query = query.Where(o => o.CreatedAt < t);
        }

        var orders = await query.AsSplitQuery().ToListAsync(ct).ConfigureAwait(false);
        var rows = Compute(orders, by, clock.GetUtcNow().UtcDateTime);
        if (format == "xlsx")
        {
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, cancellationToken: ct).ConfigureAwait(false);
            return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"work-orders-by-{by}.xlsx");
        }

        return TypedResults.Ok(rows);
    }

    internal static List<WorkOrderStatRow> Compute(IEnumerable<WorkOrderRecord> orders, string by, DateTime nowUtc)
    {
        var keyed = by == "grid"
            ? orders.Select(o => (Key: o.GridCode, Order: o))
            : orders.Where(o => o.AcceptedBy is not null).Select(o => (Key: o.AcceptedBy!, Order: o));
        return keyed.GroupBy(k => k.Key, k => k.Order, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var list = g.ToList();
            var closed = list.Where(o => o.ClosedAt is not null).ToList();
            return new WorkOrderStatRow(g.Key, list.Count, closed.Count, list.Count(o => o.ClosedAt is null && nowUtc > o.Deadline),
                Mean(list.Select(o => Between(o, "dispatch", "accept"))), Mean(list.Select(o => Between(o, "accept", "report"))),
                closed.Count == 0 ? null : Math.Round(closed.Count(o => o.ClosedAt <= o.Deadline) / (double)closed.Count, 4));
        }).ToList();
    }

    /// <summary>Minutes from the last <paramref name="first"/> step before the last <paramref name="then"/> step to that step.</summary>
    private static double? Between(WorkOrderRecord o, string first, string then)
    {
        var end = o.Steps.Where(s => s.Action == then).OrderBy(s => s.At).LastOrDefault();
        var start = end is null ? null : o.Steps.Where(s => s.Action == first && s.At <= end.At).OrderBy(s => s.At).LastOrDefault();
        return start is null || end is null ? null : (end.At - start.At).TotalMinutes;
    }

    private static double? Mean(IEnumerable<double?> values)
    {
        var list = values.OfType<double>().ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1);
    }
}
