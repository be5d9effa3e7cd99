namespace Oasis.Standards.Emergency;

/// <summary>One reading of an enterprise's electricity use (用电量): its meter, the start of its period in local (Beijing) time, kWh.</summary>
/// <param name="Meter">The meter or production line; empty for the enterprise as a whole.</param>
public readonly record struct MeterUse(string Meter, DateTime LocalStart, double Kwh);

/// <summary>What electricity use says about a task: comparable periods, kWh used, kWh expected without reducing.</summary>
/// <param name="Hours">Warning hours (of hourly meters) that had a same-hour median.</param>
/// <param name="Days">Whole warning days (of daily meters) that had a daily median.</param>
public sealed record UseReduction(int Hours, int Days, double ActualKwh, double BaselineKwh)
{
    /// <summary>1 − actual / baseline, as a percentage; null without comparable periods or with a zero baseline.</summary>
    public double? ReductionPercent => Hours + Days == 0 || BaselineKwh <= 0 ? null : (1 - (ActualKwh / BaselineKwh)) * 100;

    /// <summary>Reaches the promised percentage; null when nothing was measurable.</summary>
    public bool? Meets(double promisedPercent) => ReductionPercent is { } r ? r >= promisedPercent - 1e-9 : null;
}

/// <summary>
/// Compliance of an emergency-reduction task from electricity use (issue #7, decision 0425), the same rule as the flue-gas
/// one (<see cref="EmissionReduction"/>): the use during the warning against the median of the same periods over the 30
/// days before. Each meter is compared with its own history and the meters' sums are added, so a meter that sent nothing
/// for an hour neither lowers the actual use nor the baseline. Hourly meters compare hour of day with hour of day; daily
/// meters compare each whole warning day with the median day.
/// </summary>
public static class ElectricityReduction
{
    /// <summary>Hourly readings: per meter, each warning hour against the median of that hour of day before the warning.</summary>
    public static UseReduction CompareHourly(IEnumerable<MeterUse> before, IEnumerable<MeterUse> during)
    {
        var medians = before.GroupBy(u => u.Meter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => EmissionReduction.HourOfDayMedians(g.Select(u => new HourlyEmission(u.LocalStart, u.Kwh))), StringComparer.Ordinal);
        int hours = 0;
        double actual = 0, baseline = 0;
        foreach (var u in during)
        {
            if (!medians.TryGetValue(u.Meter, out var m) || double.IsNaN(m[u.LocalStart.Hour]))
            {
                continue;
            }

            hours++;
            actual += u.Kwh;
            baseline += m[u.LocalStart.Hour];
        }

        return new UseReduction(hours, 0, actual, baseline);
    }

    /// <summary>Daily readings: per meter, each warning day against the median of the days before the warning.</summary>
    public static UseReduction CompareDaily(IEnumerable<MeterUse> before, IEnumerable<MeterUse> during)
    {
        var medians = before.GroupBy(u => u.Meter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => EmissionReduction.Median(g.Select(u => u.Kwh).ToList()), StringComparer.Ordinal);
        int days = 0;
        double actual = 0, baseline = 0;
        foreach (var u in during)
        {
            if (!medians.TryGetValue(u.Meter, out var m))
            {
                continue;
            }

            days++;
            actual += u.Kwh;
            baseline += m;
        }

        return new UseReduction(0, days, actual, baseline);
    }

    /// <summary>Hourly and daily meters together: the sums of both comparisons.</summary>
    public static UseReduction Combine(UseReduction hourly, UseReduction daily) =>
        new(hourly.Hours + daily.Hours, hourly.Days + daily.Days, hourly.ActualKwh + daily.ActualKwh, hourly.BaselineKwh + daily.BaselineKwh);
}
