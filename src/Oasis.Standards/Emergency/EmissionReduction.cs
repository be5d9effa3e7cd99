namespace Oasis.Standards.Emergency;

/// <summary>One hour of an outlet's emission: the hour's start in local (Beijing) time and the mass emitted in kg.</summary>
public readonly record struct HourlyEmission(DateTime LocalHour, double Kg);

/// <summary>The outcome of comparing the warning's hours with the same hours of day before it.</summary>
/// <param name="Hours">Warning hours that had both an emission and a baseline for their hour of day.</param>
/// <param name="ActualKg">Emitted over those hours.</param>
/// <param name="BaselineKg">The same hours' medians summed: what the source would have emitted without reducing.</param>
public sealed record ReductionResult(int Hours, double ActualKg, double BaselineKg)
{
    /// <summary>1 − actual / baseline, as a percentage; null without comparable hours or with a zero baseline.</summary>
    public double? ReductionPercent => Hours == 0 || BaselineKg <= 0 ? null : (1 - (ActualKg / BaselineKg)) * 100;

    /// <summary>Compliant when the measured reduction reaches the promised percentage; null when nothing was measurable.</summary>
    public bool? Meets(double promisedPercent) => ReductionPercent is { } r ? r >= promisedPercent - 1e-9 : null;
}

/// <summary>
/// Compliance of an emergency-reduction task from online monitoring (应急减排措施落实情况, issue #7, decision 0423): an
/// hour's emission is concentration × flue-gas flow; the baseline of an hour of day is the median of that hour of day
/// over the 30 days before the warning; the reduction is the warning hours' total against their baselines' total.
/// </summary>
public static class EmissionReduction
{
    /// <summary>The days before the warning whose hours form the baseline.</summary>
    public const int BaselineDays = 30;

    /// <summary>kg emitted in one hour: mg/m³ × m³/s × 3600 s ÷ 10⁶ mg/kg (HJ 212 a00000 flow is m³/s).</summary>
    public static double HourlyKg(double concentrationMgPerM3, double flowM3PerS) => concentrationMgPerM3 * flowM3PerS * 3600 / 1e6;

    /// <summary>Median of the values (mean of the two middle ones for an even count); NaN when empty.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The median per hour of day (0–23) of the hours before the warning; NaN for an hour of day never seen.</summary>
    public static double[] HourOfDayMedians(IEnumerable<HourlyEmission> before)
    {
        var byHour = new List<double>[24];
        for (var h = 0; h < 24; h++)
        {
            byHour[h] = [];
        }

        foreach (var e in before)
        {
            byHour[e.LocalHour.Hour].Add(e.Kg);
        }

        return byHour.Select(Median).ToArray();
    }

    /// <summary>Compares the warning's hours with the medians of the same hours of day in the 30 days before.</summary>
    public static ReductionResult Compare(IEnumerable<HourlyEmission> before, IEnumerable<HourlyEmission> during)
    {
        var medians = HourOfDayMedians(before);
        int hours = 0;
        double actual = 0, baseline = 0;
        foreach (var e in during)
        {
            var m = medians[e.LocalHour.Hour];
            if (double.IsNaN(m))
            {
                continue;
            }

            hours++;
            actual += e.Kg;
            baseline += m;
        }

        return new ReductionResult(hours, actual, baseline);
    }

    /// <summary>The share of the city's baseline the list must cut at a level (README: ≥ 10 %, 20 %, 30 % for yellow, orange, red).</summary>
    public static double RequiredPercent(Warning.WarningLevel level) => level switch
    {
        Warning.WarningLevel.Yellow => 10,
        Warning.WarningLevel.Orange => 20,
        Warning.WarningLevel.Red => 30,
        _ => 0,
    };
}
