namespace Oasis.Standards.Water;

/// <summary>
/// The Seasonal Kendall test corrected for dependence between seasons (Hirsch and Slack 1984, "A nonparametric trend
/// test for seasonal data with serial dependence", Water Resources Research 20(6):727–732; decision 0318): Var(S) is the
/// sum of the seasons' variances plus Σ over the ordered pairs of seasons g ≠ h of
/// σ_gh = [K_gh + 4 Σ_j R_jg R_jh − n (n_g + 1)(n_h + 1)] / 3, where n is the number of years, n_g the values of season g,
/// K_gh = Σ over the pairs of years i &lt; j of sign[(x_jg − x_ig)(x_jh − x_ih)] (0 when a value is missing), and R_jg the
/// rank of year j's value within season g (mid-ranks for ties; a missing value takes (n_g + 1)/2). Z and p are formed as
/// in the uncorrected test, with the same continuity correction. Hirsch and Slack advise the correction only for records
/// of about ten years or more per season; with fewer its variance estimate is rough.
/// </summary>
/// <param name="Covariance">Σ σ_gh over the ordered pairs of seasons (added to the independent variance).</param>
/// <param name="Variance">The corrected Var(S); not positive → no corrected test (Z and p NaN, direction insufficient).</param>
public sealed record SeasonalKendallCorrection(double Covariance, double Variance, double Z, double PValue, TrendDirection Direction)
{
    internal static readonly SeasonalKendallCorrection Insufficient = new(double.NaN, double.NaN, double.NaN, double.NaN, TrendDirection.Insufficient);

    /// <summary>Σ_{g≠h} σ_gh over a series with at most one value per year and season.</summary>
    internal static double CovarianceSum(IReadOnlyList<SeasonalValue> values)
    {
        var years = values.Select(v => v.Year).Distinct().Order().ToArray();
        var index = years.Select((y, i) => (y, i)).ToDictionary(p => p.y, p => p.i);
        var seasons = values.GroupBy(v => v.Season).ToArray();
        var n = years.Length;
        // x[g][j]: the value of season g in year j (null when missing); r[g][j]: its rank within the season.
        var x = new double?[seasons.Length][];
        var r = new double[seasons.Length][];
        double sumCounts = 0, sumCountsSquared = 0;
        for (var g = 0; g < seasons.Length; g++)
        {
            x[g] = new double?[n];
            foreach (var v in seasons[g])
            {
                x[g][index[v.Year]] = v.Value;
            }

            r[g] = Ranks(x[g]);
            double count = seasons[g].Count() + 1;
            sumCounts += count;
            sumCountsSquared += count * count;
        }

        // Each sum over g ≠ h is (Σ_g a_g)² − Σ_g a_g², as in the USGS program (Helsel, Mueller and Slack 2006).
        double k = 0, ranks = 0;
        for (var j = 0; j < n; j++)
        {
            double sum = 0, squares = 0;
            for (var g = 0; g < seasons.Length; g++)
            {
                sum += r[g][j];
                squares += r[g][j] * r[g][j];
            }

            ranks += (sum * sum) - squares;
            for (var i = 0; i < j; i++)
            {
                double signs = 0, signSquares = 0;
                for (var g = 0; g < seasons.Length; g++)
                {
                    if (x[g][i] is { } xi && x[g][j] is { } xj)
                    {
                        var sign = Math.Sign(xj - xi);
                        signs += sign;
                        signSquares += sign * sign;
                    }
                }

                k += (signs * signs) - signSquares;
            }
        }

        var counts = (sumCounts * sumCounts) - sumCountsSquared;
        return (k + (4 * ranks) - (n * counts)) / 3;
    }

    /// <summary>Ranks 1…m of the present values (mid-ranks for ties); a missing value takes the middle rank (m + 1)/2.</summary>
    private static double[] Ranks(double?[] values)
    {
        var present = values.Select((v, j) => (v, j)).Where(p => p.v is not null).OrderBy(p => p.v!.Value).ToArray();
        var ranks = Enumerable.Repeat((present.Length + 1) / 2.0, values.Length).ToArray();
        for (var start = 0; start < present.Length;)
        {
            var end = start;
            while (end + 1 < present.Length && present[end + 1].v == present[start].v)
            {
                end++;
            }

            var rank = (start + end + 2) / 2.0; // the mean of ranks start+1 … end+1
            for (var t = start; t <= end; t++)
            {
                ranks[present[t].j] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }
}
