using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Air.Views;

/// <summary>
/// The figures the air page draws (decisions 0520, 0521; docs/air-api.md): trend, station comparison, pollutant
/// composition, pollution rose. Same policy and period parameters as <c>/api/air/period</c>; every station named is
/// checked against the caller's scope as <c>/api/air/period</c> checks it.
/// </summary>
internal static class AirViewEndpoints
{
    public static void MapAirViews(this RouteGroupBuilder air)
    {
        air.MapGet("/trend", TrendAsync);
        air.MapGet("/comparison", ComparisonAsync);
        air.MapGet("/composition", CompositionAsync);
        air.MapGet("/rose", RoseAsync);
    }

    private static async Task<Ok<AirTrendDto>> TrendAsync(string? stations, string? pollutant, string? step, string? from, string? to, string? period, string? standard,
        string? dust, string? dustSource, string? status, HttpContext http, AirDailyStore daily, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var codes = AirViewParameters.Stations(stations ?? AirFigures.City);
        var p = AirViewParameters.Pollutant(pollutant);
        step ??= AirTrend.Day;
        if (step is not (AirTrend.Day or AirTrend.Month))
        {
            throw OasisProblemException.Validation("step", "Validation.OneOf", step, "day, month");
        }

        var query = await CheckAllAsync(codes, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await AirTrend.ComputeAsync(daily, db, codes, p, step, query, ct).ConfigureAwait(false));
    }

    /// <summary>Without <c>stations</c>: every evaluation-kind air station (国控, 省控, 市控) the caller sees.</summary>
    private static async Task<Ok<List<AirStationFiguresDto>>> ComparisonAsync(string? stations, string? from, string? to, string? period, string? standard,
        string? dust, string? dustSource, string? status, HttpContext http, AirDailyStore daily, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var codes = AirViewParameters.Stations(stations);
        if (codes.Count == 0)
        {
            var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
            codes = [.. (await db.Stations.AsNoTracking().Where(s => StationKinds.AirEvaluation.Contains(s.Kind)).Select(s => new { s.Code, s.GridCode })
                .ToListAsync(ct).ConfigureAwait(false)).Where(s => scope.SeesGrid(s.GridCode)).Select(s => s.Code).Order(StringComparer.Ordinal)];
        }

        var query = await CheckAllAsync(codes, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        var known = await db.Stations.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => new { s.Name, s.Kind, s.Evaluation }, ct)
            .ConfigureAwait(false);
        var rows = new List<AirStationFiguresDto>(codes.Count);
        foreach (var code in codes)
        {
            var (_, figures) = await AirEndpoints.FiguresAsync(daily, db, code, query.From, query.To, query.Choice, query, ct).ConfigureAwait(false);
            rows.Add(known.TryGetValue(code, out var s)
                ? new AirStationFiguresDto(code, s.Name, s.Kind, s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind), figures)
                : new AirStationFiguresDto(code, AirFigures.City, AirFigures.City, true, figures));
        }

        return TypedResults.Ok(rows);
    }

    private static async Task<Ok<AirCompositionDto>> CompositionAsync(string? station, string? from, string? to, string? period, string? standard, string? dust,
        string? dustSource, string? status, HttpContext http, AirDailyStore daily, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = await AirQuery.CheckAsync(station, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        var (rated, figures) = await AirEndpoints.FiguresAsync(daily, db, query.Station, query.From, query.To, query.Choice, query, ct).ConfigureAwait(false);
        return TypedResults.Ok(AirCompositionDto.Of(rated, figures, query.Choice));
    }

    /// <summary>A station's rose, or with <c>station=city</c> the evaluation stations' hours pooled (decision 0530); the city is readable by all staff.</summary>
    private static async Task<Ok<AirRoseDto>> RoseAsync(string? station, string? pollutant, string? from, string? to, string? period, string? standard,
        string? status, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var p = AirViewParameters.Pollutant(pollutant);
        var query = await AirQuery.CheckAsync(station, from, to, period, standard, null, null, status, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await PollutionRose.ComputeAsync(db, query.Station, p, query, ct).ConfigureAwait(false));
    }

    /// <summary>Checks the period once and each station's scope (404 unknown, 403 outside the caller's grids).</summary>
    private static async Task<AirQuery> CheckAllAsync(List<string> codes, string? from, string? to, string? period, string? standard, string? dust,
        string? dustSource, string? status, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = await AirQuery.CheckAsync(AirFigures.City, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        foreach (var code in codes.Where(c => c != AirFigures.City))
        {
            await AirQuery.CheckAsync(code, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        }

        return query;
    }
}
