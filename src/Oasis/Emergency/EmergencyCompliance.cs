using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Readings;
using Oasis.Platform.Time;
using Oasis.Standards.Emergency;

namespace Oasis.Emergency;

/// <summary>One pollutant of a task measured online: kg over the comparable hours, and the reduction in %.</summary>
internal sealed record MeasuredPollutant(string Pollutant, int Hours, double ActualKg, double BaselineKg, double? ReductionPercent);

/// <summary>What online data say about a task: per pollutant, and the verdict against the promised share.</summary>
/// <param name="Verdict"><c>compliant</c>, <c>non-compliant</c>, or <c>unmeasured</c> (no flue-gas device, no comparable hours, or no share promised).</param>
internal sealed record OnlineCompliance(string Verdict, IReadOnlyList<MeasuredPollutant> Pollutants);

/// <summary>
/// Measures a task from the enterprise's flue-gas devices (HJ 212 system code 31, decision 0423): each hour's emission is
/// concentration × flow (a00000) summed over the enterprise's outlets, during the task against the median of the same hour
/// of day over the 30 days before the warning (<see cref="EmissionReduction"/>). The hourly layer is the one statistics
/// use (<see cref="HourlyReadings"/>: 2061 first, else 2051 with ≥ 45 valid minutes).
/// </summary>
internal static class EmergencyCompliance
{
    public const string Unmeasured = "unmeasured";

    /// <summary>HJ 212 codes of the pollutants measured at flue-gas outlets; VOCs (a24088 非甲烷总烃) are not in the demo devices but count when present.</summary>
    public static readonly (string Pollutant, string Factor)[] Factors =
        [("pm", "a34013"), ("so2", "a21026"), ("nox", "a21002"), ("vocs", "a24088")];

    public const string Flow = "a00000";

    public static async Task<OnlineCompliance> MeasureAsync(OasisDb db, EmergencyTask task, DateTime warningStartUtc, DateTime nowUtc, CancellationToken ct)
    {
        var mns = await db.Devices.AsNoTracking().Where(d => d.EnterpriseCode == task.CreditCode && d.SystemCode == "31")
            .Select(d => d.Mn).ToListAsync(ct).ConfigureAwait(false);
        var end = task.EndedAt ?? nowUtc;
        if (mns.Count == 0 || end <= task.StartedAt)
        {
            return new OnlineCompliance(Unmeasured, []);
        }

        var from = warningStartUtc.AddDays(-EmissionReduction.BaselineDays);
        var hours = await HourlyReadings.LoadAsync(db, mns, from, end, ct).ConfigureAwait(false);
        var flows = hours.Where(h => h.Factor == Flow).ToDictionary(h => (h.Mn, h.HourUtc), h => h.Value);
        var measured = new List<MeasuredPollutant>();
        var results = new List<ReductionResult>();
        foreach (var (pollutant, factor) in Factors)
        {
            // kg per hour summed over the outlets that have both the concentration and the flow of that hour.
            var perHour = new SortedDictionary<DateTime, double>();
            foreach (var h in hours.Where(h => h.Factor == factor))
            {
                if (flows.TryGetValue((h.Mn, h.HourUtc), out var flow))
                {
                    perHour[h.HourUtc] = perHour.GetValueOrDefault(h.HourUtc) + EmissionReduction.HourlyKg(h.Value, flow);
                }
            }

            if (perHour.Count == 0)
            {
                continue;
            }

            var before = perHour.Where(p => p.Key < warningStartUtc).Select(p => new HourlyEmission(Local(p.Key), p.Value));
            var during = perHour.Where(p => p.Key >= task.StartedAt && p.Key < end).Select(p => new HourlyEmission(Local(p.Key), p.Value));
            var result = EmissionReduction.Compare(before, during);
            results.Add(result);
            measured.Add(new MeasuredPollutant(pollutant, result.Hours, Math.Round(result.ActualKg, 3), Math.Round(result.BaselineKg, 3),
                result.ReductionPercent is { } r ? Math.Round(r, 1) : null));
        }

        return new OnlineCompliance(Verdict(task.PromisedPercent, results), measured);
    }

    /// <summary>Compliant when every measured pollutant reaches the promised share (an outlet cannot hide behind another).</summary>
    public static string Verdict(double? promised, IReadOnlyList<ReductionResult> results)
    {
        var judged = promised is { } p ? results.Select(r => r.Meets(p)).OfType<bool>().ToList() : [];
        if (judged.Count == 0)
        {
            return Unmeasured;
        }

        return judged.TrueForAll(m => m) ? EmergencyCodes.Compliant : EmergencyCodes.NonCompliant;
    }

    private static DateTime Local(DateTime utc) => BeijingTime.FromUtc(utc).DateTime;
}
