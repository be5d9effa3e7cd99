using Oasis.Standards.Air;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>HJ 212 factor codes → the report codes alarm rules are written in (PM2.5, PM10, SO2, NO2, CO, O3, TSP).</summary>
internal static class AirFactorCodes
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["a34004"] = Pollutant.Pm25.Code(),
        ["a34002"] = Pollutant.Pm10.Code(),
        ["a21026"] = Pollutant.So2.Code(),
        ["a21004"] = Pollutant.No2.Code(),
        ["a21005"] = Pollutant.Co.Code(),
        ["a05024"] = Pollutant.O3.Code(),
        ["a34001"] = "TSP",
    };

    /// <summary>The report code, or the factor code itself for factors without one (rules may name either).</summary>
    public static string ReportCode(string factor) => Codes.GetValueOrDefault(factor, factor);
}
