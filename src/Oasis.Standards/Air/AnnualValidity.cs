namespace Oasis.Standards.Air;

/// <summary>GB 3095 Table 4 / HJ 663: ≥ 324 valid days a year and ≥ 27 in each month (≥ 25 in February).</summary>
public static class AnnualValidity
{
    public const int MinDaysPerYear = 324;
    public const int MinDaysPerMonth = 27;
    public const int MinDaysInFebruary = 25;

    /// <summary>Whether a year with these valid-day counts per month (index 0 = January) is valid.</summary>
    public static bool IsMet(ReadOnlySpan<int> validDaysPerMonth)
    {
        if (validDaysPerMonth.Length != 12)
        {
            throw new ArgumentException("Twelve months are needed.", nameof(validDaysPerMonth));
        }

        var total = 0;
        for (var m = 0; m < 12; m++)
        {
            var needed = m == 1 ? MinDaysInFebruary : MinDaysPerMonth;
            if (validDaysPerMonth[m] < needed)
            {
                return false;
            }

            total += validDaysPerMonth[m];
        }

        return total >= MinDaysPerYear;
    }
}
