using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Warnings;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;
using Oasis.Standards.Air;

namespace Oasis.Emergency;

/// <summary>
/// A pollutant in the review: expected kg over the tasks' whole duration; then, over the hours online data could compare,
/// what the list expected and what was achieved (baseline − actual), and how many tasks that covers.
/// </summary>
internal sealed record ReviewPollutant(string Pollutant, double ExpectedKg, double ExpectedMeasuredKg, double AchievedKg, int MeasuredTasks);

/// <summary>A day of the warning: the last forecast issued before it and what was observed (city daily AQI).</summary>
internal sealed record ReviewDay(DateOnly Date, int? ForecastAqi, int? ForecastLead, int? ObservedAqi, string? ObservedCategory);

internal sealed record ReviewDto(int WarningId, string Region, string State, DateTimeOffset? IssuedAt, DateTimeOffset? LiftedAt, int Tasks,
    int Compliant, int NonCompliant, int Unmeasured, IReadOnlyList<ReviewPollutant> Pollutants, IReadOnlyList<ReviewDay> Days);

/// <summary>
/// The review after a warning (decision 0424): expected against achieved reductions per pollutant, and forecast against
/// observed AQI over the warning's days. Computed on request, so a review of a warning still in force shows it so far.
/// </summary>
internal static class EmergencyReview
{
    /// <summary>Days of AQI shown at most: a warning is a matter of days; a stale one left in force must not rate years of hours.</summary>
    public const int MaxDays = 30;

    public static async Task<ReviewDto> ComputeAsync(AirDailyStore daily, OasisDb db, int warningId, DateTime nowUtc, CancellationToken ct)
    {
        var warning = await db.Set<PollutionWarning>().AsNoTracking().SingleOrDefaultAsync(w => w.Id == warningId, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Warning", warningId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (warning.IssuedAt is not { } issued)
        {
            throw OasisProblemException.Rule("emergency-not-issued", "Emergency.NotIssued", warningId);
        }

        var tasks = await db.EmergencyTasks.AsNoTracking().Where(t => t.WarningId == warningId).OrderBy(t => t.Id).ToListAsync(ct).ConfigureAwait(false);
        var expected = new Dictionary<string, double>();
        var expectedMeasured = new Dictionary<string, double>();
        var achieved = new Dictionary<string, double>();
        var measuredTasks = new Dictionary<string, int>();
        int compliant = 0, nonCompliant = 0, unmeasured = 0;
        foreach (var task in tasks)
        {
            var online = await EmergencyCompliance.MeasureAsync(db, task, issued, nowUtc, ct).ConfigureAwait(false);
            var electricity = await ElectricityCompliance.MeasureAsync(db, task, issued, nowUtc, ct).ConfigureAwait(false);
            switch (EmergencyVerdict.Combine(task.Inspection, online.Verdict, electricity?.Verdict))
            {
                case EmergencyCodes.Compliant: compliant++; break;
                case EmergencyCodes.NonCompliant: nonCompliant++; break;
                default: unmeasured++; break;
            }

            var days = ((task.EndedAt ?? nowUtc) - task.StartedAt).TotalDays;
            foreach (var pollutant in EmergencyCodes.Pollutants)
            {
                var perDay = EmergencySufficiency.Of(task, pollutant);
                expected[pollutant] = expected.GetValueOrDefault(pollutant) + (perDay * days);
                if (online.Pollutants.FirstOrDefault(p => p.Pollutant == pollutant) is { Hours: > 0 } m)
                {
                    expectedMeasured[pollutant] = expectedMeasured.GetValueOrDefault(pollutant) + (perDay * m.Hours / 24);
                    achieved[pollutant] = achieved.GetValueOrDefault(pollutant) + (m.BaselineKg - m.ActualKg);
                    measuredTasks[pollutant] = measuredTasks.GetValueOrDefault(pollutant) + 1;
                }
            }
        }

        var pollutants = EmergencyCodes.Pollutants.Select(p => new ReviewPollutant(p, Math.Round(expected.GetValueOrDefault(p), 1),
            Math.Round(expectedMeasured.GetValueOrDefault(p), 1), Math.Round(achieved.GetValueOrDefault(p), 1), measuredTasks.GetValueOrDefault(p))).ToList();
        var first = DateOnly.FromDateTime(BeijingTime.FromUtc(issued).DateTime);
        var last = DateOnly.FromDateTime(BeijingTime.FromUtc(warning.LiftedAt ?? nowUtc).DateTime);
        last = last.DayNumber - first.DayNumber > MaxDays ? first.AddDays(MaxDays) : last;
        return new ReviewDto(warning.Id, warning.Region, warning.State, BeijingTime.FromUtc(issued), warning.LiftedAt is { } l ? BeijingTime.FromUtc(l) : null,
            tasks.Count, compliant, nonCompliant, unmeasured, pollutants, await DaysAsync(daily, db, first, last, ct).ConfigureAwait(false));
    }

    private static async Task<List<ReviewDay>> DaysAsync(AirDailyStore daily, OasisDb db, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var forecasts = await (from d in db.Set<ForecastDay>().AsNoTracking()
                               join i in db.Set<ForecastIssue>().AsNoTracking() on d.IssueId equals i.Id
                               where d.Station == AirFigures.City && d.TargetDate >= first && d.TargetDate <= last && i.IssueDate < d.TargetDate
                               select new { d.TargetDate, d.Aqi, d.Lead, i.IssueDate, i.Id }).ToListAsync(ct).ConfigureAwait(false);
        var observed = await AirFigures.CityAsync(daily, db, first, last, EditionChoice.Auto, ct).ConfigureAwait(false);
        var days = new List<ReviewDay>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var f = forecasts.Where(x => x.TargetDate == d).OrderByDescending(x => x.IssueDate).ThenByDescending(x => x.Id).FirstOrDefault();
            var i = d.DayNumber - first.DayNumber;
            var o = observed.Present[i] ? observed.Days[i].Aqi : default;
            days.Add(new ReviewDay(d, f?.Aqi, f?.Lead, o.Aqi, o.Category?.Code));
        }

        return days;
    }
}
