using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.Notifications;

internal sealed record NotificationDto(long Id, DateTimeOffset At, string Kind, string Text, string? Link, bool Read);

internal sealed record UnreadCount(int Unread);

/// <summary>The caller's own notifications: <c>GET /api/notifications</c>, <c>GET …/unread</c>, <c>POST …/{id}/read</c>, <c>POST …/read-all</c>.</summary>
internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").WithTags("notifications").RequireAuthorization(Policies.Authenticated);
        group.MapGet("/", ListAsync);
        group.MapGet("/unread", async (ClaimsPrincipal user, OasisDb db, CancellationToken ct) =>
            TypedResults.Ok(new UnreadCount(await db.Notifications.CountAsync(n => n.UserName == Name(user) && n.ReadAt == null, ct).ConfigureAwait(false))));
        group.MapPost("/{id:long}/read", ReadAsync);
        group.MapPost("/read-all", ReadAllAsync);
    }

    private static async Task<Ok<List<NotificationDto>>> ListAsync(bool? unread, int? limit, ClaimsPrincipal user, OasisDb db,
        IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        var name = Name(user);
        var query = db.Notifications.AsNoTracking().Where(n => n.UserName == name);
        if (unread == true)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var rows = await query.OrderByDescending(n => n.Id).Take(Math.Clamp(limit ?? 50, 1, 500)).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(n => Dto(n, text)).ToList());
    }

    private static async Task<NoContent> ReadAsync(long id, ClaimsPrincipal user, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var name = Name(user);
        var row = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserName == name, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Notification", id.ToString(CultureInfo.InvariantCulture));
        row.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAllAsync(ClaimsPrincipal user, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var name = Name(user);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in await db.Notifications.Where(n => n.UserName == name && n.ReadAt == null).ToListAsync(ct).ConfigureAwait(false))
        {
            row.ReadAt = now;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    /// <summary>The message in the reader's language: the stored key with its arguments.</summary>
    public static NotificationDto Dto(Notification n, IStringLocalizer text)
    {
        var args = JsonSerializer.Deserialize<string[]>(n.Arguments) ?? [];
        return new NotificationDto(n.Id, BeijingTime.FromUtc(n.At), n.Kind, text[n.MessageKey, args.Cast<object>().ToArray()], n.Link, n.ReadAt is not null);
    }

    private static string Name(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}
