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

/// <summary>An incident (事件) with its alarms: counts by level and state in the list, the alarms themselves in one.</summary>
internal sealed record IncidentDto(
    long Id, string Grid, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, bool Escalated, int Alarms, int OpenAlarms, string WorstLevel,
    IReadOnlyList<AlarmDto>? Members);

/// <summary><c>GET /api/incidents?open=&amp;grid=</c> and <c>GET /api/incidents/{id}</c>, within the caller's scope.</summary>
internal static class IncidentEndpoints
{
    public static void MapIncidents(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/incidents").WithTags("alarms");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff);
    }

    /// <param name="open">true: open incidents only; false: closed only; absent: both, newest first.</param>
    private static async Task<Ok<List<IncidentDto>>> ListAsync(bool? open, string? grid, int? limit, ClaimsPrincipal user, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        var query = db.Incidents.AsNoTracking();
        if (!scope.CityWide)
        {
            var grids = scope.Grids.ToList();
            query = query.Where(i => grids.Contains(i.GridCode));
        }

        query = open switch
        {
            true => query.Where(i => i.ClosedAt == null),
            false => query.Where(i => i.ClosedAt != null),
            null => query,
        };
        if (grid is not null)
        {
            query = query.Where(i => i.GridCode == grid);
        }

        var incidents = await query.OrderByDescending(i => i.OpenedAt).ThenByDescending(i => i.Id).Take(Math.Clamp(limit ?? 100, 1, 1000))
            .ToListAsync(ct).ConfigureAwait(false);
        var ids = incidents.Select(i => i.Id).ToList();
        var members = await db.Alarms.AsNoTracking().Where(a => a.IncidentId != null && ids.Contains(a.IncidentId.Value))
            .Select(a => new { IncidentId = a.IncidentId!.Value, a.Level, a.State })
            .ToListAsync(ct).ConfigureAwait(false);
        var byIncident = members.ToLookup(m => m.IncidentId);
        return TypedResults.Ok(incidents.Select(i =>
        {
            var of = byIncident[i.Id].ToList();
            return Dto(i, of.Count, of.Count(m => m.State != "cleared"), Worst(of.Select(m => m.Level)), null);
        }).ToList());
    }

    private static async Task<Ok<IncidentDto>> GetAsync(long id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var incident = await db.Incidents.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Incident", id.ToString(CultureInfo.InvariantCulture));
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        if (!scope.SeesGrid(incident.GridCode))
        {
            throw OasisProblemException.OutOfScope();
        }

        var alarms = await db.Alarms.AsNoTracking().Where(a => a.IncidentId == id).OrderBy(a => a.RaisedAt).ThenBy(a => a.Id)
            .ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(Dto(incident, alarms.Count, alarms.Count(a => a.State != "cleared"), Worst(alarms.Select(a => a.Level)),
            alarms.Select(a => AlarmDto.Of(a, history: false)).ToList()));
    }

    private static IncidentDto Dto(IncidentRecord i, int alarms, int open, string worst, IReadOnlyList<AlarmDto>? members) =>
        new(i.Id, i.GridCode, BeijingTime.FromUtc(i.OpenedAt), i.ClosedAt is { } c ? BeijingTime.FromUtc(c) : null, i.Escalated, alarms, open, worst,
            members);

    /// <summary>The highest level among the members (AlarmLevel is ordered); general when there are none.</summary>
    private static string Worst(IEnumerable<string> levels) =>
        levels.Select(l => AlarmLevels.TryParse(l, out var level) ? level : AlarmLevel.General).DefaultIfEmpty(AlarmLevel.General).Max().Code();
}
