using CsCheck;
using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class PropertyTests
{
    [Fact]
    public void A_higher_concentration_never_gets_a_better_class_and_a_higher_do_never_a_worse_one() =>
        Gen.Int[1, WaterIndicators.Count - 1].Select(Gen.Int[0, 5_000_000], Gen.Int[0, 5_000_000], Gen.Bool).Sample((i, a, b, lake) =>
        {
            var indicator = (WaterIndicator)i;
            var body = lake ? WaterBodyKind.Lake : WaterBodyKind.River;
            // Values on a 1e-5 grid up to 50, denser than every limit's last digit except Hg's.
            decimal low = Math.Min(a, b) / 100_000m, high = Math.Max(a, b) / 100_000m;
            var lowClass = Gb3838Table1.Classify(indicator, low, body);
            var highClass = Gb3838Table1.Classify(indicator, high, body);
            return indicator == WaterIndicator.DissolvedOxygen ? highClass <= lowClass : lowClass <= highClass;
        });

    [Fact]
    public void The_sample_class_is_the_worst_indicator_class_and_exceeding_is_exactly_the_indicators_worse_than_III() =>
        Gen.Int[0, 3_000].Array[WaterIndicators.ClassIndicatorCount].Sample(raw =>
        {
            var values = new WaterValue?[WaterIndicators.Count];
            for (var i = 0; i < raw.Length; i++)
            {
                values[i] = raw[i] % 7 == 0 ? null : WaterValue.Measured(raw[i] / (i == 0 ? 200m : 1000m));
            }

            var evaluation = SampleEvaluation.Evaluate(new WaterSample(WaterBodyKind.River, values));
            var classes = evaluation.Indicators.Select(r => r.Class).ToList();
            return evaluation.Class == (classes.Count == 0 ? null : classes.Max())
                && evaluation.Exceeding.Count() == classes.Count(c => c > WaterClass.III);
        });
}
