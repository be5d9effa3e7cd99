using Oasis.Standards.Water;

namespace Oasis.Standards.Tests.Water;

public sealed class SpearmanTrendTests
{
    [Fact]
    public void A_strictly_rising_series_of_5_years_is_a_significant_increase_with_the_exact_p_value()
    {
        var trend = SpearmanTrend.Test([1.2, 1.5, 1.9, 2.4, 3.0]);
        Assert.Equal(1.0, trend.Rho, 12);
        Assert.Equal(2.0 / 120, trend.PValue, 12); // two of the 120 orderings reach |ρ| = 1
        Assert.Equal(TrendDirection.SignificantIncrease, trend.Direction);
    }

    [Fact]
    public void Rho_of_0_9_with_5_years_is_not_significant_two_sided_at_0_05()
    {
        // Swapping two neighbours: Σd² = 2, ρ = 1 − 12/120 = 0.9; |ρ| ≥ 0.9 in 10 of 120 orderings.
        var trend = SpearmanTrend.Test([1.0, 2.0, 3.0, 5.0, 4.0]);
        Assert.Equal(0.9, trend.Rho, 12);
        Assert.Equal(10.0 / 120, trend.PValue, 12);
        Assert.Equal(TrendDirection.NoSignificantTrend, trend.Direction);
        Assert.Equal(TrendDirection.SignificantIncrease, SpearmanTrend.Test([1.0, 2.0, 3.0, 5.0, 4.0], alpha: 0.1).Direction);
    }

    [Fact]
    public void A_falling_series_is_a_significant_decrease_and_long_series_use_the_t_distribution()
    {
        var values = Enumerable.Range(0, 12).Select(i => 10.0 - i + (i % 2 * 0.5)).ToList();
        var trend = SpearmanTrend.Test(values);
        Assert.True(trend.Rho < -0.9);
        Assert.True(trend.PValue < 0.001);
        Assert.Equal(TrendDirection.SignificantDecrease, trend.Direction);
    }

    [Fact]
    public void Ties_take_mid_ranks()
    {
        Assert.Equal([1.5, 1.5, 3.0, 4.0], SpearmanTrend.MidRanks([2.0, 2.0, 3.0, 7.0]));
        var trend = SpearmanTrend.Test([2.0, 2.0, 3.0, 7.0]);
        Assert.Equal(0.9486832980505138, trend.Rho, 12);
    }

    [Fact]
    public void Too_few_values_or_a_flat_series_give_no_trend()
    {
        Assert.Equal(TrendDirection.Insufficient, SpearmanTrend.Test([1.0, 2.0, 3.0]).Direction);
        Assert.Equal(TrendDirection.NoSignificantTrend, SpearmanTrend.Test([2.0, 2.0, 2.0, 2.0, 2.0]).Direction);
    }

    [Theory]
    [InlineData(2.228138851986, 10, 0.05)] // the 97.5 % quantile of t with 10 degrees of freedom
    [InlineData(12.706204736175, 1, 0.05)]
    [InlineData(0.0, 7, 1.0)]
    public void The_t_distribution_matches_its_quantiles(double t, int df, double p) =>
        Assert.Equal(p, StudentT.TwoSidedP(t, df), 6);
}
