using Oasis.Platform.Errors;
using Oasis.Standards.Air;

namespace Oasis.Air.Views;

/// <summary>The parameters the views add to those of <c>/api/air/period</c>: a pollutant, a list of stations, a step.</summary>
internal static class AirViewParameters
{
    /// <summary>Stations one trend or comparison request may name (the city counts as one).</summary>
    public const int MaxStations = 60;

    /// <summary>The pollutant codes of the views: the JSON field names of <c>/api/air/daily</c>.</summary>
    public static readonly string[] Codes = ["pm25", "pm10", "so2", "no2", "co", "o3"];

    /// <summary>A pollutant by its view code (<c>pm25</c> … <c>o3</c>, in <see cref="Pollutant"/> order); 400 otherwise.</summary>
    public static Pollutant Pollutant(string? code)
    {
        code ??= "pm25";
        var i = Array.IndexOf(Codes, code);
        return i >= 0 ? (Pollutant)i : throw OasisProblemException.Validation("pollutant", "Validation.OneOf", code, string.Join(", ", Codes));
    }

    public static string Code(Pollutant pollutant) => Codes[(int)pollutant];

    /// <summary>A comma-separated list of station codes (or <c>city</c>), each once, in the order given.</summary>
    public static List<string> Stations(string? stations)
    {
        var list = (stations ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        return list.Count > MaxStations
            ? throw OasisProblemException.Validation("stations", "AirViews.Validation.Stations", MaxStations)
            : list;
    }

    /// <summary>The value of a daily row for a pollutant, as <c>/api/air/daily</c> shows it.</summary>
    public static decimal? Value(AirDailyDto day, Pollutant pollutant) => pollutant switch
    {
        Standards.Air.Pollutant.Pm25 => day.Pm25,
        Standards.Air.Pollutant.Pm10 => day.Pm10,
        Standards.Air.Pollutant.So2 => day.So2,
        Standards.Air.Pollutant.No2 => day.No2,
        Standards.Air.Pollutant.Co => day.Co,
        _ => day.O3_8h,
    };
}
