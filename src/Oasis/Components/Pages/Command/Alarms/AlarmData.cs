using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Components.Pages.Command;

/// <summary>What the alarm list is filtered by; times are UTC instants.</summary>
internal sealed record AlarmFilter(string? State, string? Level, string? Grid, DateTime? FromUtc, DateTime? ToUtc);

/// <summary>Names to show beside codes: stations, rules, grids (the caller's grids only).</summary>
internal sealed record CommandNames(IReadOnlyDictionary<string, string> Stations, IReadOnlyDictionary<string, string> Rules,
    IReadOnlyDictionary<string, string> Grids)
{
    public static readonly CommandNames Empty = new(new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, string>());

    public static async Task<CommandNames> LoadAsync(OasisDb db, DataScope scope, CancellationToken ct)
    {
        var stations = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.Name, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var rules = await db.AlarmRules.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var grids = (await db.Grids.AsNoTracking().OrderBy(g => g.Code).Select(g => new { g.Code, g.Name }).ToListAsync(ct).ConfigureAwait(false))
            .Where(g => scope.SeesGrid(g.Code)).ToDictionary(g => g.Code, g => g.Name, StringComparer.Ordinal);
        return new CommandNames(stations, rules, grids);
    }

    public string Station(string code) => Stations.TryGetValue(code, out var name) ? $"{name} ({code})" : code;

    public string Rule(string code) => Rules.GetValueOrDefault(code, code);

    public string Grid(string? code) => code is null ? "—" : Grids.TryGetValue(code, out var name) ? $"{name} ({code})" : code;
}

/// <summary>
/// The alarm pages' reads and actions, with the same scope and state checks as <see cref="AlarmEndpoints"/>; the
/// actions themselves go through the one <see cref="AlarmCentre"/>, as the API's do.
/// </summary>
internal static class AlarmData
{
    public static async Task<List<AlarmDto>> ListAsync(OasisDb db, DataScope scope, AlarmFilter filter, CancellationToken ct)
    {
        var query = AlarmEndpoints.Visible(db.Alarms.AsNoTracking(), scope);
        query = filter.State switch
        {
            null or "" => query,
            "open" => query.Where(a => a.State != "cleared"),
            var s => query.Where(a => a.State == s),
        };
        if (!string.IsNullOrEmpty(filter.Level))
        {
            query = query.Where(a => a.Level == filter.Level);
        }

        if (!string.IsNullOrEmpty(filter.Grid))
        {
            query = query.Where(a => a.GridCode == filter.Grid);
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(a => a.RaisedAt >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(a => a.RaisedAt < to);
        }

        var rows = await query.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Take(500).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(a => AlarmDto.Of(a, history: false))];
    }

    public static async Task<AlarmDto> GetAsync(OasisDb db, DataScope scope, long id, CancellationToken ct)
    {
        var alarm = await db.Alarms.AsNoTracking().Include(a => a.Changes).SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Alarm", id.ToString(CultureInfo.InvariantCulture));
        return scope.SeesGrid(alarm.GridCode) ? AlarmDto.Of(alarm, history: true) : throw OasisProblemException.OutOfScope();
    }

    /// <summary>Acknowledges, or clears with a note when <paramref name="clear"/>; refused as the API refuses.</summary>
    public static async Task ActAsync(IServiceProvider services, OasisDb db, DataScope scope, ClaimsPrincipal user, long id, bool clear, string? note,
        CancellationToken ct)
    {
        var alarm = await GetAsync(db, scope, id, ct).ConfigureAwait(false);
        if (alarm.State == "cleared")
        {
            throw OasisProblemException.Rule("alarm-transition", "Command.Alarm.NotOpen", id);
        }

        var centre = services.GetRequiredService<AlarmCentre>();
        var name = user.FindFirstValue(ClaimTypes.Name) ?? "";
        await (clear ? centre.ClearAsync(id, name, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), ct) : centre.AcknowledgeAsync(id, name, ct))
            .ConfigureAwait(false);
    }
}
