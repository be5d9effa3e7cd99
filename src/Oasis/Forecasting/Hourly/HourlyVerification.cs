using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Forecast.Hourly;
using Oasis.Forecasting.Issues;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Forecasting.Hourly;

/// <summary>The stored hourly forecasts of a period against the observed hours: RMSE/MAE per lead band, model and persistence.</summary>
internal sealed record HourlyVerificationDto(string Station, DateOnly From, DateOnly To, int Issues, IReadOnlyList<Models.BandScoreDto> Scores);

/// <summary>
/// <c>GET /api/forecast/hourly/verification?station=CODE|city&amp;from&amp;to</c> (decision 0431): for each issue hour in the
/// Beijing days [from, to] the forecast issued last, each of its hours against the observed PM2.5 of the merged hourly
/// layer, by the measures of the hourly back-test (<see cref="BandTally"/>); persistence is the issue hour's observed
/// PM2.5. The city's observed hour is the mean of the issue's stations' hours when ≥ 75 % of them have one (0502).
/// </summary>
internal static class HourlyVerification
{
    public const int MaxDays = 92;

    private static readonly string[] Methods = ["model", "persistence"];

    public static void MapHourlyVerification(this RouteGroupBuilder forecast) => forecast.MapGet("/hourly/verification", VerifyAsync);

    private static async Task<Ok<HourlyVerificationDto>> VerifyAsync(string? station, string? from, string? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        var (since, until) = ForecastTime.VerificationPeriod(from, to, clock, days: 7, maxDays: MaxDays);
        station = await StationAsync(station, http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await ComputeAsync(db, station, since, until, ct).ConfigureAwait(false));
    }

    /// <summary>The station asked (default the city): 404 when unknown, 403 <c>out-of-scope</c> outside the caller's data scope.</summary>
    public static async Task<string> StationAsync(string? station, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        station = string.IsNullOrWhiteSpace(station) ? AirFigures.City : station;
        if (station != AirFigures.City && !await db.Stations.AnyAsync(s => s.Code == station, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.NotFound("Entity.Station", station);
        }

        return (await IssueEndpoints.VisibleAsync(http, db, scopes, ct).ConfigureAwait(false))(station) ? station : throw OasisProblemException.OutOfScope();
    }

    public static async Task<HourlyVerificationDto> ComputeAsync(OasisDb db, string station, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (fromUtc, toUtc) = (AirHourlyLayer.ToUtc(from), AirHourlyLayer.ToUtc(to.AddDays(1)));
        var issues = (await db.Set<HourlyForecastIssue>().AsNoTracking().Where(i => i.IssueHourUtc >= fromUtc && i.IssueHourUtc < toUtc)
                .Select(i => new { i.Id, i.IssueHourUtc, i.Stations }).ToListAsync(ct).ConfigureAwait(false))
            .GroupBy(i => i.IssueHourUtc).Select(g => g.MaxBy(i => i.Id)!).ToList();
        var ids = issues.Select(i => i.Id).ToList();
        // By issue: a quarter of hourly issues holds ~160,000 forecast hours, scanned once rather than once per issue.
        var hours = (await db.Set<HourlyForecastHour>().AsNoTracking().Where(h => h.Station == station && ids.Contains(h.IssueId))
            .ToListAsync(ct).ConfigureAwait(false)).ToLookup(h => h.IssueId);
        var observed = await ObservedAsync(db, station, issues.Select(i => i.Stations), from, to, ct).ConfigureAwait(false);
        var tally = new BandTally(Methods);
        foreach (var issue in issues)
        {
            Score(tally, observed, station, issue.Stations, issue.IssueHourUtc, hours[issue.Id]);
        }

        return new HourlyVerificationDto(station, from, to, issues.Count(i => hours.Contains(i.Id)),
            [.. tally.Scores().Select(s => new Models.BandScoreDto(s.Band, s.Method, s.Hours, N(s.Rmse), N(s.Mae)))]);
    }

    /// <summary>One issue's tally alone (the list of issues, <see cref="HourlyIssueList"/>): methods <c>model</c>, then <c>persistence</c>.</summary>
    public static BandTally Tally(Dictionary<string, HourlyHistory> observed, string station, HourlyForecastIssue issue, IEnumerable<HourlyForecastHour> hours)
    {
        var tally = new BandTally(Methods);
        Score(tally, observed, station, issue.Stations, issue.IssueHourUtc, hours);
        return tally;
    }

    /// <summary>The observed hourly layer of the station, or of every issue's stations for the city, over the issue days and their 72 hours.</summary>
    public static async Task<Dictionary<string, HourlyHistory>> ObservedAsync(OasisDb db, string station, IEnumerable<string> issueStations, DateOnly from,
        DateOnly to, CancellationToken ct)
    {
        var codes = station == AirFigures.City ? issueStations.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList() : [station];
        var lastTarget = to.AddDays(1 + (HourlyOptions.MaxLead / 24));
        return (await ForecastHistories.LoadHourlyAsync(db, codes, from, lastTarget, null, ct).ConfigureAwait(false))
            .ToDictionary(h => h.Name, StringComparer.Ordinal);
    }

    /// <summary>One issue's forecast hours of the station into the tally: the hours whose target and issue hour were both observed.</summary>
    public static void Score(BandTally tally, Dictionary<string, HourlyHistory> observed, string station, string issueStations, DateTime issueHourUtc,
        IEnumerable<HourlyForecastHour> hours)
    {
        var at = station == AirFigures.City ? issueStations.Split(',', StringSplitOptions.RemoveEmptyEntries) : [station];
        var persisted = Observed(observed, at, issueHourUtc);
        foreach (var h in hours)
        {
            var band = BandTally.BandOf(h.Lead);
            var value = Observed(observed, at, h.TargetHourUtc);
            if (band >= 0 && value >= 0 && persisted >= 0)
            {
                tally.Add(band, value, [h.Pm25, persisted]);
            }
        }
    }

    /// <summary>The observed PM2.5 of an hour: one station's, or the mean of the stations' when ≥ 75 % have one; NaN otherwise.</summary>
    private static double Observed(Dictionary<string, HourlyHistory> histories, string[] stations, DateTime hourUtc)
    {
        var local = hourUtc.AddHours(8);
        var (sum, n) = (0.0, 0);
        foreach (var s in stations)
        {
            if (histories.TryGetValue(s, out var h) && h.Observed(h.IndexOf(local)) is var v && v >= 0)
            {
                (sum, n) = (sum + v, n + 1);
            }
        }

        return n > 0 && n >= 0.75 * stations.Length ? sum / n : double.NaN;
    }

    private static double? N(double v) => double.IsNaN(v) ? null : Math.Round(v, 1);
}
