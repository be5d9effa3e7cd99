namespace Oasis.Standards.Water;

/// <summary>
/// The status of a river, lake group or basin from its sections (河流水质状况, 环办〔2011〕22号 as
/// standards/README.md adopts it). With fewer than 5 sections each indicator is averaged over the sections
/// and the mean sample is evaluated by the single-factor method (<see cref="MeanEvaluation"/>); with 5 or
/// more the status follows the shares of sections at Ⅰ–Ⅲ and at 劣Ⅴ.
/// </summary>
public sealed record RiverAssessment(
    int Sections,
    WaterQualityStatus? Status,
    decimal IIIOrBetterShare,
    decimal WorseThanVShare,
    SampleEvaluation? MeanEvaluation)
{
    /// <summary>The number of sections from which the shares decide (fewer: the mean of the indicators decides).</summary>
    public const int SectionsForShares = 5;

    /// <summary>
    /// Assesses a river from one sample per section (each usually the section's mean over the period).
    /// Sections without any class indicator are left out. Status is null when no section remains.
    /// </summary>
    public static RiverAssessment Evaluate(IReadOnlyList<WaterSample> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var evaluated = sections.Select(SampleEvaluation.Evaluate).Where(e => e.Class is not null).ToList();
        var n = evaluated.Count;
        if (n == 0)
        {
            return new RiverAssessment(0, null, 0m, 0m, null);
        }

        var good = evaluated.Count(e => e.Class <= WaterClass.III);
        var worse = evaluated.Count(e => e.Class == WaterClass.WorseThanV);
        var goodShare = (decimal)good / n;
        var worseShare = (decimal)worse / n;
        if (n < SectionsForShares)
        {
            var mean = SampleEvaluation.Evaluate(WaterMeans.Mean(evaluated.Select(e => e.Sample)));
            return new RiverAssessment(n, mean.Status, goodShare, worseShare, mean);
        }

        return new RiverAssessment(n, ByShares(good, worse, n), goodShare, worseShare, null);
    }

    /// <summary>
    /// 优 Ⅰ–Ⅲ ≥ 90 %; 良好 75–90 %; below 75 %: 轻度污染 when 劣Ⅴ &lt; 20 %, 中度污染 when 20–40 %, 重度污染 when
    /// ≥ 40 % (Oasis takes 75 % for 重度, which leaves no gap; decision 0302). Compared in integers, exactly.
    /// </summary>
    public static WaterQualityStatus ByShares(int iiiOrBetter, int worseThanV, int sections)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sections);
        ArgumentOutOfRangeException.ThrowIfNegative(iiiOrBetter);
        ArgumentOutOfRangeException.ThrowIfNegative(worseThanV);
        if (iiiOrBetter + worseThanV > sections)
        {
            throw new ArgumentException("More sections counted than there are.", nameof(sections));
        }

        if (iiiOrBetter * 10 >= sections * 9)
        {
            return WaterQualityStatus.Excellent;
        }

        if (iiiOrBetter * 4 >= sections * 3)
        {
            return WaterQualityStatus.Good;
        }

        if (worseThanV * 5 < sections)
        {
            return WaterQualityStatus.LightlyPolluted;
        }

        return worseThanV * 5 < sections * 2 ? WaterQualityStatus.ModeratelyPolluted : WaterQualityStatus.HeavilyPolluted;
    }
}
