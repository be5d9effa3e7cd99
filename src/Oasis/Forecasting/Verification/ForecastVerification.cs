using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Forecasting.Consultation;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Standards.Air;

namespace Oasis.Forecasting.Verification;

/// <summary>One stored forecast day beside what was observed.</summary>
internal sealed record VerifiedDayDto(DateOnly IssueDate, DateOnly TargetDate, int Lead, int ModelId, int ForecastAqi, string ForecastCategory,
    double ForecastPm25, int? ObservedAqi, string? ObservedCategory, double? ObservedPm25, int? PublishedAqiLow, int? PublishedAqiHigh, int? ConsultationId);

/// <summary>
/// The verification of a station's or the city's stored forecasts: skill by lead (model and persistence), the published
/// forecast by lead beside the model on the same days (the city only: publications are the city's), both by season and
/// by observed level, and the days.
/// </summary>
internal sealed record VerificationDto(string Station, DateOnly From, DateOnly To, IReadOnlyList<LeadScoreDto> Model, IReadOnlyList<LeadScoreDto> Persistence,
    IReadOnlyList<PublishedLeadDto> Published, IReadOnlyList<GroupScoreDto> Seasons, IReadOnlyList<GroupScoreDto> Levels, IReadOnlyList<VerifiedDayDto> Days);

/// <summary>
/// <c>GET /api/forecast/verification</c>: the stored forecasts of the issue days in [from, to] (per issue day the one
/// issued last) against the observed days from the hourly layer, by the measures of <c>oasis forecast backtest</c> —
/// AQI level exact and within one level, PM2.5 RMSE and MAE per lead — for the model and for persistence (the issue
/// day's observed level). Climatology needs the training days and is shown with the model version's back-test only.
/// </summary>
internal static class ForecastVerification
{
    public const int MaxDays = 366;

    public static void MapVerification(this RouteGroupBuilder forecast) => forecast.MapGet("/verification", VerifyAsync);

    private static async Task<Ok<VerificationDto>> VerifyAsync(string? station, string? from, string? to, HttpContext http, AirDailyStore daily, OasisDb db,
        DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        station = string.IsNullOrWhiteSpace(station) ? AirFigures.City : station;
        var (since, until) = ForecastTime.VerificationPeriod(from, to, clock, days: 90, maxDays: MaxDays);

        var visible = await IssueEndpoints.VisibleAsync(http, db, scopes, ct).ConfigureAwait(false);
        if (station != AirFigures.City && !await db.Stations.AnyAsync(s => s.Code == station, ct).ConfigureAwait(false))
        {
            throw OasisProblemException.NotFound("Entity.Station", station);
        }

        if (!visible(station))
        {
            throw OasisProblemException.OutOfScope();
        }

        return TypedResults.Ok(await ComputeAsync(daily, db, station, since, until, ForecastTime.LastCompleteDay(clock), ct).ConfigureAwait(false));
    }

    /// <summary>The verification of <paramref name="station"/> (or <c>city</c>) over the issue days [since, until]; observed days up to <paramref name="last"/>.</summary>
    internal static async Task<VerificationDto> ComputeAsync(AirDailyStore daily, OasisDb db, string station, DateOnly since, DateOnly until, DateOnly last, CancellationToken ct)
    {
        var latest = await db.Set<ForecastIssue>().AsNoTracking().Where(i => i.IssueDate >= since && i.IssueDate <= until)
            .GroupBy(i => i.IssueDate).Select(g => g.Max(i => i.Id)).ToListAsync(ct).ConfigureAwait(false);
        var rows = await (from d in db.Set<ForecastDay>().AsNoTracking()
                          join i in db.Set<ForecastIssue>().AsNoTracking() on d.IssueId equals i.Id
                          where latest.Contains(i.Id) && d.Station == station
                          select new { i.IssueDate, i.ModelId, Day = d }).ToListAsync(ct).ConfigureAwait(false);
        var observedUntil = rows.Count == 0 ? since : rows.Max(r => r.Day.TargetDate);
        observedUntil = observedUntil > last ? last : observedUntil;
        var observed = station == AirFigures.City
            ? await AirFigures.CityAsync(daily, db, since, observedUntil < since ? since : observedUntil, EditionChoice.Auto, ct).ConfigureAwait(false)
            : await AirFigures.StationAsync(daily, db, station, since, observedUntil < since ? since : observedUntil, EditionChoice.Auto, ct).ConfigureAwait(false);

        var published = station == AirFigures.City
            ? (await Consultations.PublishedAsync(db, since, until, ct).ConfigureAwait(false)).ToDictionary(c => c.IssueDate)
            : [];
        var tally = new SkillTally();
        var breakdown = new VerificationBreakdown();
        var days = new List<VerifiedDayDto>(rows.Count);
        foreach (var r in rows.OrderBy(r => r.IssueDate).ThenBy(r => r.Day.Lead))
        {
            var target = Observed(observed, since, r.Day.TargetDate);
            var issued = Observed(observed, since, r.IssueDate);
            var targetAqi = target?.Aqi.Aqi;
            var targetPm25 = target is { } x && x.Concentrations.Pm25 >= 0 ? (double?)(double)GbT8170.RoundConcentration(Pollutant.Pm25, x.Concentrations.Pm25)! : null;
            var consultation = published.GetValueOrDefault(r.IssueDate);
            var pub = consultation?.Days.FirstOrDefault(d => d.TargetDate == r.Day.TargetDate);
            days.Add(new VerifiedDayDto(r.IssueDate, r.Day.TargetDate, r.Day.Lead, r.ModelId, r.Day.Aqi, r.Day.Category, r.Day.Pm25, targetAqi,
                target?.Aqi.Category?.Code, targetPm25, pub?.AqiLow, pub?.AqiHigh, pub is null ? null : consultation!.Id));
            if (target is { Aqi.Aqi: int o } t && issued is { Aqi.Aqi: int p } i)
            {
                var pm25 = t.Concentrations.Pm25;
                tally.Add(r.Day.Lead, 0, o, AirQualityCategory.For(r.Day.Aqi).Level, pm25, r.Day.Pm25);
                tally.Add(r.Day.Lead, 1, o, AirQualityCategory.For(p).Level, pm25, i.Concentrations.Pm25);
                breakdown.AddModel(r.Day.TargetDate, o, r.Day.Aqi, p);
                if (pub is not null)
                {
                    breakdown.AddPublished(r.Day.Lead, r.Day.TargetDate, o, pub, r.Day.Aqi);
                }
            }
        }

        return new VerificationDto(station, since, until, [.. tally.Scores(0).Select(LeadScoreDto.Of)], [.. tally.Scores(1).Select(LeadScoreDto.Of)],
            breakdown.Leads(), breakdown.Seasons(), breakdown.Levels(), days);
    }

    private static DailyAirQuality? Observed(RatedDays days, DateOnly first, DateOnly day)
    {
        var i = day.DayNumber - first.DayNumber;
        return i >= 0 && i < days.Days.Length && days.Present[i] && days.Days[i].Aqi.Aqi is not null ? days.Days[i] : null;
    }
}
