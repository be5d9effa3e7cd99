using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre;
using Oasis.CommandCentre.Duty;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Time;

namespace Oasis.Components.Pages.Command;

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

    public static Task AddAsync(OasisDb db, IServiceProvider services, DutyShiftRequest body, CancellationToken ct) =>
        DutyBook.AddAsync(db, body, services.GetRequiredService<CommandTallyCache>(), ct);

    public static Task RemoveAsync(OasisDb db, IServiceProvider services, long id, CancellationToken ct) =>
        DutyBook.RemoveAsync(db, id, services.GetRequiredService<CommandTallyCache>(), ct);

    public static Task<(List<HandOverAlarm> Alarms, List<HandOverOrder> Orders)> OutstandingAsync(OasisDb db, DateTime nowUtc, CancellationToken ct) =>
        DutyBook.OutstandingAsync(db, nowUtc, ct);

    public static Task HandOverAsync(OasisDb db, string by, string? to, string? note, DateTime nowUtc, CancellationToken ct) =>
        DutyBook.HandOverAsync(db, by, to, note, nowUtc, ct);

    public static async Task<List<HandOverView>> HistoryAsync(OasisDb db, CancellationToken ct)
    {
        var rows = await db.HandOvers.AsNoTracking().OrderByDescending(h => h.At).Take(30).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(h => new HandOverView(h.Id, BeijingTime.FromUtc(h.At), h.By, h.To, h.Note,
            JsonSerializer.Deserialize<List<HandOverAlarm>>(h.OpenAlarms, JsonSerializerOptions.Web) ?? [],
            JsonSerializer.Deserialize<List<HandOverOrder>>(h.OverdueOrders, JsonSerializerOptions.Web) ?? []))];
    }
}
