using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Duty;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.Components.Pages.Command;

/// <summary>An open alarm as a hand-over records it (the JSON of <c>POST /api/duty/handovers</c>).</summary>
public sealed record HandOverAlarm(long Id, string StationCode, string RuleCode, string Level, string State, DateTimeOffset RaisedAt);

/// <summary>An overdue work order as a hand-over records it.</summary>
public sealed record HandOverOrder(long Id, string GridCode, string Title, string State, DateTimeOffset Deadline);

/// <summary>A hand-over as the page shows it.</summary>
internal sealed record HandOverView(long Id, DateTimeOffset At, string By, string? To, string? Note, IReadOnlyList<HandOverAlarm> Alarms,
    IReadOnlyList<HandOverOrder> Orders);

/// <summary>
/// The duty page's reads and writes, with the checks of <c>/api/duty</c>; a hand-over records what Oasis holds at that
/// moment in the same JSON as the API, so both kinds of hand-over read alike.
/// </summary>
internal static class DutyData
{
    public static async Task<List<DutyShiftDto>> WeekAsync(OasisDb db, DateOnly first, CancellationToken ct)
    {
        var last = first.AddDays(6);
        var shifts = await db.DutyShifts.AsNoTracking().Where(s => s.Day >= first && s.Day <= last).OrderBy(s => s.From).ThenBy(s => s.Post)
            .ToListAsync(ct).ConfigureAwait(false);
        var names = await DutyEndpoints.Names(db, shifts.Select(s => s.UserName), ct).ConfigureAwait(false);
        return [.. shifts.Select(s => DutyEndpoints.Dto(s, names))];
    }

    /// <summary>The people who may hold a post: leaders and operators, with their display names.</summary>
    public static async Task<Dictionary<string, string>> PeopleAsync(OasisDb db, CancellationToken ct)
    {
        var users = (await DutyRoster.UsersInRoleAsync(db, Roles.Leader, ct).ConfigureAwait(false))
            .Concat(await DutyRoster.UsersInRoleAsync(db, Roles.Operator, ct).ConfigureAwait(false));
        return await DutyEndpoints.Names(db, users, ct).ConfigureAwait(false);
    }

    public static async Task AddAsync(OasisDb db, DutyShiftRequest body, CancellationToken ct)
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
    }

    public static async Task RemoveAsync(OasisDb db, long id, CancellationToken ct)
    {
        var shift = await db.DutyShifts.SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.DutyShift", id.ToString(CultureInfo.InvariantCulture));
        db.DutyShifts.Remove(shift);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    /// <summary>What a hand-over now would record: every open alarm and every overdue order.</summary>
    public static async Task<(List<HandOverAlarm> Alarms, List<HandOverOrder> Orders)> OutstandingAsync(OasisDb db, DateTime nowUtc, CancellationToken ct)
    {
        var open = await db.Alarms.AsNoTracking().Where(a => a.State != "cleared").OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.StationCode, a.RuleCode, a.Level, a.State, a.RaisedAt }).ToListAsync(ct).ConfigureAwait(false);
        var overdue = await db.WorkOrders.AsNoTracking().Where(o => o.State != "closed" && o.Deadline < nowUtc).OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.GridCode, o.Title, o.State, o.Deadline }).ToListAsync(ct).ConfigureAwait(false);
        return ([.. open.Select(a => new HandOverAlarm(a.Id, a.StationCode, a.RuleCode, a.Level, a.State, BeijingTime.FromUtc(a.RaisedAt)))],
            [.. overdue.Select(o => new HandOverOrder(o.Id, o.GridCode, o.Title, o.State, BeijingTime.FromUtc(o.Deadline)))]);
    }

    public static async Task HandOverAsync(OasisDb db, string by, string? to, string? note, DateTime nowUtc, CancellationToken ct)
    {
        var (alarms, orders) = await OutstandingAsync(db, nowUtc, ct).ConfigureAwait(false);
        db.HandOvers.Add(new HandOver
        {
            At = nowUtc, By = by, To = string.IsNullOrWhiteSpace(to) ? null : to, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            OpenAlarms = JsonSerializer.Serialize(alarms, JsonSerializerOptions.Web),
            OverdueOrders = JsonSerializer.Serialize(orders, JsonSerializerOptions.Web),
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public static async Task<List<HandOverView>> HistoryAsync(OasisDb db, CancellationToken ct)
    {
        var rows = await db.HandOvers.AsNoTracking().OrderByDescending(h => h.At).Take(30).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(h => new HandOverView(h.Id, BeijingTime.FromUtc(h.At), h.By, h.To, h.Note,
            JsonSerializer.Deserialize<List<HandOverAlarm>>(h.OpenAlarms, JsonSerializerOptions.Web) ?? [],
            JsonSerializer.Deserialize<List<HandOverOrder>>(h.OverdueOrders, JsonSerializerOptions.Web) ?? []))];
    }
}
