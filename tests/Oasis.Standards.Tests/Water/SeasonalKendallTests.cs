using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

/// <summary>
/// The Seasonal Kendall test on series small enough to work by hand: S counted pair by pair, Var(S) from
/// n(n−1)(2n+5)/18 less the tie term, Z with the continuity correction, p = erfc(|Z|/√2) (the expected p-values were
/// computed with the C library's erfc, an implementation independent of this one), and the slope as the median of the
/// within-season pairwise slopes.
/// </summary>
public sealed class SeasonalKendallTests
{
    private static IEnumerable<SeasonalValue> Season(int season, int firstYear, params double[] values) =>
        values.Select((v, i) => new SeasonalValue(firstYear + i, season, v));

    [Fact]
    public void Two_rising_seasons_of_four_years_give_s_12_and_the_normal_p_value()
    {
        // Each season: 6 pairs, all rising → S_g = 6; Var_g = 4·3·13/18 = 8.667; Z = (12 − 1)/√17.333 = 2.6421.
        var trend = SeasonalKendallTrend.Test([.. Season(1, 2020, 1, 2, 3, 4), .. Season(2, 2020, 10, 12, 14, 16)]);
        Assert.Equal(12, trend.S);
        Assert.Equal(156.0 / 9, trend.Variance, 12);
        Assert.Equal(2.6421145377839377, trend.Z, 12);
        Assert.Equal(0.008239018825724647, trend.PValue, 12);
        Assert.Equal(1.5, trend.Slope); // six slopes of 1 and six of 2
        Assert.Equal((4, 8), (trend.Years, trend.Values));
        Assert.Equal(TrendDirection.SignificantIncrease, trend.Direction);
    }

    [Fact]
    public void Ties_reduce_the_variance_and_opposite_seasons_cancel()
    {
        // Season 1: 1, 1, 2, 3 → S = 0 + 5·(+1) = 5, one pair of ties: Var = (156 − 2·1·9)/18 = 7.667.
        // Season 2: 5, 4, 3, 2 → S = −6, Var = 8.667. S = −1 → Z = (−1 + 1)/√Var = 0, p = 1.
        var trend = SeasonalKendallTrend.Test([.. Season(1, 2020, 1, 1, 2, 3), .. Season(2, 2020, 5, 4, 3, 2)]);
        Assert.Equal(-1, trend.S);
        Assert.Equal(49.0 / 3, trend.Variance, 12);
        Assert.Equal(0, trend.Z);
        Assert.Equal(1, trend.PValue, 12);
        // Slopes: 0, ½, ⅔, 1, 1, 1 and six of −1 → the median of the twelve is (−1 + 0)/2.
        Assert.Equal(-0.5, trend.Slope);
        Assert.Equal(TrendDirection.NoSignificantTrend, trend.Direction);
        Assert.Equal(23.0 / 3, SeasonalKendallTrend.SeasonVariance([1, 1, 2, 3]), 12);
    }

    [Fact]
    public void A_missing_year_keeps_the_slope_per_year()
    {
        SeasonalValue[] values = [new(2020, 3, 2), new(2021, 3, 3), new(2023, 3, 5), new(2024, 3, 6)];
        var trend = SeasonalKendallTrend.Test(values);
        Assert.Equal(1.0, trend.Slope); // (5 − 2)/3, (6 − 2)/4 … every pair rises one unit a year
        Assert.Equal(6, trend.S);
        Assert.Equal(156.0 / 18, trend.Variance, 12);
    }

    [Fact]
    public void A_seasonal_cycle_alone_is_no_trend_and_a_cycle_with_a_rise_is_one()
    {
        var cycle = Enumerable.Range(2019, 5).SelectMany(y => Enumerable.Range(1, 12).Select(m => new SeasonalValue(y, m, 10 + (5 * Math.Sin(m)))));
        var flat = SeasonalKendallTrend.Test(cycle);
        Assert.Equal((0L, 0.0, 1.0), (flat.S, flat.Variance, flat.PValue));
        Assert.Equal(TrendDirection.NoSignificantTrend, flat.Direction);

        // Every month rises 0.3 a year: S = 12·10 = 120, Var = 12·(5·4·15/18) = 200, Z = 119/√200.
        var rising = SeasonalKendallTrend.Test(Enumerable.Range(2019, 5)
            .SelectMany(y => Enumerable.Range(1, 12).Select(m => new SeasonalValue(y, m, 10 + (5 * Math.Sin(m)) + (0.3 * (y - 2019))))));
        Assert.Equal(120, rising.S);
        Assert.Equal(200, rising.Variance, 12);
        Assert.Equal(8.414570696119915, rising.Z, 12);
        Assert.Equal(1.0, rising.PValue / 3.9433639773397115e-17, 9); // relative: the tail is tiny
        Assert.Equal(0.3, rising.Slope!.Value, 12);
        Assert.Equal(TrendDirection.SignificantIncrease, rising.Direction);
    }

    [Fact]
    public void Falling_seasons_are_a_significant_decrease()
    {
        var trend = SeasonalKendallTrend.Test([.. Season(1, 2020, 4, 3, 2, 1), .. Season(2, 2020, 16, 14, 12, 10)]);
        Assert.Equal(-12, trend.S);
        Assert.Equal(-2.6421145377839377, trend.Z, 12);
        Assert.Equal(TrendDirection.SignificantDecrease, trend.Direction);
    }

    [Fact]
    public void Fewer_than_four_years_is_insufficient_and_a_repeated_season_is_refused()
    {
        Assert.Equal(TrendDirection.Insufficient, SeasonalKendallTrend.Test([.. Season(1, 2020, 1, 2, 3), .. Season(2, 2020, 1, 2, 3)]).Direction);
        Assert.Equal(TrendDirection.Insufficient, SeasonalKendallTrend.Test([]).Direction);
        Assert.Throws<ArgumentException>(() => SeasonalKendallTrend.Test([new(2020, 1, 1), new(2020, 1, 2)]));
    }

    [Theory]
    [InlineData(1.959963984540054, 0.05)] // the 97.5 % quantile of the standard normal
    [InlineData(2.5758293035489, 0.01)]
    [InlineData(0.5, 0.6170750774519738)]
    [InlineData(0.0, 1.0)]
    public void The_normal_tail_matches_its_quantiles(double z, double p) => Assert.Equal(p, StandardNormal.TwoSidedP(z), 12);
}
