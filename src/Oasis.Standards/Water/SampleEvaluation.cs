namespace Oasis.Standards.Water;

/// <summary>
/// The single-factor evaluation (单因子评价) of a sample by GB 3838-2002 and the 2011 method: the class is the
/// worst class over the 21 class indicators measured; total nitrogen and faecal coliforms are evaluated but
/// never change it. <see cref="Class"/> is null when none of the 21 was measured.
/// </summary>
public sealed class SampleEvaluation
{
    private SampleEvaluation(WaterSample sample, IReadOnlyList<IndicatorResult> indicators, WaterClass? waterClass)
    {
        Sample = sample;
        Indicators = indicators;
        Class = waterClass;
    }

    public WaterSample Sample { get; }

    /// <summary>Every measured indicator, TN and faecal coliforms included, in column order.</summary>
    public IReadOnlyList<IndicatorResult> Indicators { get; }

    /// <summary>The class of the sample (水质类别), or null when no class indicator was measured.</summary>
    public WaterClass? Class { get; }

    /// <summary>The status of the section (优 … 重度污染), or null without a class.</summary>
    public WaterQualityStatus? Status => Class is { } c ? WaterQualityStatuses.ForSection(c) : null;

    /// <summary>The class indicators worse than class Ⅲ, in column order (TN and faecal coliforms excluded).</summary>
    public IEnumerable<IndicatorResult> Exceeding => Indicators.Where(r => r.Indicator.DecidesClass() && r.ExceedsClassIII);

    /// <summary>The evaluation of one indicator, or null when it was not measured.</summary>
    public IndicatorResult? this[WaterIndicator indicator] => Indicators.FirstOrDefault(r => r.Indicator == indicator);

    /// <summary>
    /// Whether the sample meets a target class (达标): its class is the target or better. Null without a class.
    /// </summary>
    public bool? MeetsTarget(WaterClass target) => Class?.Meets(target);

    /// <summary>The class indicators worse than a target class (the items that miss it).</summary>
    public IEnumerable<IndicatorResult> MissingTarget(WaterClass target) =>
        Indicators.Where(r => r.Indicator.DecidesClass() && r.Class > target);

    public static SampleEvaluation Evaluate(WaterSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var results = new List<IndicatorResult>();
        WaterClass? worst = null;
        foreach (var indicator in WaterIndicators.All)
        {
            if (sample[indicator] is not { } value)
            {
                continue;
            }

            var result = IndicatorResult.Evaluate(indicator, value, sample.Body);
            results.Add(result);
            if (indicator.DecidesClass() && (worst is null || result.Class > worst))
            {
                worst = result.Class;
            }
        }

        return new SampleEvaluation(sample, results, worst);
    }
}
