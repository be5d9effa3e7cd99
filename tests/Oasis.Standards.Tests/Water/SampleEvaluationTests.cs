using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class SampleEvaluationTests
{
    [Fact]
    public void The_class_is_the_worst_class_over_the_indicators_measured()
    {
        var evaluation = SampleEvaluation.Evaluate(Samples.River("pH=7.5", "DO=8", "CODMn=3", "NH3N=1.2", "TP=0.05"));
        Assert.Equal(WaterClass.IV, evaluation.Class);
        Assert.Equal(WaterQualityStatus.LightlyPolluted, evaluation.Status);
        Assert.Equal([WaterIndicator.AmmoniaNitrogen], evaluation.Exceeding.Select(r => r.Indicator));
    }

    [Fact]
    public void Total_nitrogen_and_faecal_coliforms_are_evaluated_but_never_change_the_class()
    {
        var evaluation = SampleEvaluation.Evaluate(Samples.Lake("CODMn=3", "TN=5", "FecalColiform=90000"));
        Assert.Equal(WaterClass.II, evaluation.Class);
        Assert.Empty(evaluation.Exceeding);
        Assert.Equal(WaterClass.WorseThanV, evaluation[WaterIndicator.TotalNitrogen]!.Class);
        Assert.Equal(4.00m, evaluation[WaterIndicator.TotalNitrogen]!.ExceedanceMultiple);
        Assert.Equal(WaterClass.WorseThanV, evaluation[WaterIndicator.FecalColiform]!.Class);
    }

    [Fact]
    public void A_sample_with_only_tn_and_faecal_coliforms_has_no_class()
    {
        var evaluation = SampleEvaluation.Evaluate(Samples.River("TN=0.3", "FecalColiform=100"));
        Assert.Null(evaluation.Class);
        Assert.Null(evaluation.Status);
        Assert.Null(evaluation.MeetsTarget(WaterClass.III));
        Assert.Equal(2, evaluation.Indicators.Count);
    }

    [Theory]
    [InlineData("NH3N=1.5", "0.50")]
    [InlineData("COD=45", "1.25")]
    [InlineData("NH3N=1.125", "0.12")] // a tie rounds to even (GB/T 8170)
    [InlineData("NH3N=1.135", "0.14")]
    [InlineData("NH3N=1.001", "0.00")]
    [InlineData("Hg=0.00025", "1.50")]
    [InlineData("FecalColiform=25000", "1.50")]
    public void The_exceedance_multiple_is_against_class_III_to_two_decimals(string pair, string expected)
    {
        var result = Assert.Single(SampleEvaluation.Evaluate(Samples.River(pair)).Indicators);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.ExceedanceMultiple);
        Assert.Equal(expected, result.ExceedanceMultiple!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Lake_tp_gives_the_lake_class_and_the_multiple_against_the_lake_class_III_limit()
    {
        var lake = SampleEvaluation.Evaluate(Samples.Lake("TP=0.15"));
        var river = SampleEvaluation.Evaluate(Samples.River("TP=0.15"));
        Assert.Equal(WaterClass.V, lake.Class);
        Assert.Equal(2.00m, lake[WaterIndicator.TotalPhosphorus]!.ExceedanceMultiple);
        Assert.Equal(WaterClass.III, river.Class);
        Assert.Null(river[WaterIndicator.TotalPhosphorus]!.ExceedanceMultiple);
    }

    [Fact]
    public void Ph_and_do_exceed_without_a_multiple_and_values_at_class_III_or_better_have_none()
    {
        var evaluation = SampleEvaluation.Evaluate(Samples.River("pH=9.5", "DO=2.5", "COD=20"));
        Assert.Equal(WaterClass.WorseThanV, evaluation.Class);
        Assert.Equal([WaterIndicator.Ph, WaterIndicator.DissolvedOxygen], evaluation.Exceeding.Select(r => r.Indicator));
        Assert.All(evaluation.Indicators, r => Assert.Null(r.ExceedanceMultiple));
    }

    [Fact]
    public void A_value_below_the_detection_limit_meets_class_I_even_when_the_limit_is_above_class_I()
    {
        var evaluation = SampleEvaluation.Evaluate(Samples.River("Hg=0.0001L", "CN=0.004L"));
        Assert.Equal(WaterClass.I, evaluation.Class);
        Assert.All(evaluation.Indicators, r => Assert.True(r.Value.BelowDetectionLimit));
    }

    [Theory]
    [InlineData("0.004L", true, "0.004")]
    [InlineData("0.004l", true, "0.004")]
    [InlineData("12.5", false, "12.5")]
    [InlineData("0", false, "0")]
    public void Detection_limit_values_parse(string text, bool notDetected, string value)
    {
        Assert.True(WaterValue.TryParse(text, out var parsed));
        Assert.Equal(notDetected, parsed.BelowDetectionLimit);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), parsed.Value);
        Assert.Equal(text.ToUpperInvariant(), parsed.ToString());
    }

    [Theory]
    [InlineData("L")]
    [InlineData("0L")]
    [InlineData("-1")]
    [InlineData("1e-3")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("0.004LL")]
    public void Other_text_is_not_a_value(string text) => Assert.False(WaterValue.TryParse(text, out _));

    [Fact]
    public void Ph_and_do_cannot_be_below_a_detection_limit() =>
        Assert.Throws<ArgumentException>(() => Samples.River("DO=0.2L"));

    [Fact]
    public void Compliance_with_a_target_names_the_items_that_miss_it()
    {
        var evaluation = SampleEvaluation.Evaluate(Samples.River("CODMn=5", "NH3N=0.4", "TP=0.15"));
        Assert.Equal(WaterClass.III, evaluation.Class);
        Assert.True(evaluation.MeetsTarget(WaterClass.III));
        Assert.False(evaluation.MeetsTarget(WaterClass.II));
        Assert.Equal([WaterIndicator.PermanganateIndex, WaterIndicator.TotalPhosphorus], evaluation.MissingTarget(WaterClass.II).Select(r => r.Indicator));
    }

    [Theory]
    [InlineData(WaterClass.I, WaterQualityStatus.Excellent, "优")]
    [InlineData(WaterClass.II, WaterQualityStatus.Excellent, "优")]
    [InlineData(WaterClass.III, WaterQualityStatus.Good, "良好")]
    [InlineData(WaterClass.IV, WaterQualityStatus.LightlyPolluted, "轻度污染")]
    [InlineData(WaterClass.V, WaterQualityStatus.ModeratelyPolluted, "中度污染")]
    [InlineData(WaterClass.WorseThanV, WaterQualityStatus.HeavilyPolluted, "重度污染")]
    public void Section_status_follows_the_class(WaterClass waterClass, WaterQualityStatus status, string chinese)
    {
        Assert.Equal(status, WaterQualityStatuses.ForSection(waterClass));
        Assert.Equal(chinese, status.Chinese());
    }
}
