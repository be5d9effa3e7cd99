using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.Duty;

internal sealed record DutyShiftDto(long Id, DateOnly Day, string Shift, string Post, string UserName, string DisplayName, DateTimeOffset From,
    DateTimeOffset Until);

/// <param name="From">Beijing time, ISO 8601.</param>
internal sealed record DutyShiftRequest(DateOnly? Day, string? Shift, string? Post, string? UserName, DateTimeOffset? From, DateTimeOffset? Until);

internal sealed record HandOverRequest(string? To, string? Note);

internal sealed record HandOverDto(long Id, DateTimeOffset At, string By, string? To, string? Note, JsonElement OpenAlarms, JsonElement OverdueOrders);

/// <summary>
/// The duty roster (值班表) — <c>GET/POST /api/duty</c>, <c>DELETE /api/duty/{id}</c> — and hand-overs (交接班) —
/// <c>GET/POST /api/duty/handovers</c>, the open alarms and overdue orders recorded by Oasis at the moment of hand-over.
/// </summary>
internal static class DutyEndpoints
{
    public static void MapDuty(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/duty").WithTags("duty");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/", CreateAsync).RequireAuthorization(Policies.CommandEditors);
        group.MapDelete("/{id:long}", DeleteAsync).RequireAuthorization(Policies.CommandEditors);
        group.MapGet("/handovers", HandOversAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/handovers", HandOverAsync).RequireAuthorization(Policies.Operators);
    }

    private static async Task<Ok<List<DutyShiftDto>>> ListAsync(string? from, string? to, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(BeijingTime.FromUtc(clock.GetUtcNow().UtcDateTime).DateTime);
        var first = ParseDay("from", from) ?? today;
        var last = ParseDay("to", to) ?? first.AddDays(6);
        var shifts = await db.DutyShifts.AsNoTracking().Where(s => s.Day >= first && s.Day <= last).OrderBy(s => s.From).ThenBy(s => s.Post)
            .ToListAsync(ct).ConfigureAwait(false);
        var names = await Names(db, shifts.Select(s => s.UserName), ct).ConfigureAwait(false);
        return TypedResults.Ok(shifts.Select(s => Dto(s, names)).ToList());
    }

    private static async Task<Created<DutyShiftDto>> CreateAsync(DutyShiftRequest body, OasisDb db, CommandTallyCache tallies, CancellationToken ct)
    {
        var shift = await DutyBook.AddAsync(db, body, tallies, ct).ConfigureAwait(false);
        var names = await Names(db, [shift.UserName], ct).ConfigureAwait(false);
        return TypedResults.Created("/api/duty/" + shift.Id.ToString(CultureInfo.InvariantCulture), Dto(shift, names));
    }

    private static async Task<NoContent> DeleteAsync(long id, OasisDb db, CommandTallyCache tallies, CancellationToken ct)
    {
        await DutyBook.RemoveAsync(db, id, tallies, ct).ConfigureAwait(false);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<List<HandOverDto>>> HandOversAsync(int? limit, OasisDb db, CancellationToken ct)
    {
        var rows = await db.HandOvers.AsNoTracking().OrderByDescending(h => h.At).Take(Math.Clamp(limit ?? 50, 1, 500)).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(Dto).ToList());
    }

    private static async Task<Created<HandOverDto>> HandOverAsync(HandOverRequest body, ClaimsPrincipal user, OasisDb db, TimeProvider clock,
        CancellationToken ct)
    {
        var handOver = await DutyBook.HandOverAsync(db, user.FindFirstValue(ClaimTypes.Name) ?? "", body.To, body.Note, clock.GetUtcNow().UtcDateTime, ct)
            .ConfigureAwait(false);
        return TypedResults.Created("/api/duty/handovers/" + handOver.Id.ToString(CultureInfo.InvariantCulture), Dto(handOver));
    }

    private static HandOverDto Dto(HandOver h) => new(h.Id, BeijingTime.FromUtc(h.At), h.By, h.To, h.Note,
        JsonDocument.Parse(h.OpenAlarms).RootElement.Clone(), JsonDocument.Parse(h.OverdueOrders).RootElement.Clone());

    internal static DutyShiftDto Dto(DutyShift s, IReadOnlyDictionary<string, string> names) => new(s.Id, s.Day, s.Shift, s.Post, s.UserName,
        names.GetValueOrDefault(s.UserName, s.UserName), BeijingTime.FromUtc(s.From), BeijingTime.FromUtc(s.Until));

    internal static async Task<Dictionary<string, string>> Names(OasisDb db, IEnumerable<string> userNames, CancellationToken ct)
    {
        var list = userNames.Distinct().ToList();
        return await db.Users.AsNoTracking().Where(u => list.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.DisplayName, ct)
            .ConfigureAwait(false);
    }

    private static DateOnly? ParseDay(string field, string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw OasisProblemException.Validation(field, "Command.BadTime", text);
}
