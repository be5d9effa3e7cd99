using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Air.Ranking;

/// <summary><c>GET /api/air/ranking?by=stations|towns</c> with the period parameters of <c>/api/air/period</c> (docs/air-api.md).</summary>
internal static class AirRankingEndpoints
{
    public static void MapAirRanking(this RouteGroupBuilder air) => air.MapGet("/ranking", RankingAsync);

    private static async Task<Ok<List<AirRankDto>>> RankingAsync(string? by, string? from, string? to, string? period, string? standard, string? dust,
        string? dustSource, string? status, HttpContext http, AirDailyStore daily, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        by ??= AirRanking.ByStations;
        if (by is not (AirRanking.ByStations or AirRanking.ByTowns))
        {
            throw OasisProblemException.Validation([new FieldError(null, "by", "Validation.OneOf", by, "stations, towns")]);
        }

        // The period parameters are checked as the city's figures check them; each place is then filtered by scope.
        var query = await AirQuery.CheckAsync(AirFigures.City, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        var basis = await DustBasis.LoadAsync(db, query.Dust, query.DustSource, query.From, query.To, ct).ConfigureAwait(false);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        return TypedResults.Ok(await AirRanking.RankAsync(daily, db, scope, by, query, basis, ct).ConfigureAwait(false));
    }
}
