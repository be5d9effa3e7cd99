namespace Oasis.Standards.Water;

/// <summary>One value of a seasonal series: the year, the season within it (a month 1–12 for monthly data), the value.</summary>
public readonly record struct SeasonalValue(int Year, int Season, double Value);

/// <summary>
/// The Seasonal Kendall trend test (Hirsch, Slack and Smith 1982,季节性肯德尔检验): the Mann–Kendall statistic
/// S_g = Σ sign(x_j − x_i) over the pairs of years within each season, summed over the seasons, so that a seasonal
/// cycle cannot pass for a trend. Var(S) is the sum of the seasons' variances n(n−1)(2n+5)/18 less the tie term
/// Σ t(t−1)(2t+5)/18; Z = (S − 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, else 0 (continuity correction);
/// the two-sided p-value is the normal tail. The slope is the Seasonal Kendall slope estimator: the median of
/// (x_j − x_i)/(year_j − year_i) over the same pairs, in units per year. <see cref="Variance"/>, <see cref="Z"/> and
/// <see cref="PValue"/> take the seasons as independent (the 1982 test, decision 0317); <see cref="Corrected"/> adds the
/// covariances between seasons estimated from ranks (Hirsch and Slack 1984, decision 0318).
/// </summary>
public sealed record SeasonalKendallTrend(int Years, int Values, long S, double Variance, double Z, double PValue, double? Slope,
    TrendDirection Direction, SeasonalKendallCorrection Corrected)
{
    /// <summary>The fewest distinct years with data the test accepts, as for <see cref="SpearmanTrend"/>.</summary>
    public const int MinimumYears = SpearmanTrend.MinimumN;

    /// <summary>
    /// Tests a seasonal series at the significance level α. One value per year and season (average replicates
    /// first, e.g. into monthly means); a second value for the same year and season throws.
    /// </summary>
    public static SeasonalKendallTrend Test(IEnumerable<SeasonalValue> values, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(alpha, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alpha, 1);
        var all = values.ToList();
        if (all.GroupBy(v => (v.Year, v.Season)).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Season {twice.Key.Season} of {twice.Key.Year} has more than one value.", nameof(values));
        }

        var years = all.Select(v => v.Year).Distinct().Count();
        long s = 0;
        double variance = 0;
        var slopes = new List<double>();
        foreach (var season in all.GroupBy(v => v.Season))
        {
            var series = season.OrderBy(v => v.Year).ToArray();
            for (var i = 0; i < series.Length; i++)
            {
                for (var j = i + 1; j < series.Length; j++)
                {
                    s += Math.Sign(series[j].Value - series[i].Value);
                    slopes.Add((series[j].Value - series[i].Value) / (series[j].Year - series[i].Year));
                }
            }

            variance += SeasonVariance(series.Select(v => v.Value).ToArray());
        }

        if (years < MinimumYears || slopes.Count == 0)
        {
            return new SeasonalKendallTrend(years, all.Count, s, variance, double.NaN, double.NaN, null, TrendDirection.Insufficient,
                SeasonalKendallCorrection.Insufficient);
        }

        var slope = Median(slopes);
        if (variance <= 0)
        {
            // Every pair tied in every season: no trend, with or without the covariances (as the USGS program answers).
            return new SeasonalKendallTrend(years, all.Count, s, 0, 0, 1, slope, TrendDirection.NoSignificantTrend,
                new SeasonalKendallCorrection(0, 0, 0, 1, TrendDirection.NoSignificantTrend));
        }

        var (z, p, direction) = Normal(s, variance, alpha);
        var covariance = SeasonalKendallCorrection.CovarianceSum(all);
        var corrected = variance + covariance;
        SeasonalKendallCorrection correction;
        if (corrected > 0)
        {
            var (cz, cp, cd) = Normal(s, corrected, alpha);
            correction = new SeasonalKendallCorrection(covariance, corrected, cz, cp, cd);
        }
        else
        {
            // The rank estimate of the covariances is not bound to keep the sum positive: then there is no corrected test.
            correction = new SeasonalKendallCorrection(covariance, corrected, double.NaN, double.NaN, TrendDirection.Insufficient);
        }

        return new SeasonalKendallTrend(years, all.Count, s, variance, z, p, slope, direction, correction);
    }

    /// <summary>Z with the continuity correction, its two-sided normal p-value, and the direction at α.</summary>
    private static (double Z, double P, TrendDirection Direction) Normal(long s, double variance, double alpha)
    {
        var z = s > 0 ? (s - 1) / Math.Sqrt(variance) : s < 0 ? (s + 1) / Math.Sqrt(variance) : 0;
        var p = StandardNormal.TwoSidedP(z);
        var direction = p > alpha ? TrendDirection.NoSignificantTrend
            : s > 0 ? TrendDirection.SignificantIncrease : TrendDirection.SignificantDecrease;
        return (z, p, direction);
    }

    /// <summary>Var(S) of one season: n(n−1)(2n+5)/18 less Σ t(t−1)(2t+5)/18 over the groups of t tied values.</summary>
    internal static double SeasonVariance(double[] values)
    {
        double n = values.Length;
        var total = n * (n - 1) * ((2 * n) + 5);
        foreach (var tie in values.GroupBy(v => v).Where(g => g.Count() > 1))
        {
            double t = tie.Count();
            total -= t * (t - 1) * ((2 * t) + 5);
        }

        return total / 18;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }
}
