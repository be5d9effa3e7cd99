using System.Globalization;
using Oasis.Standards.Air;

namespace Oasis.Cli.Air;

/// <summary>Number formats of the CSV output: integers, CO with one decimal, ratios with one, the index with two.</summary>
internal static class AirFormat
{
    public static string Concentration(Pollutant pollutant, double value) =>
        GbT8170.RoundConcentration(pollutant, value) is decimal c ? Concentration(pollutant, c) : string.Empty;

    public static string Concentration(Pollutant pollutant, decimal? value) =>
        value is decimal c ? c.ToString(pollutant == Pollutant.Co ? "0.0" : "0", CultureInfo.InvariantCulture) : string.Empty;

    public static string Ratio(decimal? percent) =>
        percent is decimal p ? p.ToString("0.0", CultureInfo.InvariantCulture) : string.Empty;

    public static string Index(decimal? index) =>
        index is decimal i ? i.ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
