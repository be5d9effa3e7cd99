using System.Globalization;
using Oasis.Standards.Water;
using Oasis.Water.Samples;

namespace Oasis.Water.Evaluation;

/// <summary>
/// Turns stored samples into the engine's evaluations (Oasis.Standards.Water): nothing here classifies, averages or
/// grades by itself except the means of Table 2/3 items, which the engine's <see cref="WaterMeans"/> does not carry and
/// which follow its rule (half the detection limit, monthly means first; decision 0312).
/// </summary>
internal static class WaterEvaluation
{
    /// <summary>A period of whole months, <c>2025</c> or <c>2025-03</c>.</summary>
    internal sealed record Period(DateOnly From, DateOnly To, string Label)
    {
        public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));

        public static Period Month(int year, int month) => new(new DateOnly(year, month, 1),
            new DateOnly(year, month, DateTime.DaysInMonth(year, month)), $"{year:D4}-{month:D2}");

        public bool Contains(DateOnly date) => date >= From && date <= To;
    }

    /// <summary>
    /// The mean sample of the period (annual from monthly means), its evaluation, and the main pollutants; quality-control
    /// replicates are left out (decision 0319).
    /// </summary>
    public static (WaterSample? Mean, SampleEvaluation? Evaluation, IReadOnlyList<WaterIndicator> Main) Evaluate(IReadOnlyList<ManualSample> samples, Period period) =>
        Evaluate(Dated(samples), period);

    /// <summary>The evaluated samples (quality-control replicates left out, decision 0319) as the engine's dated samples.</summary>
    public static List<DatedWaterSample> Dated(IEnumerable<ManualSample> samples) =>
        [.. samples.Evaluated().Select(s => new DatedWaterSample(s.Date, s.ToTable1()))];

    /// <summary>The same over dated samples of any origin (manual samples, or an automatic station's daily means).</summary>
    public static (WaterSample? Mean, SampleEvaluation? Evaluation, IReadOnlyList<WaterIndicator> Main) Evaluate(IReadOnlyList<DatedWaterSample> samples, Period period)
    {
        var dated = samples.Where(s => period.Contains(s.Date)).ToList();
        if (dated.Count == 0)
        {
            return (null, null, []);
        }

        var mean = WaterMeans.Period(dated, period.From, period.To)!;
        var monthly = WaterMeans.Monthly(dated);
        // A month's main pollutants come from its sampling days (replicates averaged first), a longer period's from its monthly means.
        var basis = monthly.Count == 1 ? WaterMeans.Daily(dated).Select(d => SampleEvaluation.Evaluate(d.Sample)) : monthly.Select(m => SampleEvaluation.Evaluate(m.Mean));
        return (mean, SampleEvaluation.Evaluate(mean), MainPollutionIndicators.Find(basis.ToList()));
    }

    /// <summary>A section's evaluation over its manual samples, with the count of quality-control replicates kept out (decision 0319).</summary>
    public static SectionEvaluationDto Section(string code, string name, string? waterBody, string? target, IReadOnlyList<ManualSample> samples, Period period) =>
        Section(code, name, waterBody, target, Dated(samples), period) with
        {
            QualityControl = samples.Count(s => s.QualityControl && period.Contains(s.Date)),
        };

    /// <summary>A section's evaluation over dated samples; <c>samples</c> counts those in the period.</summary>
    public static SectionEvaluationDto Section(string code, string name, string? waterBody, string? target, IReadOnlyList<DatedWaterSample> samples, Period period)
    {
        var (_, evaluation, main) = Evaluate(samples, period);
        var targetClass = target is null ? (WaterClass?)null : Registry.WaterSections.ParseClass(target);
        return new SectionEvaluationDto(
            code, name, waterBody, period.Label,
            samples.Count(s => period.Contains(s.Date)),
            evaluation?.Class?.Ascii(),
            evaluation?.Status?.Code(),
            target,
            targetClass is { } t ? evaluation?.MeetsTarget(t) : null,
            evaluation is null ? [] : [.. evaluation.Exceeding.Select(r => new ExceedingDto(r.Indicator.Code(), r.Class.Ascii(), r.ExceedanceMultiple))],
            [.. main.Select(i => i.Code())],
            evaluation is null ? new Dictionary<string, decimal>() : evaluation.Indicators.ToDictionary(r => r.Indicator.Code(), r => Math.Round(r.Value.Value, 4)));
    }

    /// <summary>Compliance of a drinking-water source: the period's mean of Table 1 and of each Table 2/3 item measured.</summary>
    public static SourceComplianceDto Source(string code, string name, string kind, bool thousandTonne, IReadOnlyList<ManualSample> samples, Period period)
    {
        var inPeriod = samples.Evaluated().Where(s => period.Contains(s.Date)).ToList();
        if (kind != "surface" || inPeriod.Count == 0)
        {
            return new SourceComplianceDto(code, name, kind, thousandTonne, period.Label, inPeriod.Count, null, 0, [], 0);
        }

        var table1 = WaterMeans.Period(inPeriod.Select(s => new DatedWaterSample(s.Date, s.ToTable1())), period.From, period.To)!;
        var assessment = DrinkingWaterAssessment.Evaluate(table1, SupplementaryMeans(inPeriod));
        var failing = inPeriod.Count(s => !DrinkingWaterAssessment.Evaluate(s.ToTable1(), s.Supplementary()).Compliant);
        return new SourceComplianceDto(code, name, kind, thousandTonne, period.Label, inPeriod.Count, assessment.Compliant, assessment.ItemsEvaluated,
            [.. assessment.Failures.Select(f => f.Item)], failing);
    }

    /// <summary>
    /// Each Table 2/3 item: the mean of its monthly means of daily means (replicates of a day first), a value below the
    /// detection limit counting half the limit, as <see cref="WaterMeans"/> averages Table 1.
    /// </summary>
    private static Dictionary<string, WaterValue> SupplementaryMeans(IEnumerable<ManualSample> samples) => samples
        .SelectMany(s => s.Supplementary().Select(kv => (Item: kv.Key, s.Date, kv.Value)))
        .GroupBy(x => x.Item, StringComparer.Ordinal)
        .ToDictionary(
            g => g.Key,
            g => WaterValue.Measured(g.GroupBy(x => x.Date).Select(d => (d.Key, Mean: d.Average(x => x.Value.ForMean)))
                .GroupBy(d => (d.Key.Year * 12) + d.Key.Month).Select(m => m.Average(d => d.Mean)).Average()),
            StringComparer.Ordinal);
}
