using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

/// <summary>Decision 0303's warning and decision 0316's replicates: a detection limit above the limit it would prove, and days sampled twice.</summary>
public sealed class DetectionLimitTests
{
    private static WaterValue V(string text) => WaterValue.TryParse(text, out var v) ? v : throw new FormatException(text);

    [Theory]
    [InlineData("Hg", "0.00004L", false)] // class Ⅰ Hg 0.00005
    [InlineData("Hg", "0.00005L", false)] // equal: not detected still proves ≤ 0.00005
    [InlineData("Hg", "0.0001L", true)]
    [InlineData("NH3N", "0.025L", false)]
    [InlineData("NH3N", "0.2L", true)] // class Ⅰ NH3-N 0.15
    [InlineData("Cu", "0.05L", true)] // class Ⅰ Cu 0.01
    [InlineData("TN", "0.25L", true)] // class Ⅰ TN 0.2
    [InlineData("Hg", "0.0001", false)] // measured: no warning whatever the value
    [InlineData("pH", "7.5", false)]
    public void A_detection_limit_above_the_class_i_limit_warns(string code, string text, bool warns)
    {
        var indicator = WaterIndicators.FromCode(code)!.Value;
        var warning = DetectionLimitWarning.Check(indicator, V(text), WaterBodyKind.River);
        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Equal((code, V(text).Value, Gb3838Table1.Limit(indicator, WaterClass.I)), (warning.Item, warning.DetectionLimit, warning.Limit));
        }
    }

    [Fact]
    public void Lake_tp_warns_against_the_lake_limit()
    {
        Assert.Null(DetectionLimitWarning.Check(WaterIndicator.TotalPhosphorus, V("0.01L"), WaterBodyKind.River)); // river Ⅰ 0.02
        Assert.Equal(0.01m, DetectionLimitWarning.Check(WaterIndicator.TotalPhosphorus, V("0.02L"), WaterBodyKind.Lake)!.Limit); // lake Ⅰ 0.01
    }

    [Fact]
    public void Table_2_and_3_items_warn_against_their_single_limit()
    {
        Assert.Null(DetectionLimitWarning.Check("锰", V("0.01L")));
        Assert.Equal(0.1m, DetectionLimitWarning.Check("锰", V("0.2L"))!.Limit);
        Assert.Throws<ArgumentException>(() => DetectionLimitWarning.Check("不存在", V("0.2L")));
    }

    [Fact]
    public void Replicates_of_one_day_are_averaged_before_the_month()
    {
        static DatedWaterSample On(string date, params string[] pairs) =>
            new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Samples.River(pairs));

        // 3 May sampled three times (COD 10, 20, 30 → 20), 20 May once (40): the month is (20 + 40)/2 = 30, not 25.
        DatedWaterSample[] samples = [On("2025-05-03", "COD=10"), On("2025-05-03", "COD=20"), On("2025-05-03", "COD=30", "NH3N=0.1L"), On("2025-05-20", "COD=40")];
        var daily = WaterMeans.Daily(samples);
        Assert.Equal(2, daily.Count);
        Assert.Equal(20m, daily[0].Sample[WaterIndicator.ChemicalOxygenDemand]!.Value.Value);
        Assert.Equal(0.05m, daily[0].Sample[WaterIndicator.AmmoniaNitrogen]!.Value.Value); // half the limit, only in the replicate that measured it
        Assert.Same(samples[3].Sample, daily[1].Sample);
        Assert.Equal(30m, Assert.Single(WaterMeans.Monthly(samples)).Mean[WaterIndicator.ChemicalOxygenDemand]!.Value.Value);
    }
}
