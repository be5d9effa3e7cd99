using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.CommandCentre.Alarms.Host;

internal sealed record AlarmChangeDto(DateTimeOffset At, string By, string? From, string To, string? Note);

internal sealed record AlarmDto(
    long Id, string Station, string? Grid, string Rule, string RuleKind, string? Pollutant, string Level, string State,
    DateTimeOffset RaisedAt, DateTimeOffset? ClearedAt, long? IncidentId, long? WorkOrderId, double? Reference,
    IReadOnlyList<AlarmValue> Values, IReadOnlyList<AlarmChangeDto>? History)
{
    public static AlarmDto Of(AlarmRecord a, bool history) => new(a.Id, a.StationCode, a.GridCode, a.RuleCode, a.RuleKind, a.Pollutant, a.Level,
        a.State, BeijingTime.FromUtc(a.RaisedAt), a.ClearedAt is { } c ? BeijingTime.FromUtc(c) : null, a.IncidentId, a.WorkOrderId, a.Reference,
        AlarmSnapshot.ReadValues(a.Values).Select(v => v with { Time = v.Time.ToBeijing() }).ToList(),
        history ? a.Changes.OrderBy(c => c.Id).Select(c => new AlarmChangeDto(BeijingTime.FromUtc(c.At), c.By, c.From, c.To, c.Note)).ToList() : null);
}

internal sealed record ClearAlarmRequest(string? Note);

/// <summary><c>GET /api/alarms</c>, <c>GET /api/alarms/{id}</c>, <c>POST /api/alarms/{id}/acknowledge|clear</c>, within the caller's scope.</summary>
internal static class AlarmEndpoints
{
    private static readonly string[] States = ["raised", "acknowledged", "handling", "cleared", "open"];

    public static void MapAlarms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/alarms").WithTags("alarms");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/{id:long}/acknowledge", AcknowledgeAsync).RequireAuthorization(Policies.Operators);
        group.MapPost("/{id:long}/clear", ClearAsync).RequireAuthorization(Policies.Operators);
    }

    /// <param name="state">raised, acknowledged, handling, cleared, or open (any but cleared).</param>
    /// <param name="from">Raised at or after (yyyy-MM-dd or ISO 8601, Beijing time when no offset).</param>
    /// <param name="before">The next page: alarms listed after this alarm id in the newest-first order.</param>
    private static async Task<Ok<List<AlarmDto>>> ListAsync(string? state, string? grid, string? from, string? to, int? limit, long? before,
        ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        if (state is not null && !States.Contains(state))
        {
            throw OasisProblemException.Validation("state", "Command.Alarm.BadState", state);
        }

        var fromUtc = QueryDates.Instant("from", from, "Command.BadTime");
        var toUtc = QueryDates.Instant("to", to, "Command.BadTime");
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        var query = Visible(db.Alarms.AsNoTracking(), scope);
        query = state switch
        {
            null => query,
            // Constants, so that SQLite searches the (State, RaisedAt) index for each; != would scan every alarm.
            "open" => query.Where(a => a.State == "raised" || a.State == "acknowledged" || a.State == "handling"),
            _ => query.Where(a => a.State == state),
        };
        if (grid is not null)
        {
            query = query.Where(a => a.GridCode == grid);
        }

        if (fromUtc is { } f)
        {
            query = query.Where(a => a.RaisedAt >= f);
        }

        if (toUtc is { } t)
        {
            query = query.Where(a => a.RaisedAt < t);
        }

        if (before is { } id)
        {
            var last = await db.Alarms.AsNoTracking().Where(a => a.Id == id).Select(a => (DateTime?)a.RaisedAt).SingleOrDefaultAsync(ct).ConfigureAwait(false)
                ?? throw OasisProblemException.Validation("before", "Command.Alarm.UnknownBefore", id);
            query = query.Where(a => a.RaisedAt < last || (a.RaisedAt == last && a.Id < id));
        }

        var rows = await query.OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Take(Math.Clamp(limit ?? 100, 1, 5000))
            .ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(a => AlarmDto.Of(a, history: false)).ToList());
    }

    private static async Task<Ok<AlarmDto>> GetAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct) =>
        TypedResults.Ok(AlarmDto.Of(await FindAsync(id, user, db, scopes, ct).ConfigureAwait(false), history: true));

    private static async Task<Ok<AlarmDto>> AcknowledgeAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, AlarmCentre centre,
        CancellationToken ct)
    {
        await ActAsync(id, user, db, scopes, ct, () => centre.AcknowledgeAsync(id, Name(user), ct)).ConfigureAwait(false);
        return await GetAsync(id, user, db, scopes, ct).ConfigureAwait(false);
    }

    private static async Task<Ok<AlarmDto>> ClearAsync(long id, ClearAlarmRequest? body, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes,
        AlarmCentre centre, CancellationToken ct)
    {
        await ActAsync(id, user, db, scopes, ct, () => centre.ClearAsync(id, Name(user), body?.Note, ct)).ConfigureAwait(false);
        return await GetAsync(id, user, db, scopes, ct).ConfigureAwait(false);
    }

    private static async Task ActAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct, Func<Task> action)
    {
        var alarm = await FindAsync(id, user, db, scopes, ct).ConfigureAwait(false);
        if (alarm.State == "cleared")
        {
            throw OasisProblemException.Rule("alarm-transition", "Command.Alarm.NotOpen", id);
        }

        await action().ConfigureAwait(false);
    }

    internal static IQueryable<AlarmRecord> Visible(IQueryable<AlarmRecord> alarms, DataScope scope)
    {
        if (scope.CityWide)
        {
            return alarms;
        }

        var grids = scope.Grids.ToList();
        return alarms.Where(a => a.GridCode != null && grids.Contains(a.GridCode));
    }

    private static async Task<AlarmRecord> FindAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var alarm = await db.Alarms.AsNoTracking().Include(a => a.Changes).SingleOrDefaultAsync(a => a.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Alarm", id.ToString(CultureInfo.InvariantCulture));
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        return scope.SeesGrid(alarm.GridCode) ? alarm : throw OasisProblemException.OutOfScope();
    }

    private static string Name(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Name) ?? "";
}
