using Oasis.Standards.Air;

namespace Oasis.Cli.Air;

/// <summary>A station's (or the city's) days from its first to its last day with input; <see cref="Present"/> marks days that had rows.</summary>
internal sealed record SeriesDays(string Name, DailyAirQuality[] Days, bool[] Present)
{
    public DateOnly FirstDay => Days.Length == 0 ? default : Days[0].Date;
}

/// <summary>Turns the stored hours into rated days: per station, and for the city.</summary>
internal static class AirEvaluation
{
    public const string CityName = "city";

    public static List<SeriesDays> Stations(HourlyStore store, EditionChoice choice, IReadOnlyList<DustPeriod>? dust)
    {
        var result = new List<SeriesDays>(store.StationCount);
        foreach (var station in store.Stations)
        {
            var hours = store.SeriesOf(station);
            var flags = dust is null ? null : DustDeduction.HoursFor(hours, station, dust);
            var days = DailyAirQuality.EvaluateSeries(hours, choice, flags);
            var present = new bool[days.Length];
            foreach (var day in store.DaysOf(station))
            {
                present[day.DayNumber - hours.FirstDay.DayNumber] = true;
            }

            result.Add(new SeriesDays(station, days, present));
        }

        return result;
    }

    /// <summary>
    /// The city series over every day any station has rows: the evaluation stations are all stations of the
    /// input; a station without rows that day counts as invalid.
    /// </summary>
    public static SeriesDays City(IReadOnlyList<SeriesDays> stations, EditionChoice choice)
    {
        if (stations.Count == 0)
        {
            return new SeriesDays(CityName, [], []);
        }

        var first = stations.Min(s => s.FirstDay.DayNumber);
        var last = stations.Max(s => s.FirstDay.DayNumber + s.Days.Length - 1);
        var days = new DailyAirQuality[last - first + 1];
        var present = new bool[days.Length];
        var buffer = new DailyConcentrations[stations.Count];
        for (var d = 0; d < days.Length; d++)
        {
            var n = 0;
            foreach (var station in stations)
            {
                var i = first + d - station.FirstDay.DayNumber;
                if (i >= 0 && i < station.Days.Length && station.Present[i])
                {
                    buffer[n++] = station.Days[i].Concentrations;
                }
            }

            present[d] = n > 0;
            var concentrations = n > 0 ? CityAggregation.Combine(buffer.AsSpan(0, n), stations.Count) : DailyConcentrations.Empty;
            days[d] = DailyAirQuality.Evaluate(DateOnly.FromDayNumber(first + d), concentrations, choice);
        }

        return new SeriesDays(CityName, days, present);
    }
}
