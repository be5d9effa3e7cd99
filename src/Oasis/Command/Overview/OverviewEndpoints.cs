using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.CommandCentre.Live;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.CommandCentre.Overview;

/// <summary>
/// <c>GET /api/command/overview</c> (the big screen's figures, from memory) and <c>GET /api/command/playback</c> (the
/// map's last 24 hours from stored history), both within the caller's data scope (docs/command-api.md).
/// </summary>
internal static class OverviewEndpoints
{
    public static void MapCommandOverview(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/command").WithTags("command").RequireAuthorization(Policies.Staff);
        group.MapGet("/overview", OverviewAsync);
        group.MapGet("/playback", PlaybackAsync);
    }

    private static async Task<Ok<CommandOverviewDto>> OverviewAsync(HttpContext http, LiveAirState live, ICommandTallies tallies,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var snapshot = live.Current;
        var counts = await tallies.CountAsync(scope, ct).ConfigureAwait(false);
        return TypedResults.Ok(new CommandOverviewDto(OverviewMapping.City(snapshot), OverviewMapping.Stations(snapshot, scope),
            counts.AlarmsByLevel, counts.OrdersByState, counts.OnDuty));
    }

    /// <param name="to">The end of the 24 hours (default now); at most 7 days back, as long as minute data are kept.</param>
    private static async Task<Ok<PlaybackDto>> PlaybackAsync(DateTimeOffset? to, HttpContext http, OasisDb db, DataScopeResolver scopes,
        TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var end = to ?? now;
        if (end > now.AddMinutes(5) || end < now.AddDays(-7))
        {
            throw OasisProblemException.Validation("to", "Command.Playback.Range", 7);
        }

        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        return TypedResults.Ok(await AirPlayback.LoadAsync(db, scope, end.UtcDateTime, ct).ConfigureAwait(false));
    }
}
