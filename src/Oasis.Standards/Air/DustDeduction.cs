namespace Oasis.Standards.Air;

/// <summary>
/// A sand-dust period (沙尘过程), Beijing time, hour resolution: the hours starting at or after
/// <see cref="Start"/> and before <see cref="End"/> are affected. A null station means every station.
/// </summary>
public sealed record DustPeriod(DateTime Start, DateTime End, string? Station);

/// <summary>
/// Sand-dust deduction as Oasis adopts it (standards/README.md, decision 0104): the PM10 and PM2.5 hours a dust
/// period covers are removed; each affected day is re-rated from what remains and stays in the denominator
/// of the ratios (a particulate value lost to dust is not "missing"). Deduction is chosen per figure: callers
/// pass the flags or not.
/// </summary>
public static class DustDeduction
{
    /// <summary>One flag per hour of <paramref name="series"/>: true where a period for this station covers the hour.</summary>
    public static bool[] HoursFor(HourlySeries series, string station, IEnumerable<DustPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(periods);
        var flags = new bool[series.Hours];
        var first = series.FirstDay.ToDateTime(TimeOnly.MinValue);
        foreach (var period in periods)
        {
            if (period.Station is not null && !string.Equals(period.Station, station, StringComparison.Ordinal))
            {
                continue;
            }

            var from = (long)Math.Ceiling((period.Start - first).TotalHours);
            var to = (long)Math.Ceiling((period.End - first).TotalHours);
            for (var h = Math.Max(0, from); h < Math.Min(to, flags.Length); h++)
            {
                flags[h] = true;
            }
        }

        return flags;
    }
}
