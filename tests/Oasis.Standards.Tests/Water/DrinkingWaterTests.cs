using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class DrinkingWaterTests
{
    [Fact]
    public void Tables_2_and_3_have_their_5_and_80_items_with_the_printed_limits()
    {
        Assert.Equal(5, Gb3838SourceTables.Table2.Count);
        Assert.Equal(80, Gb3838SourceTables.Table3.Count);
        Assert.Equal(Enumerable.Range(1, 80), Gb3838SourceTables.Table3.Select(i => i.Number));
        Assert.Equal(80, Gb3838SourceTables.Table3.Select(i => i.NameZh).Distinct().Count());
        Assert.Equal(250m, Gb3838SourceTables.Find("硫酸盐")!.Limit);
        Assert.Equal(0.3m, Gb3838SourceTables.Find("铁")!.Limit);
        Assert.Equal(0.06m, Gb3838SourceTables.Find("三氯甲烷")!.Limit);
        Assert.Equal(0.017m, Gb3838SourceTables.Find("硝基苯")!.Limit);
        Assert.Equal(0.0000028m, Gb3838SourceTables.Find("苯并(a)芘")!.Limit);
        Assert.Equal(0.000001m, Gb3838SourceTables.Find("甲基汞")!.Limit);
        Assert.Equal(0.00002m, Gb3838SourceTables.Find("多氯联苯")!.Limit);
        Assert.Equal(0.0001m, Gb3838SourceTables.Find("铊")!.Limit);
    }

    [Fact]
    public void A_source_is_compliant_when_table_1_meets_class_III_and_measured_supplementary_items_meet_their_limits()
    {
        var table1 = Samples.River("pH=7.4", "DO=7", "CODMn=3.5", "NH3N=0.3", "TP=0.08", "Hg=0.00001L");
        var supplementary = new Dictionary<string, WaterValue>
        {
            ["硫酸盐"] = WaterValue.Measured(250m),
            ["锰"] = WaterValue.Measured(0.05m),
            ["苯"] = WaterValue.NotDetected(0.001m),
        };
        var assessment = DrinkingWaterAssessment.Evaluate(table1, supplementary);
        Assert.True(assessment.Compliant);
        Assert.Equal(9, assessment.ItemsEvaluated);
        Assert.Empty(assessment.Failures);
    }

    [Fact]
    public void A_table_1_item_at_class_IV_or_a_supplementary_item_above_its_limit_fails()
    {
        var assessment = DrinkingWaterAssessment.Evaluate(
            Samples.Lake("TP=0.06", "pH=5.5", "TN=3"),
            new Dictionary<string, WaterValue> { ["铁"] = WaterValue.Measured(0.31m) });
        Assert.False(assessment.Compliant);
        Assert.Equal(
            [("pH值", 6m), ("总磷", 0.05m), ("铁", 0.3m)],
            assessment.Failures.Select(f => (f.Item, f.Limit)));
    }

    [Fact]
    public void Nothing_measured_is_not_compliant_and_unknown_items_are_rejected()
    {
        Assert.False(DrinkingWaterAssessment.Evaluate(Samples.River("TN=0.1")).Compliant);
        Assert.Throws<ArgumentException>(() => DrinkingWaterAssessment.Evaluate(
            Samples.River("COD=10"), new Dictionary<string, WaterValue> { ["unobtainium"] = WaterValue.Measured(1m) }));
    }
}
