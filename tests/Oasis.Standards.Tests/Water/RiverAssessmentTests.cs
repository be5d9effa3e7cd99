using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class RiverAssessmentTests
{
    [Fact]
    public void With_fewer_than_5_sections_each_indicator_is_averaged_then_evaluated()
    {
        // Per section II and 劣V; the mean NH3N 1.5 is class IV, so the river is 轻度污染, not judged by shares.
        var river = RiverAssessment.Evaluate([Samples.River("NH3N=0.4", "COD=10"), Samples.River("NH3N=2.6", "COD=14")]);
        Assert.Equal(2, river.Sections);
        Assert.Equal(WaterClass.IV, river.MeanEvaluation!.Class);
        Assert.Equal(1.5m, river.MeanEvaluation.Sample[WaterIndicator.AmmoniaNitrogen]!.Value.Value);
        Assert.Equal(WaterQualityStatus.LightlyPolluted, river.Status);
        Assert.Equal(0.5m, river.IIIOrBetterShare);
        Assert.Equal(0.5m, river.WorseThanVShare);
    }

    [Fact]
    public void Four_sections_still_use_the_mean_and_detection_limit_values_enter_it_as_half()
    {
        var river = RiverAssessment.Evaluate(
        [
            Samples.River("NH3N=0.1", "Hg=0.00004L"), Samples.River("NH3N=0.1", "Hg=0.00004L"),
            Samples.River("NH3N=0.1", "Hg=0.00004L"), Samples.River("NH3N=2.1", "Hg=0.00018"),
        ]);
        Assert.Equal(4, river.Sections);
        Assert.Equal(0.6m, river.MeanEvaluation!.Sample[WaterIndicator.AmmoniaNitrogen]!.Value.Value);
        Assert.Equal(0.00006m, river.MeanEvaluation.Sample[WaterIndicator.Mercury]!.Value.Value); // (3 × 0.00002 + 0.00018) / 4
        Assert.Equal(WaterClass.III, river.MeanEvaluation.Class);
        Assert.Equal(WaterQualityStatus.Good, river.Status);
    }

    [Fact]
    public void With_5_sections_the_shares_decide()
    {
        // Four at Ⅱ and one at 劣Ⅴ: 80 % at Ⅰ–Ⅲ is 良好, although the mean would be class Ⅲ.
        var river = RiverAssessment.Evaluate(
        [
            Samples.River("NH3N=0.4"), Samples.River("NH3N=0.4"), Samples.River("NH3N=0.4"),
            Samples.River("NH3N=0.4"), Samples.River("NH3N=3"),
        ]);
        Assert.Equal(5, river.Sections);
        Assert.Null(river.MeanEvaluation);
        Assert.Equal(0.8m, river.IIIOrBetterShare);
        Assert.Equal(0.2m, river.WorseThanVShare);
        Assert.Equal(WaterQualityStatus.Good, river.Status);
    }

    [Fact]
    public void Sections_without_a_class_indicator_do_not_count()
    {
        var river = RiverAssessment.Evaluate([Samples.River("TN=3"), Samples.River("COD=10")]);
        Assert.Equal(1, river.Sections);
        Assert.Equal(WaterQualityStatus.Excellent, river.Status);
        Assert.Null(RiverAssessment.Evaluate([Samples.River("TN=3")]).Status);
    }

    [Theory]
    [InlineData(10, 0, 10, WaterQualityStatus.Excellent)]
    [InlineData(9, 1, 10, WaterQualityStatus.Excellent)] // 90 % exactly
    [InlineData(17, 0, 19, WaterQualityStatus.Good)] // 89.5 %
    [InlineData(15, 5, 20, WaterQualityStatus.Good)] // 75 % exactly
    [InlineData(14, 3, 20, WaterQualityStatus.LightlyPolluted)] // 70 %, 劣Ⅴ 15 %
    [InlineData(14, 4, 20, WaterQualityStatus.ModeratelyPolluted)] // 劣Ⅴ 20 % exactly
    [InlineData(10, 7, 20, WaterQualityStatus.ModeratelyPolluted)] // 劣Ⅴ 35 %
    [InlineData(12, 8, 20, WaterQualityStatus.HeavilyPolluted)] // 60 % at Ⅰ–Ⅲ and 劣Ⅴ 40 %: 重度 (the "< 60 %" reading's gap)
    [InlineData(0, 8, 20, WaterQualityStatus.HeavilyPolluted)]
    [InlineData(0, 0, 5, WaterQualityStatus.LightlyPolluted)]
    public void Shares_follow_the_thresholds_of_the_2011_method(int good, int worseThanV, int sections, WaterQualityStatus expected) =>
        Assert.Equal(expected, RiverAssessment.ByShares(good, worseThanV, sections));

    [Fact]
    public void Impossible_counts_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => RiverAssessment.ByShares(4, 2, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => RiverAssessment.ByShares(0, 0, 0));
    }
}
