using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.Duty;

/// <summary>An open alarm as a hand-over records it (the JSON of <c>POST /api/duty/handovers</c>).</summary>
public sealed record HandOverAlarm(long Id, string StationCode, string RuleCode, string Level, string State, DateTimeOffset RaisedAt);

/// <summary>An overdue work order as a hand-over records it.</summary>
public sealed record HandOverOrder(long Id, string GridCode, string Title, string State, DateTimeOffset Deadline);

/// <summary>
/// Writing the roster and hand-overs, with their checks, for <c>/api/duty</c> and the duty page alike: a hand-over
/// records every open alarm and overdue order at that moment, in the same JSON whoever writes it.
/// </summary>
internal static class DutyBook
{
    /// <summary>Adds a shift and drops the screens' counts (who is on duty shows at once).</summary>
    public static async Task<DutyShift> AddAsync(OasisDb db, DutyShiftRequest body, CommandTallyCache tallies, CancellationToken ct)
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
        tallies.Invalidate();
        return shift;
    }

    public static async Task RemoveAsync(OasisDb db, long id, CommandTallyCache tallies, CancellationToken ct)
    {
        var shift = await db.DutyShifts.SingleOrDefaultAsync(s => s.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.DutyShift", id.ToString(CultureInfo.InvariantCulture));
        db.DutyShifts.Remove(shift);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        tallies.Invalidate();
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

    public static async Task<HandOver> HandOverAsync(OasisDb db, string by, string? to, string? note, DateTime nowUtc, CancellationToken ct)
    {
        var (alarms, orders) = await OutstandingAsync(db, nowUtc, ct).ConfigureAwait(false);
        var handOver = new HandOver
        {
            At = nowUtc, By = by, To = string.IsNullOrWhiteSpace(to) ? null : to, Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            OpenAlarms = JsonSerializer.Serialize(alarms, JsonSerializerOptions.Web),
            OverdueOrders = JsonSerializer.Serialize(orders, JsonSerializerOptions.Web),
        };
        db.HandOvers.Add(handOver);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return handOver;
    }
}
