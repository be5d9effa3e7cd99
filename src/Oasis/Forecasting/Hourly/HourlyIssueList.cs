using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecasting.Models;
using Oasis.Platform.Scopes;

namespace Oasis.Forecasting.Hourly;

/// <summary>
/// One stored hourly issue in the list: what the issue stores (hour, version, weather, blend) and, for the station asked,
/// the highest forecast PM2.5 of its 72 hours with the hour it falls on, and its RMSE/MAE over the hours observed so far
/// (the verification's measure: model against the observed hour, where the issue hour was observed too).
/// </summary>
internal sealed record HourlyIssueSummaryDto(int IssueId, int ModelId, string? ModelCode, DateTimeOffset IssueHour, string Weather, bool WeatherForecastUsed,
    string Blend, DateTimeOffset IssuedAt, string IssuedBy, double? MaxPm25, DateTimeOffset? MaxPm25Time, int VerifiedHours, double? Rmse, double? Mae);

internal sealed record HourlyIssueListDto(string Station, DateOnly From, DateOnly To, IReadOnlyList<HourlyIssueSummaryDto> Issues);

/// <summary>
/// <c>GET /api/forecast/hourly/issues?station=CODE|city&amp;from&amp;to</c> (decision 0410, amended): the stored hourly issues
/// of the Beijing days [from, to] (default the last 7, at most 92), newest issue hour first, every version's issue of an
/// hour listed. The station is checked as by the verification (404 unknown, 403 outside the caller's scope).
/// </summary>
internal static class HourlyIssueList
{
    public static void MapHourlyIssues(this RouteGroupBuilder forecast) => forecast.MapGet("/hourly/issues", ListAsync);

    private static async Task<Ok<HourlyIssueListDto>> ListAsync(string? station, string? from, string? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        var (since, until) = ForecastTime.VerificationPeriod(from, to, clock, days: 7, maxDays: HourlyVerification.MaxDays);
        station = await HourlyVerification.StationAsync(station, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await ComputeAsync(db, station, since, until, ct).ConfigureAwait(false));
    }

    public static async Task<HourlyIssueListDto> ComputeAsync(OasisDb db, string station, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (fromUtc, toUtc) = (AirHourlyLayer.ToUtc(from), AirHourlyLayer.ToUtc(to.AddDays(1)));
        var issues = await db.Set<HourlyForecastIssue>().AsNoTracking().Where(i => i.IssueHourUtc >= fromUtc && i.IssueHourUtc < toUtc)
            .OrderByDescending(i => i.IssueHourUtc).ThenByDescending(i => i.Id).ToListAsync(ct).ConfigureAwait(false);
        var ids = issues.Select(i => i.Id).ToList();
        var hours = (await db.Set<HourlyForecastHour>().AsNoTracking().Where(h => h.Station == station && ids.Contains(h.IssueId))
            .ToListAsync(ct).ConfigureAwait(false)).ToLookup(h => h.IssueId);
        var modelIds = issues.Select(i => i.ModelId).Distinct().ToList();
        var models = await db.Set<ForecastModelRecord>().AsNoTracking().Where(m => modelIds.Contains(m.Id))
            .Select(m => new { m.Id, m.HourlyCode, m.HourlyBlend }).ToDictionaryAsync(m => m.Id, m => new HourlyIssueModel(m.HourlyCode, m.HourlyBlend), ct)
            .ConfigureAwait(false);
        var observed = await HourlyVerification.ObservedAsync(db, station, issues.Select(i => i.Stations), from, to, ct).ConfigureAwait(false);
        return new HourlyIssueListDto(station, from, to,
            [.. issues.Select(i => Summary(i, models[i.ModelId], [.. hours[i.Id]], HourlyVerification.Tally(observed, station, i, hours[i.Id])))]);
    }

    private static HourlyIssueSummaryDto Summary(HourlyForecastIssue i, HourlyIssueModel model, List<HourlyForecastHour> hours,
        Oasis.Forecast.Hourly.BandTally tally)
    {
        // Pooled over the lead bands: RMSE from the bands' mean squares weighted by their hours, MAE likewise.
        var bands = tally.Scores().Where(s => s.Method == "model" && s.Hours > 0).ToList();
        var n = bands.Sum(s => s.Hours);
        double? rmse = n == 0 ? null : Math.Round(Math.Sqrt(bands.Sum(s => s.Hours * s.Rmse * s.Rmse) / n), 1);
        double? mae = n == 0 ? null : Math.Round(bands.Sum(s => s.Hours * s.Mae) / n, 1);
        var max = hours.OrderByDescending(h => h.Pm25).ThenBy(h => h.Lead).FirstOrDefault();
        return new HourlyIssueSummaryDto(i.Id, i.ModelId, model.Code, ForecastTime.Beijing(i.IssueHourUtc), i.Weather, HourlyStatement.WeatherUsed(i.Weather),
            HourlyStatement.BlendOf(Oasis.Forecast.Hourly.HourlyBlend.Parse(model.Blend)), ForecastTime.Beijing(i.IssuedAt), i.IssuedBy, max?.Pm25,
            max is null ? null : ForecastTime.Beijing(max.TargetHourUtc), n, rmse, mae);
    }
}
