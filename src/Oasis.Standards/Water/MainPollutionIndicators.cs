namespace Oasis.Standards.Water;

/// <summary>One indicator's exceedance over a set of evaluations (a section's samples, or a river's sections).</summary>
public sealed record IndicatorExceedance(WaterIndicator Indicator, int Evaluated, int Exceeding, decimal? MaxMultiple)
{
    /// <summary>超标率: the share of evaluations in which the indicator was worse than class Ⅲ.</summary>
    public decimal Rate => Evaluated == 0 ? 0m : (decimal)Exceeding / Evaluated;
}

/// <summary>
/// The main pollution indicators (主要污染指标, FACTS.md §5.2): the three class indicators with the highest
/// exceedance rates against class Ⅲ; cyanide and the metals take priority when they exceed (decision 0305).
/// </summary>
public static class MainPollutionIndicators
{
    public const int DefaultCount = 3;

    /// <summary>Each class indicator's exceedance over the evaluations, in column order (measured ones only).</summary>
    public static IReadOnlyList<IndicatorExceedance> Exceedances(IEnumerable<SampleEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        var results = evaluations.SelectMany(e => e.Indicators).Where(r => r.Indicator.DecidesClass()).ToList();
        return [.. results
            .GroupBy(r => r.Indicator)
            .OrderBy(g => g.Key)
            .Select(g => new IndicatorExceedance(
                g.Key,
                g.Count(),
                g.Count(r => r.ExceedsClassIII),
                g.Max(r => r.ExceedanceMultiple)))];
    }

    /// <summary>
    /// The main pollution indicators: every exceeding cyanide or metal indicator first, then the others by
    /// exceedance rate, then by the largest multiple, then in column order, until <paramref name="count"/> are
    /// named. Empty when nothing exceeds class Ⅲ.
    /// </summary>
    public static IReadOnlyList<WaterIndicator> Find(IEnumerable<SampleEvaluation> evaluations, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var exceeding = Exceedances(evaluations).Where(e => e.Exceeding > 0).ToList();
        var priority = exceeding.Where(e => e.Indicator.IsToxicPriority()).OrderByDescending(e => e.Rate);
        var others = exceeding.Where(e => !e.Indicator.IsToxicPriority()).OrderByDescending(e => e.Rate);
        var ordered = priority.ThenByDescending(e => e.MaxMultiple ?? 0m).ThenBy(e => e.Indicator).ToList();
        var rest = others.ThenByDescending(e => e.MaxMultiple ?? 0m).ThenBy(e => e.Indicator).Select(e => e.Indicator);
        return [.. ordered.Select(e => e.Indicator), .. rest.Take(Math.Max(0, count - ordered.Count))];
    }
}
