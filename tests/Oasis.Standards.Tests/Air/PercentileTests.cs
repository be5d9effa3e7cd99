using CsCheck;
using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class PercentileTests
{
    [Fact]
    public void Percentile_reproduces_the_hj_663_worked_example()
    {
        // {3,4,8,2,5,4}, p = 90: k = 1 + 5 × 0.9 = 5.5; X(5) = 5, X(6) = 8 → 5 + 3 × 0.5 = 6.5.
        Assert.Equal(6.5, HjPercentile.Compute([3, 4, 8, 2, 5, 4], 90));
    }

    [Fact]
    public void Percentile_at_an_integer_rank_is_that_value()
    {
        // n = 11, p = 90: k = 1 + 10 × 0.9 = 10 → X(10).
        Assert.Equal(10, HjPercentile.Compute([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90));
        Assert.Equal(7, HjPercentile.Compute([7], 98));
        Assert.True(double.IsNaN(HjPercentile.Compute([], 95)));
    }

    [Fact]
    public void Percentile_of_365_days_interpolates_between_ranks()
    {
        // n = 365, p = 95: k = 1 + 364 × 0.95 = 346.8 → X(346) + 0.8 × (X(347) − X(346)) = 346.8 for X(i) = i.
        var values = new double[365];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = values.Length - i;
        }

        Assert.Equal(346.8, HjPercentile.Compute(values, 95), 9);
        // p = 98: k = 1 + 364 × 0.98 = 357.72.
        Assert.Equal(357.72, HjPercentile.Compute(values, 98), 9);
    }

    [Fact]
    public void Percentile_equals_a_sorted_linear_reference_on_random_series() =>
        Gen.Double[0, 1000].Array[1, 400].Select(Gen.Int[0, 100]).Sample((values, p) =>
        {
            var sorted = values.Order().ToArray();
            var k = 1 + ((sorted.Length - 1) * p / 100.0);
            var s = (int)Math.Floor(k);
            var expected = s >= sorted.Length ? sorted[^1] : sorted[s - 1] + ((sorted[s] - sorted[s - 1]) * (k - s));
            return Math.Abs(HjPercentile.Compute(values.ToArray(), p) - expected) < 1e-9;
        });
}
