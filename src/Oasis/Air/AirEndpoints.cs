using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Air.Ranking;
using Oasis.Air.Reports;
using Oasis.Air.Review;
using Oasis.Air.Targets;
using Oasis.Air.Views;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Scopes;
using Oasis.Registry;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>
/// <c>GET /api/air/daily</c> and <c>GET /api/air/period</c> (docs/air-api.md): figures rated by the standards engine
/// from the stored daily values of the merged hourly layer (decisions 0501, 0507), for one station or the city; the targets, their progress and
/// the dust periods (decisions 0503, 0504).
/// </summary>
internal static class AirEndpoints
{
    public static void MapAir(this WebApplication app)
    {
        var group = app.MapGroup("/api/air").WithTags("air").RequireAuthorization(Policies.Staff);
        group.MapGet("/daily", DailyAsync);
        group.MapGet("/period", PeriodAsync);
        group.MapGet("/targets/progress", TargetEndpoints.ProgressAsync);
        group.MapAirRanking();
        group.MapAirViews();
        app.MapDustPeriods();
        app.MapAirReports();
        app.MapAirReviews();
        app.Services.GetRequiredService<RegistryCatalog>().Map<AirTarget, AirTargetDto, AirTargetRegistry>(app, new AirTargetRegistry(),
            new RegistryPolicies(Policies.Staff, Policies.TargetEditors, Policies.TargetEditors));
    }

    private static async Task<Ok<List<AirDailyDto>>> DailyAsync(string? station, string? from, string? to, string? period, string? standard, string? dust, string? dustSource,
        string? status, HttpContext http, AirDailyStore daily, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = await AirQuery.CheckAsync(station, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        var basis = await DustBasis.LoadAsync(db, query.Dust, query.DustSource, query.From, query.To, ct).ConfigureAwait(false);
        var rated = await RateAsync(daily, db, query.Station, query.From, query.To, query.Choice, basis, query.Status, ct).ConfigureAwait(false);
        var rows = new List<AirDailyDto>(rated.Days.Length);
        for (var i = 0; i < rated.Days.Length; i++)
        {
            if (rated.Present[i])
            {
                rows.Add(AirDailyDto.Of(rated.Name, rated.Days[i], basis) with { Status = query.Status, ValidHours = rated.ValidHoursOf(i), Stations = rated.Stations?[i] });
            }
        }

        return TypedResults.Ok(rows);
    }

    private static async Task<Ok<AirPeriodDto>> PeriodAsync(string? station, string? from, string? to, string? period, string? standard, string? dust, string? dustSource,
        string? status, HttpContext http, AirDailyStore daily, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = await AirQuery.CheckAsync(station, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct).ConfigureAwait(false);
        var current = await PeriodOfAsync(daily, db, query.Station, query.From, query.To, query.Choice, query, ct).ConfigureAwait(false);

        // 同口径: last year's same days in this period's edition (the edition in force on `to`, or the forced one), and
        // beside it last year as it was rated by its own editions (or the forced one).
        var edition = EditionSelector.For(query.To, query.Choice);
        var (lastFrom, lastTo) = (query.From.AddYears(-1), query.To.AddYears(-1));
        var same = await PeriodOfAsync(daily, db, query.Station, lastFrom, lastTo,
            edition == AirStandardEdition.Hj633_2012 ? EditionChoice.Force2012 : EditionChoice.Force2026, query, ct).ConfigureAwait(false);
        var other = await PeriodOfAsync(daily, db, query.Station, lastFrom, lastTo, query.Choice, query, ct).ConfigureAwait(false);
        return TypedResults.Ok(current with { Previous = new AirComparisonDto(same, other) });
    }

    private static async Task<AirPeriodDto> PeriodOfAsync(AirDailyStore daily, OasisDb db, string station, DateOnly from, DateOnly to, EditionChoice choice, AirQuery query, CancellationToken ct) =>
        (await FiguresAsync(daily, db, station, from, to, choice, query, ct).ConfigureAwait(false)).Figures;

    /// <summary>A period's figures as <c>/api/air/period</c> gives them (without the comparison), and the rated days they rest on; the views read the same.</summary>
    public static async Task<(RatedDays Rated, AirPeriodDto Figures)> FiguresAsync(AirDailyStore daily, OasisDb db, string station, DateOnly from, DateOnly to,
        EditionChoice choice, AirQuery query, CancellationToken ct)
    {
        var basis = await DustBasis.LoadAsync(db, query.Dust, query.DustSource, from, to, ct).ConfigureAwait(false);
        var rated = await RateAsync(daily, db, station, from, to, choice, basis, query.Status, ct).ConfigureAwait(false);
        // The comprehensive index takes the limits of the edition in force on the period's last day, as `oasis air annual` does.
        var statistics = PeriodEvaluation.Evaluate(rated.Days, EditionSelector.For(to, choice), dustDeducted: basis.Deducts);
        return (rated, AirPeriodDto.Of(rated.Name, from, to, statistics, EditionsOf(rated.Days), basis) with
        {
            ExceedanceDays = PollutantSet.All.Members().ToDictionary(p => p.Code(), p => statistics.Of(p).ExceedanceDays, StringComparer.Ordinal),
            PrimaryDays = ByCode(PeriodEvaluation.PrimaryDays(rated.Days)),
            PollutantValidDays = PollutantSet.All.Members().ToDictionary(p => p.Code(), p => statistics.Of(p).ValidDays, StringComparer.Ordinal),
            Status = query.Status,
        });
    }

    private static Dictionary<string, int> ByCode(int[] counts) =>
        PollutantSet.All.Members().ToDictionary(p => p.Code(), p => counts[(int)p], StringComparer.Ordinal);

    /// <summary>The editions the days were rated by: <c>2012</c>, <c>2026</c>, or <c>2012+2026</c> across the change-over.</summary>
    public static string EditionsOf(ReadOnlySpan<DailyAirQuality> days)
    {
        bool old = false, current = false;
        foreach (ref readonly var day in days)
        {
            old |= day.Edition == AirStandardEdition.Hj633_2012;
            current |= day.Edition == AirStandardEdition.Hj633_2026;
        }

        return old && current ? "2012+2026" : old ? "2012" : "2026";
    }

    public static Task<RatedDays> RateAsync(AirDailyStore daily, OasisDb db, string station, DateOnly from, DateOnly to, EditionChoice choice, DustBasis basis,
        string status, CancellationToken ct) =>
        station == AirFigures.City
            ? AirFigures.CityAsync(daily, db, from, to, choice, basis.ForEngine, status, ct)
            : AirFigures.StationAsync(daily, db, station, from, to, choice, basis.ForEngine, status, ct);
}
