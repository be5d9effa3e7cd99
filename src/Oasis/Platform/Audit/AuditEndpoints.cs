using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Time;
using Oasis.Registry;

namespace Oasis.Platform.Audit;

internal sealed record AuditRecordDto(
    long Id, DateTimeOffset At, string? UserName, string? RemoteAddress, string Action, string? EntityType, string? EntityKey,
    string? Before, string? After);

/// <summary>The audit log, read-only, for the audit administrator (审计管理员). There is no write route.</summary>
internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("audit").RequireAuthorization(Policies.Audit);
        group.MapGet("/", async Task<Ok<List<AuditRecordDto>>> (OasisDb db, HttpContext http, DateTimeOffset? from, DateTimeOffset? to,
            string? user, string? action, string? entity, int? page, int? pageSize, CancellationToken ct) =>
        {
            var query = Filter(db, from, to, user, action, entity);
            http.Response.Headers["X-Total-Count"] = (await query.CountAsync(ct).ConfigureAwait(false)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var size = Math.Clamp(pageSize ?? 200, 1, 5000);
            var rows = await query.Skip((Math.Max(page ?? 1, 1) - 1) * size).Take(size).ToListAsync(ct).ConfigureAwait(false);
            return TypedResults.Ok(rows.Select(ToDto).ToList());
        });
        group.MapGet("/export", async (OasisDb db, DateTimeOffset? from, DateTimeOffset? to, string? user, string? action, string? entity,
            string? format, CancellationToken ct) =>
        {
            var rows = (await Filter(db, from, to, user, action, entity).ToListAsync(ct).ConfigureAwait(false)).Select(ToDto).ToList();
            var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
            return TypedResults.File(xlsx ? TabularCodec<AuditRecordDto>.ToXlsx(rows) : TabularCodec<AuditRecordDto>.ToCsv(rows),
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8",
                xlsx ? "audit.xlsx" : "audit.csv");
        });
    }

    internal static IQueryable<AuditRecord> Filter(OasisDb db, DateTimeOffset? from, DateTimeOffset? to, string? user, string? action, string? entity)
    {
        var query = db.AuditRecords.AsNoTracking();
        if (from is { } f)
        {
            var utc = f.UtcDateTime;
            query = query.Where(a => a.At >= utc);
        }

        if (to is { } t)
        {
            var utc = t.UtcDateTime;
            query = query.Where(a => a.At < utc);
        }

        if (!string.IsNullOrWhiteSpace(user))
        {
            query = query.Where(a => a.UserName == user);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            query = query.Where(a => a.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(entity))
        {
            query = query.Where(a => a.EntityType == entity || a.EntityKey == entity);
        }

        return query.OrderByDescending(a => a.Id);
    }

    internal static AuditRecordDto ToDto(AuditRecord a) =>
        new(a.Id, BeijingTime.FromUtc(a.At), a.UserName, a.RemoteAddress, a.Action, a.EntityType, a.EntityKey, a.Before, a.After);
}
