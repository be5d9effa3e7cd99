namespace Oasis.Standards.Water;

/// <summary>
/// The standard normal distribution's two-sided tail, P(|Z| ≥ z) = erfc(z/√2) = Q(½, z²/2), through the regularized
/// upper incomplete gamma function (series below a + 1, Lentz's continued fraction above), accurate to about 1e-14.
/// </summary>
internal static class StandardNormal
{
    /// <summary>P(|Z| ≥ |z|).</summary>
    public static double TwoSidedP(double z)
    {
        if (double.IsNaN(z))
        {
            return double.NaN;
        }

        return double.IsInfinity(z) ? 0 : UpperGamma(0.5, z * z / 2);
    }

    /// <summary>Q(a, x) = Γ(a, x) / Γ(a).</summary>
    internal static double UpperGamma(double a, double x)
    {
        if (x <= 0)
        {
            return 1;
        }

        var logFront = (a * Math.Log(x)) - x - StudentT.LogGamma(a);
        if (x < a + 1)
        {
            // Series for P(a, x).
            double term = 1 / a, sum = term;
            for (var n = 1; n < 500 && Math.Abs(term) > Math.Abs(sum) * 1e-16; n++)
            {
                term *= x / (a + n);
                sum += term;
            }

            return 1 - (sum * Math.Exp(logFront));
        }

        const double Tiny = 1e-300;
        double b = x + 1 - a, c = 1 / Tiny, d = 1 / b, h = d;
        for (var i = 1; i < 500; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < Tiny ? 1 / Tiny : 1 / d;
            c = b + (an / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(logFront) * h;
    }
}
