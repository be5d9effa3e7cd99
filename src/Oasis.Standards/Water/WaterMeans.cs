namespace Oasis.Standards.Water;

/// <summary>A sample with its sampling date.</summary>
public readonly record struct DatedWaterSample(DateOnly Date, WaterSample Sample);

/// <summary>The mean sample of one calendar month.</summary>
public readonly record struct MonthlyWaterMean(int Year, int Month, WaterSample Mean);

/// <summary>
/// Means of samples, indicator by indicator: the arithmetic mean of the values measured, a value below the
/// detection limit entering as half that limit (standards/README.md). Replicate samples of one day are
/// averaged into that day's value first, monthly means average the month's days, and annual and period means
/// average the monthly means (issue #8, decision 0316), so that neither a day sampled in replicate nor a month
/// sampled often weighs more than one sampled once.
/// </summary>
public static class WaterMeans
{
    /// <summary>The mean of samples of one kind of water body; an indicator measured in none stays unmeasured.</summary>
    public static WaterSample Mean(IEnumerable<WaterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sums = new decimal[WaterIndicators.Count];
        var counts = new int[WaterIndicators.Count];
        WaterBodyKind? body = null;
        foreach (var sample in samples)
        {
            if (body is { } b && b != sample.Body)
            {
                throw new ArgumentException("Samples of rivers and of lakes cannot be averaged together.", nameof(samples));
            }

            body = sample.Body;
            for (var i = 0; i < WaterIndicators.Count; i++)
            {
                if (sample[(WaterIndicator)i] is { } value)
                {
                    sums[i] += value.ForMean;
                    counts[i]++;
                }
            }
        }

        if (body is null)
        {
            throw new ArgumentException("There is no sample to average.", nameof(samples));
        }

        var means = new WaterValue?[WaterIndicators.Count];
        for (var i = 0; i < means.Length; i++)
        {
            means[i] = counts[i] == 0 ? null : WaterValue.Measured(sums[i] / counts[i]);
        }

        return new WaterSample(body.Value, means);
    }

    /// <summary>The monthly means of one section's samples, in calendar order: the mean of the month's daily means.</summary>
    public static IReadOnlyList<MonthlyWaterMean> Monthly(IEnumerable<DatedWaterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return [.. Daily(samples)
            .GroupBy(s => (s.Date.Year, s.Date.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthlyWaterMean(g.Key.Year, g.Key.Month, Mean(g.Select(s => s.Sample))))];
    }

    /// <summary>
    /// One sample per date: a day with replicate samples (平行样, or several points of one section) becomes their
    /// mean; a day with one sample keeps it as it is (a value below the detection limit stays so).
    /// </summary>
    public static IReadOnlyList<DatedWaterSample> Daily(IEnumerable<DatedWaterSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        return [.. samples
            .GroupBy(s => s.Date)
            .OrderBy(g => g.Key)
            .Select(g => g.Count() == 1 ? g.First() : new DatedWaterSample(g.Key, Mean(g.Select(s => s.Sample))))];
    }

    /// <summary>
    /// The mean over the months from <paramref name="from"/> to <paramref name="to"/> (inclusive, by month) of
    /// the monthly means; null when no month in the period has a sample.
    /// </summary>
    public static WaterSample? Period(IEnumerable<DatedWaterSample> samples, DateOnly from, DateOnly to)
    {
        var first = (from.Year * 12) + from.Month;
        var last = (to.Year * 12) + to.Month;
        var months = Monthly(samples).Where(m => (m.Year * 12) + m.Month >= first && (m.Year * 12) + m.Month <= last).ToList();
        return months.Count == 0 ? null : Mean(months.Select(m => m.Mean));
    }

    /// <summary>The annual mean from the year's monthly means; null when the year has no sample.</summary>
    public static WaterSample? Annual(IEnumerable<DatedWaterSample> samples, int year) =>
        Period(samples, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
