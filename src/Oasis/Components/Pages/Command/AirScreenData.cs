using System.Globalization;
using Oasis.CommandCentre.Live;
using Oasis.Monitoring.Map;
using Oasis.Standards.Air;

namespace Oasis.Components.Pages.Command;

/// <summary>A grid's rating on the screen: the worst AQI among its air stations (a local source shows, it is not averaged away).</summary>
internal sealed record GridRating(string Code, string Name, int Value, string WorstStation, bool Indicative);

/// <summary>What the big screen and the console compute from a snapshot: rankings, colours, names.</summary>
internal static class AirScreenData
{
    /// <summary>The map's colour choices: the AQI or one pollutant's IAQI.</summary>
    public static readonly string[] Measures = ["AQI", .. Enumerable.Range(0, Pollutants.Count).Select(i => ((Pollutant)i).Code())];

    /// <summary>Each visible station's value for <paramref name="measure"/> (AQI or a pollutant's IAQI), null when none.</summary>
    public static Dictionary<string, int?> Values(LiveAirSnapshot snapshot, IEnumerable<MapStation> visible, string measure)
    {
        var codes = visible.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var index = Array.IndexOf(Measures, measure) - 1;
        return snapshot.Stations.Where(s => codes.Contains(s.Info.Code)).ToDictionary(s => s.Info.Code,
            s => index < 0 ? s.Aqi.Aqi : s.SubIndex((Pollutant)index), StringComparer.Ordinal);
    }

    public static List<GridRating> WorstGrids(MapView view, IReadOnlyDictionary<string, int?> values, ISet<string> indicative, int count) =>
        [.. view.Stations.Where(s => s.GridCode is not null && values.GetValueOrDefault(s.Code) is not null)
            .GroupBy(s => s.GridCode!)
            .Select(g =>
            {
                var worst = g.MaxBy(s => values[s.Code])!;
                var name = view.Grids.FirstOrDefault(x => x.Code == g.Key)?.Name ?? g.Key;
                return new GridRating(g.Key, name, values[worst.Code]!.Value, worst.Name, indicative.Contains(worst.Code));
            })
            .OrderByDescending(r => r.Value).ThenBy(r => r.Code, StringComparer.Ordinal).Take(count)];

    public static List<LiveStationView> WorstStations(IEnumerable<LiveStationView> stations, int count) =>
        [.. stations.Where(s => s.Aqi.Aqi is not null).OrderByDescending(s => s.Aqi.Aqi).ThenBy(s => s.Info.Code, StringComparer.Ordinal).Take(count)];

    /// <summary>HJ 633's category colour for an AQI or IAQI; grey when there is none.</summary>
    public static string Colour(int? index) => index is int i ? AirQualityCategory.For(Math.Max(i, 0)).Colour : "#3a4656";

    public static string TextColour(int? index) => index is int i && AirQualityCategory.For(Math.Max(i, 0)).Level >= 4 ? "#fff" : "#000";

    public static string CategoryName(int? index) => index is int i
        ? English ? AirQualityCategory.For(Math.Max(i, 0)).NameEn : AirQualityCategory.For(Math.Max(i, 0)).NameZh
        : "—";

    public static string Primary(in AqiResult aqi) => aqi.PrimaryPollutants == PollutantSet.None ? "—" : aqi.PrimaryPollutants.JoinCodes("、");

    public static string Number(double value) => double.IsNaN(value) ? "—" : value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);

    public static string Beijing(DateTime? utc, string format = "HH:mm") =>
        utc is { } t ? t.AddHours(8).ToString(format, CultureInfo.InvariantCulture) : "—";

    private static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}
