using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Water.Evaluation;
using Oasis.Platform.Time;

namespace Oasis.Water.Automatic;

/// <summary>
/// A section's automatic station beyond the last 24 hours (docs/water-api.md): daily means over a chosen period, and the
/// automatic-station monthly evaluation, kept apart from the manual one (decision 0315).
/// </summary>
internal static class AutomaticEndpoints
{
    public static void MapAutomatic(this RouteGroupBuilder water)
    {
        water.MapGet("/sections/{code}/automatic", DailyAsync);
        water.MapGet("/sections/{code}/automatic/monthly", MonthlyAsync);
    }

    /// <summary><c>from</c>/<c>to</c> Beijing dates, at most <see cref="AutomaticWaterData.MaxDays"/> days; default the 30 days to today.</summary>
    private static async Task<Ok<AutomaticDailyDto>> DailyAsync(string code, string? from, string? to, HttpContext http, OasisDb db, DataScopeResolver scopes,
        TimeProvider clock, CancellationToken ct)
    {
        var today = BeijingTime.Today(clock);
        var last = Date("to", to) ?? today;
        var first = Date("from", from) ?? last.AddDays(-29);
        if (last < first || last.DayNumber - first.DayNumber >= AutomaticWaterData.MaxDays)
        {
            throw OasisProblemException.Validation("to", "Validation.PeriodRange", AutomaticWaterData.MaxDays);
        }

        var section = await WaterEvaluationEndpoints.SectionAsync(code, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await AutomaticWaterData.DailyAsync(db, section, first, last, ct).ConfigureAwait(false));
    }

    /// <summary><c>from</c>/<c>to</c> months <c>yyyy-MM</c>, at most 12.</summary>
    private static async Task<Ok<AutomaticMonthlyDto>> MonthlyAsync(string code, string? from, string? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var first = WaterEvaluationEndpoints.Month("from", from);
        var last = WaterEvaluationEndpoints.Month("to", to);
        if (last < first || last > first.AddMonths(11))
        {
            throw OasisProblemException.Validation("to", "Water.Validation.Period", 12);
        }

        var section = await WaterEvaluationEndpoints.SectionAsync(code, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await AutomaticWaterData.MonthlyAsync(db, section, first, last, ct).ConfigureAwait(false));
    }

    private static DateOnly? Date(string field, string? text) => string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw OasisProblemException.Validation(field, "Water.Validation.Date", text);
}
