using Oasis.Standards.Water;

namespace Oasis.Water.Automatic;

/// <summary>
/// The HJ 212 water codes (w-codes, FACTS.md §6.5) that are GB 3838 Table 1 items, with the factor that turns the code's
/// unit into the table's (mg/L; µg/L codes × 0.001; pH and faecal coliforms as they are). Water temperature,
/// conductivity, turbidity and the rest are shown but not evaluated.
/// </summary>
internal static class AutomaticFactors
{
    private static readonly Dictionary<string, (WaterIndicator Indicator, decimal ToTableUnit)> Map = new(StringComparer.Ordinal)
    {
        ["w01001"] = (WaterIndicator.Ph, 1m),
        ["w01009"] = (WaterIndicator.DissolvedOxygen, 1m),
        ["w01019"] = (WaterIndicator.PermanganateIndex, 1m),
        ["w01018"] = (WaterIndicator.ChemicalOxygenDemand, 1m),
        ["w01017"] = (WaterIndicator.Bod5, 1m),
        ["w21003"] = (WaterIndicator.AmmoniaNitrogen, 1m),
        ["w21011"] = (WaterIndicator.TotalPhosphorus, 1m),
        ["w20138"] = (WaterIndicator.Copper, 1m),
        ["w20139"] = (WaterIndicator.Zinc, 1m),
        ["w21017"] = (WaterIndicator.Fluoride, 1m),
        ["w20140"] = (WaterIndicator.Selenium, 1m),
        ["w20141"] = (WaterIndicator.Arsenic, 1m),
        ["w20142"] = (WaterIndicator.Mercury, 0.001m),
        ["w20143"] = (WaterIndicator.Cadmium, 0.001m),
        ["w20117"] = (WaterIndicator.Chromium6, 0.001m),
        ["w20144"] = (WaterIndicator.Lead, 1m),
        ["w21016"] = (WaterIndicator.Cyanide, 1m),
        ["w23002"] = (WaterIndicator.VolatilePhenol, 1m),
        ["w22001"] = (WaterIndicator.Petroleum, 1m),
        ["w19002"] = (WaterIndicator.AnionicSurfactant, 1m),
        ["w21019"] = (WaterIndicator.Sulfide, 1m),
        ["w21001"] = (WaterIndicator.TotalNitrogen, 1m),
        ["w02003"] = (WaterIndicator.FecalColiform, 1m),
    };

    /// <summary>The Table 1 indicator a w-code measures, or null.</summary>
    public static WaterIndicator? IndicatorOf(string factor) => Map.TryGetValue(factor, out var m) ? m.Indicator : null;

    /// <summary>What a value of the w-code is multiplied by to be in the table's unit (1 for codes that are not Table 1 items).</summary>
    public static decimal ToTableUnit(string factor) => Map.TryGetValue(factor, out var m) ? m.ToTableUnit : 1m;

    /// <summary>A day's means by w-code as a sample of the table's indicators in the table's units (other codes left out).</summary>
    public static WaterSample ToSample(IReadOnlyDictionary<string, double> means, WaterBodyKind body)
    {
        var values = new WaterValue?[WaterIndicators.Count];
        foreach (var (factor, mean) in means)
        {
            if (Map.TryGetValue(factor, out var m) && mean >= 0 && double.IsFinite(mean))
            {
                values[(int)m.Indicator] = WaterValue.Measured((decimal)mean * m.ToTableUnit);
            }
        }

        return new WaterSample(body, values);
    }
}
