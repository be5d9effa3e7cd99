using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>The checked parameters of <c>GET /api/air/daily|period</c>: what, when, which edition, which dust basis.</summary>
internal sealed record AirQuery(string Station, DateOnly From, DateOnly To, EditionChoice Choice, string Dust, string DustSource, string Status)
{
    /// <summary>A year, leap day included: the longest period one request evaluates.</summary>
    public const int MaxDays = 366;

    /// <summary>
    /// Checks the parameters (400 with one error per field) and the caller's scope on a station (404 unknown, 403 outside
    /// the caller's grids). The city's figures are published (the public page shows them): every staff member may read them.
    /// </summary>
    public static async Task<AirQuery> CheckAsync(string? station, string? from, string? to, string? period, string? standard, string? dust,
        string? dustSource, string? status, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(station))
        {
            errors.Add(new FieldError(null, "station", "Air.Validation.Station"));
        }

        DateOnly? start = null, end = null;
        if (period is not null)
        {
            // A named period (NamedPeriod) instead of from/to, never both.
            var today = Oasis.Platform.Time.BeijingTime.Today(http.RequestServices.GetRequiredService<TimeProvider>());
            if (from is not null || to is not null)
            {
                errors.Add(new FieldError(null, "period", "Air.Validation.PeriodOrDates"));
            }
            else if (NamedPeriod.Parse(period, today) is { } named)
            {
                (start, end) = named;
            }
            else
            {
                errors.Add(new FieldError(null, "period", "Air.Validation.NamedPeriod", period));
            }
        }
        else
        {
            start = ParseDate("from", from, errors);
            end = ParseDate("to", to, errors);
        }

        if (start is { } s && end is { } e && (e < s || e.DayNumber - s.DayNumber + 1 > MaxDays))
        {
            errors.Add(new FieldError(null, "to", "Air.Validation.Period", MaxDays));
        }

        var choice = ParseStandard(standard);
        if (choice is null)
        {
            errors.Add(new FieldError(null, "standard", "Validation.OneOf", standard, "auto, 2012, 2026"));
        }

        // The figure as measured unless the caller asks for deduction (decision 0504).
        dust ??= DustBasis.Include;
        if (dust is not (DustBasis.Include or DustBasis.Deduct))
        {
            errors.Add(new FieldError(null, "dust", "Validation.OneOf", dust, "include, deduct"));
        }

        dustSource ??= DustBasis.DefaultSource;
        if (Array.IndexOf(DustStatus.Levels, dustSource) < 0)
        {
            errors.Add(new FieldError(null, "dustSource", "Validation.OneOf", dustSource, string.Join(", ", DustStatus.Levels)));
        }

        // 审核 unless the caller asks for the data as received (实况, decision 0507).
        status ??= AirDataStatus.Reviewed;
        if (!AirDataStatus.IsKnown(status))
        {
            errors.Add(new FieldError(null, "status", "Validation.OneOf", status, "reviewed, realtime"));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

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

        return new AirQuery(station!, start!.Value, end!.Value, choice!.Value, dust, dustSource, status);
    }

    public static EditionChoice? ParseStandard(string? standard) => (standard ?? "auto") switch
    {
        "auto" => EditionChoice.Auto,
        "2012" => EditionChoice.Force2012,
        "2026" => EditionChoice.Force2026,
        _ => null,
    };

    /// <summary>The code of an edition in the API: <c>2012</c> or <c>2026</c>.</summary>
    public static string Code(AirStandardEdition edition) => edition == AirStandardEdition.Hj633_2012 ? "2012" : "2026";

    private static DateOnly? ParseDate(string field, string? text, List<FieldError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(null, field, "Air.Validation.Date", text ?? string.Empty));
        return null;
    }
}
