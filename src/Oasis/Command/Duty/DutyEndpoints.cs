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

    private static async Task<Created<DutyShiftDto>> CreateAsync(DutyShiftRequest body, OasisDb db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.Post is not (DutyRoster.Leader or DutyRoster.Operator))
        {
            errors.Add(new FieldError(null, "post", "Command.Duty.Post", body.Post));
        }

        if (string.IsNullOrWhiteSpace(body.Shift))
        {
            errors.Add(new FieldError(null, "shift", "Validation.Required"));
        }

        if (body.From is not { } from || body.Until is not { } until || until <= from)
        {
            errors.Add(new FieldError(null, "until", "Command.Duty.Times"));
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == body.UserName, ct).ConfigureAwait(false);
        if (user is null)
        {
            errors.Add(new FieldError(null, "userName", "Command.Duty.UnknownUser", body.UserName));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var start = body.From!.Value.UtcDateTime;
        var shift = new DutyShift
        {
            Day = body.Day ?? DateOnly.FromDateTime(BeijingTime.FromUtc(start).DateTime), Shift = body.Shift!.Trim(), Post = body.Post!,
            UserName = user!.UserName!, From = start, Until = body.Until!.Value.UtcDateTime,
        };
        if (await db.DutyShifts.AnyAsync(s => s.Day == shift.Day && s.Shift == shift.Shift && s.Post == shift.Post && s.UserName == shift.UserName, ct)
                .ConfigureAwait(false))
        {
            throw OasisProblemException.Duplicate("Entity.DutyShift", $"{shift.Day:yyyy-MM-dd} {shift.Shift} {shift.UserName}");
        }

        db.DutyShifts.Add(shift);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [user.UserName!] = user.DisplayName };
        return TypedResults.Created("/api/duty/" + shift.Id.ToString(CultureInfo.InvariantCulture), Dto(shift, names));
    }

    private static async Task<NoContent> DeleteAsync(long id, OasisDb db, CancellationToken ct)
    {
        var shift = await db.DutyShifts.SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.DutyShift", id.ToString(CultureInfo.InvariantCulture));
        db.DutyShifts.Remove(shift);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
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
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Alarms.AsNoTracking().Where(a => a.State != "cleared").OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.StationCode, a.RuleCode, a.Level, a.State, a.RaisedAt }).ToListAsync(ct).ConfigureAwait(false);
        var overdue = await db.WorkOrders.AsNoTracking().Where(o => o.State != "closed" && o.Deadline < now).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.GridCode, o.Title, o.State, o.Deadline }).ToListAsync(ct).ConfigureAwait(false);
        var handOver = new HandOver
        {
            At = now, By = user.FindFirstValue(ClaimTypes.Name) ?? "", To = string.IsNullOrWhiteSpace(body.To) ? null : body.To, Note = body.Note,
            OpenAlarms = JsonSerializer.Serialize(open.Select(a => new { a.Id, a.StationCode, a.RuleCode, a.Level, a.State, RaisedAt = BeijingTime.FromUtc(a.RaisedAt) }),
                JsonSerializerOptions.Web),
            OverdueOrders = JsonSerializer.Serialize(overdue.Select(o => new { o.Id, o.GridCode, o.Title, o.State, Deadline = BeijingTime.FromUtc(o.Deadline) }),
                JsonSerializerOptions.Web),
        };
        db.HandOvers.Add(handOver);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
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
