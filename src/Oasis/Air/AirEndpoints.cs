using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>
/// <c>GET /api/air/daily</c> and <c>GET /api/air/period</c> (docs/air-api.md): figures computed by the standards
/// engine from the merged hourly layer (decision 0501), for one station or the city.
/// </summary>
internal static class AirEndpoints
{
    /// <summary>A year, leap day included: the longest period one request evaluates.</summary>
    public const int MaxDays = 366;

    public static void MapAir(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/air").WithTags("air").RequireAuthorization(Policies.Staff);
        group.MapGet("/daily", DailyAsync);
        group.MapGet("/period", PeriodAsync);
    }

    private static async Task<Ok<List<AirDailyDto>>> DailyAsync(string? station, string? from, string? to, string? standard,
        HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = await CheckAsync(station, from, to, standard, http, db, scopes, ct).ConfigureAwait(false);
        var rated = await RateAsync(db, query, ct).ConfigureAwait(false);
        var rows = new List<AirDailyDto>(rated.Days.Length);
        for (var i = 0; i < rated.Days.Length; i++)
        {
            if (rated.Present[i])
            {
                rows.Add(AirDailyDto.Of(rated.Name, rated.Days[i]));
            }
        }

        return TypedResults.Ok(rows);
    }

    private static async Task<Ok<AirPeriodDto>> PeriodAsync(string? station, string? from, string? to, string? standard,
        HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = await CheckAsync(station, from, to, standard, http, db, scopes, ct).ConfigureAwait(false);
        var rated = await RateAsync(db, query, ct).ConfigureAwait(false);
        // The comprehensive index takes the limits of the edition in force on the period's last day, as `oasis air annual` does.
        var statistics = PeriodEvaluation.Evaluate(rated.Days, EditionSelector.For(query.To, query.Choice));
        return TypedResults.Ok(AirPeriodDto.Of(rated.Name, query.From, query.To, statistics));
    }

    private static Task<RatedDays> RateAsync(OasisDb db, AirQuery query, CancellationToken ct) => query.Station == AirFigures.City
        ? AirFigures.CityAsync(db, query.From, query.To, query.Choice, ct)
        : AirFigures.StationAsync(db, query.Station, query.From, query.To, query.Choice, ct);

    private static async Task<AirQuery> CheckAsync(string? station, string? from, string? to, string? standard,
        HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(station))
        {
            errors.Add(new FieldError(null, "station", "Air.Validation.Station"));
        }

        var start = ParseDate("from", from, errors);
        var end = ParseDate("to", to, errors);
        if (start is { } s && end is { } e && (e < s || e.DayNumber - s.DayNumber + 1 > MaxDays))
        {
            errors.Add(new FieldError(null, "to", "Air.Validation.Period", MaxDays));
        }

        EditionChoice? choice = (standard ?? "auto") switch
        {
            "auto" => EditionChoice.Auto,
            "2012" => EditionChoice.Force2012,
            "2026" => EditionChoice.Force2026,
            _ => null,
        };
        if (choice is null)
        {
            errors.Add(new FieldError(null, "standard", "Validation.OneOf", standard, "auto, 2012, 2026"));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        // The city's figures are published (the public page shows them): every staff member may read them.
        if (station != AirFigures.City)
        {
            var grid = await db.Stations.AsNoTracking().Where(x => x.Code == station).Select(x => new { x.GridCode }).SingleOrDefaultAsync(ct).ConfigureAwait(false)
                ?? throw OasisProblemException.NotFound("Entity.Station", station!);
            var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
            if (!scope.SeesGrid(grid.GridCode))
            {
                throw OasisProblemException.OutOfScope();
            }
        }

        return new AirQuery(station!, start!.Value, end!.Value, choice!.Value);
    }

    private static DateOnly? ParseDate(string field, string? text, List<FieldError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(null, field, "Air.Validation.Date", text ?? string.Empty));
        return null;
    }

    private sealed record AirQuery(string Station, DateOnly From, DateOnly To, EditionChoice Choice);
}
