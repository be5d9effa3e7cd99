using Oasis.Standards.Air;

namespace Oasis.Monitoring.Readings;

/// <summary>
/// The HJ 212 codes of the six basic pollutants, as the hourly layer (decision 0501), the live state and the alarm
/// rules read them, and the names they are shown and written in.
/// </summary>
internal static class AirFactors
{
    private static readonly Dictionary<string, Pollutant> Codes = new(StringComparer.Ordinal)
    {
        ["a34004"] = Pollutant.Pm25,
        ["a34002"] = Pollutant.Pm10,
        ["a21026"] = Pollutant.So2,
        ["a21004"] = Pollutant.No2,
        ["a21005"] = Pollutant.Co,
        ["a05024"] = Pollutant.O3,
    };

    public static IReadOnlyCollection<string> All => Codes.Keys;

    public static bool TryGet(string factor, out Pollutant pollutant) => Codes.TryGetValue(factor, out pollutant);

    /// <summary>The report code for the six (PM2.5 …), else the catalogue's English name, else the code itself.</summary>
    public static string NameOf(string factor) =>
        TryGet(factor, out var p) ? p.Code() : Oasis.Hj212.PollutantCatalogue.Find(factor)?.NameEn ?? factor;

    /// <summary>The code alarm rules are written in: PM2.5 … O3 for the six, TSP for a34001, else the factor code itself.</summary>
    public static string ReportCode(string factor) =>
        TryGet(factor, out var p) ? p.Code() : factor == "a34001" ? "TSP" : factor;

    /// <summary>A monitoring plan's report codes (PM2.5;PM10 …) as a set; an empty plan means all six.</summary>
    public static PollutantSet PlanOf(IEnumerable<string> codes)
    {
        var set = PollutantSet.None;
        foreach (var code in codes)
        {
            for (var p = Pollutant.Pm25; p <= Pollutant.O3; p++)
            {
                if (string.Equals(p.Code(), code, StringComparison.OrdinalIgnoreCase))
                {
                    set |= p.ToSet();
                }
            }
        }

        return set == PollutantSet.None ? PollutantSet.All : set;
    }
}
