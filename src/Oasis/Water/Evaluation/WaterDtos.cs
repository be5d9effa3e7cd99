using Oasis.Standards.Water;

namespace Oasis.Water.Evaluation;

/// <summary>An indicator worse than class Ⅲ: its class and exceedance multiple (none for pH and DO).</summary>
internal sealed record ExceedingDto(string Indicator, string Class, decimal? Multiple);

/// <summary>
/// The evaluation of a section (or a source's Table 1 part) over a month (<c>2025-03</c>) or a year (<c>2025</c>), all from
/// the engine: the class of the mean sample, its status, whether it meets the target, the items above class Ⅲ, the main
/// pollution indicators over the period's samples (month) or monthly means (year), and the mean values (4 decimals).
/// <c>samples</c> counts the evaluated samples; <c>qualityControl</c> the quality-control replicates of the period, kept out
/// of the evaluation (decision 0319).
/// </summary>
internal sealed record SectionEvaluationDto(
    string Section,
    string Name,
    string? WaterBody,
    string Period,
    int Samples,
    string? Class,
    string? Status,
    string? Target,
    bool? MeetsTarget,
    IReadOnlyList<ExceedingDto> Exceeding,
    IReadOnlyList<string> MainPollutants,
    IReadOnlyDictionary<string, decimal> Values,
    int QualityControl = 0);

/// <summary>The status of a river or lake from its sections in the period (decision 0302).</summary>
internal sealed record RiverStatusDto(
    string WaterBody, string Name, string Kind, string Period, int Sections, string? Status, decimal IIIOrBetterShare, decimal WorseThanVShare,
    string? MeanClass);

/// <summary>
/// A drinking-water source's compliance in the period; groundwater sources are not evaluated (GB/T 14848 not built).
/// <c>samples</c> counts the evaluated samples, quality-control replicates apart (decision 0319).
/// </summary>
internal sealed record SourceComplianceDto(
    string Source, string Name, string Kind, bool ThousandTonne, string Period, int Samples, bool? Compliant, int ItemsEvaluated,
    IReadOnlyList<string> Failures, int SamplesNotCompliant);

internal sealed record WaterAssessmentDto(
    string Period, IReadOnlyList<SectionEvaluationDto> Sections, IReadOnlyList<RiverStatusDto> Rivers, IReadOnlyList<SourceComplianceDto> Sources);

/// <summary>
/// The water indicators of the plan's table 2-1 for a year, computed from the assessment sections and the surface
/// sources; null where nothing could be evaluated or the computation is not built (groundwater class V share). The rural
/// sewage treatment rate is the entered figure of the year, or of the latest year before it (its own <c>year</c> says which).
/// </summary>
internal sealed record WaterIndicatorsDto(
    int Year,
    int RiverSections,
    decimal? RiverIIIOrBetterShare,
    decimal? RiverWorseThanVShare,
    int LakeSections,
    decimal? LakeIIIOrBetterShare,
    decimal? LakeWorseThanVShare,
    int Sources,
    decimal? SourcesCompliantShare,
    int BlackOdorousIdentifiedInYear,
    int BlackOdorousNotRemediated,
    decimal? GroundwaterWorseThanVShare,
    Indicators.RuralSewageRateDto? RuralSewage);

internal sealed record TrendYearDto(int Year, decimal Mean);

internal sealed record TrendDto(string Section, string Indicator, IReadOnlyList<TrendYearDto> Years, int N, double? Rho, double? PValue, string Direction,
    SeasonalKendallDto SeasonalKendall);

/// <summary>
/// The Seasonal Kendall test of the monthly means (seasons = calendar months); <c>slope</c> in the indicator's unit per year.
/// <c>variance</c>, <c>z</c>, <c>pValue</c>, <c>direction</c> take the months as independent (decision 0317); <c>corrected</c> adds
/// the covariances between months estimated from ranks (Hirsch and Slack 1984, decision 0318).
/// </summary>
internal sealed record SeasonalKendallDto(int Years, int Months, long S, double? Variance, double? Z, double? PValue, double? Slope, string Direction,
    SeasonalKendallCorrectedDto Corrected)
{
    public static SeasonalKendallDto Of(SeasonalKendallTrend t) => new(t.Years, t.Values, t.S, Number(t.Variance, 4), Number(t.Z, 4),
        Number(t.PValue, null), t.Slope is { } s ? Math.Round(s, 6) : null, t.Direction.Code(),
        new SeasonalKendallCorrectedDto(Number(t.Corrected.Covariance, 4), Number(t.Corrected.Variance, 4), Number(t.Corrected.Z, 4),
            Number(t.Corrected.PValue, null), t.Corrected.Direction.Code()));

    private static double? Number(double value, int? digits) => double.IsNaN(value) ? null : digits is { } d ? Math.Round(value, d) : value;
}

/// <summary>The serial-correlation corrected figures: the covariance sum added to Var(S), the corrected Var(S), Z, p and direction.</summary>
internal sealed record SeasonalKendallCorrectedDto(double? Covariance, double? Variance, double? Z, double? PValue, string Direction);

internal static class WaterNames
{
    public static string Code(this WaterQualityStatus status) => status switch
    {
        WaterQualityStatus.Excellent => "excellent",
        WaterQualityStatus.Good => "good",
        WaterQualityStatus.LightlyPolluted => "lightly-polluted",
        WaterQualityStatus.ModeratelyPolluted => "moderately-polluted",
        _ => "heavily-polluted",
    };

    public static string Code(this TrendDirection direction) => direction switch
    {
        TrendDirection.Insufficient => "insufficient",
        TrendDirection.NoSignificantTrend => "none",
        TrendDirection.SignificantIncrease => "increase",
        _ => "decrease",
    };
}
