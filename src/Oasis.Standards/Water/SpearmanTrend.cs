namespace Oasis.Standards.Water;

/// <summary>The direction of a trend test's result.</summary>
public enum TrendDirection
{
    /// <summary>Fewer values than the test needs.</summary>
    Insufficient,
    NoSignificantTrend,
    SignificantIncrease,
    SignificantDecrease,
}

/// <summary>
/// A Spearman rank-correlation trend test (秩相关系数法) of values in time order, as the national method uses
/// over years. ρ is the Pearson correlation of the ranks (mid-ranks for ties), which equals
/// 1 − 6Σd²/(n(n²−1)) without ties. The two-sided p-value is exact (all permutations of the ranks) for n ≤ 9
/// and from Student's t with n − 2 degrees of freedom above. The national critical-value table was not
/// available; decision 0308 says why this is equivalent to it up to the choice of tails.
/// </summary>
public sealed record SpearmanTrend(int N, double Rho, double PValue, TrendDirection Direction)
{
    /// <summary>The fewest values the test accepts.</summary>
    public const int MinimumN = 4;

    private const int ExactUpTo = 9;

    /// <summary>Tests values in time order (e.g. annual means of consecutive years) at the significance level α.</summary>
    public static SpearmanTrend Test(IReadOnlyList<double> values, double alpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(alpha, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alpha, 1);
        var n = values.Count;
        if (n < MinimumN)
        {
            return new SpearmanTrend(n, double.NaN, double.NaN, TrendDirection.Insufficient);
        }

        var ranks = MidRanks(values);
        var rho = Correlation(ranks);
        if (double.IsNaN(rho))
        {
            return new SpearmanTrend(n, double.NaN, 1, TrendDirection.NoSignificantTrend); // all values equal
        }

        var p = n <= ExactUpTo ? ExactPValue(ranks, rho) : StudentT.TwoSidedP(rho * Math.Sqrt((n - 2) / Math.Max(1e-300, 1 - (rho * rho))), n - 2);
        var direction = p > alpha ? TrendDirection.NoSignificantTrend
            : rho > 0 ? TrendDirection.SignificantIncrease : TrendDirection.SignificantDecrease;
        return new SpearmanTrend(n, rho, p, direction);
    }

    internal static double[] MidRanks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }

            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = ((i + j) / 2.0) + 1;
            }

            i = j + 1;
        }

        return ranks;
    }

    // Pearson correlation of the time ranks 1..n with the value ranks.
    internal static double Correlation(ReadOnlySpan<double> ranks)
    {
        var n = ranks.Length;
        var mean = (n + 1) / 2.0;
        double sxy = 0, syy = 0, sxx = 0;
        for (var i = 0; i < n; i++)
        {
            var x = i + 1 - mean;
            var y = ranks[i] - mean;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }

        return syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    // Share of the n! orderings of the ranks whose |ρ| reaches the observed one (Heap's algorithm).
    private static double ExactPValue(double[] ranks, double rho)
    {
        var a = (double[])ranks.Clone();
        var c = new int[a.Length];
        var threshold = Math.Abs(rho) - 1e-12;
        long total = 1, extreme = Math.Abs(Correlation(a)) >= threshold ? 1 : 0;
        for (var i = 0; i < a.Length;)
        {
            if (c[i] < i)
            {
                var j = i % 2 == 0 ? 0 : c[i];
                (a[j], a[i]) = (a[i], a[j]);
                total++;
                if (Math.Abs(Correlation(a)) >= threshold)
                {
                    extreme++;
                }

                c[i]++;
                i = 0;
            }
            else
            {
                c[i] = 0;
                i++;
            }
        }

        return (double)extreme / total;
    }
}
