namespace Oasis.Standards.Air;

/// <summary>
/// The percentile of HJ 663: sort ascending X(1)…X(n); k = 1 + (n − 1)·p/100; s = ⌊k⌋;
/// m = X(s) + (X(s+1) − X(s))·(k − s). Equals numpy's linear percentile.
/// </summary>
public static class HjPercentile
{
    /// <summary>The p-th percentile of the values; sorts <paramref name="values"/> in place. NaN when empty.</summary>
    public static double Compute(Span<double> values, int p)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        var n = values.Length;
        if (n == 0)
        {
            return double.NaN;
        }

        values.Sort();
        // Integer arithmetic for k keeps (n − 1)·p/100 exact.
        var scaled = (n - 1) * p;
        var s = 1 + (scaled / 100);
        var fraction = (scaled % 100) / 100.0;
        var xs = values[s - 1];
        return fraction == 0 ? xs : xs + ((values[s] - xs) * fraction);
    }
}
