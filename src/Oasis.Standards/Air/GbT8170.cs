namespace Oasis.Standards.Air;

/// <summary>
/// GB/T 8170 rounding (四舍六入五成双) on the decimal value of a concentration: integers for µg/m³,
/// one decimal for CO (mg/m³), as HJ 633-2026 §4.2.2 asks and Oasis applies under both editions.
/// </summary>
public static class GbT8170
{
    // Concentrations beyond this are far above every IAQI-500 breakpoint; capping keeps decimal conversion safe.
    private const double Cap = 1e12;

    /// <summary>
    /// The decimal value of a double. The conversion keeps 15 significant digits, which removes the binary
    /// noise of means such as (0.1 + 0.2) so that a true tie stays a tie.
    /// </summary>
    public static decimal ToDecimal(double value) => (decimal)Math.Min(value, Cap);

    /// <summary>Rounds half to even at <paramref name="decimals"/> places.</summary>
    public static decimal Round(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.ToEven);

    /// <summary>Decimals a pollutant's concentration is reported with: CO one, the others none.</summary>
    public static int DecimalsOf(Pollutant pollutant) => pollutant == Pollutant.Co ? 1 : 0;

    // Below this, a value more than 1e-6 away from a tie rounds the same in double as in decimal.
    private const double FastPathLimit = 1e6;

    /// <summary>
    /// The rounded value in reporting steps (×10 for one decimal) for a valid (≥ 0) value: double arithmetic
    /// where no tie is near, the decimal path otherwise. Equal to <see cref="Round(decimal, int)"/> on
    /// <see cref="ToDecimal(double)"/> by construction (tests check it).
    /// </summary>
    internal static long RoundScaled(double value, int decimals)
    {
        var x = decimals == 0 ? value : value * 10;
        var floor = Math.Floor(x);
        var fraction = x - floor;
        if (x < FastPathLimit && Math.Abs(fraction - 0.5) > 1e-6)
        {
            return (long)(fraction > 0.5 ? floor + 1 : floor);
        }

        var rounded = Round(ToDecimal(value), decimals);
        return (long)(decimals == 0 ? rounded : rounded * 10);
    }

    /// <summary>The reported (rounded) concentration of a pollutant; null for NaN or negative values.</summary>
    public static decimal? RoundConcentration(Pollutant pollutant, double value) =>
        value >= 0 ? Round(ToDecimal(value), DecimalsOf(pollutant)) : null;
}
