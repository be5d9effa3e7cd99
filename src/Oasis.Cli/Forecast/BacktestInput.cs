using Oasis.Forecast.Hourly;

namespace Oasis.Cli.Forecast;

/// <summary>The hours and, from PRSA files, the observed weather both back-tests (daily and hourly) read.</summary>
internal sealed record BacktestInput(HourlyStore Store, Dictionary<string, Dictionary<int, double[]>> Weather)
{
    /// <summary>Reads every input and reports bad rows; null when malformed rows stop the run (no <c>--skip-bad</c>).</summary>
    public static BacktestInput? Read(IReadOnlyList<string> inputs, AirInputFormat format, bool skipBad, TextWriter error)
    {
        var problems = new InputProblems();
        var store = new HourlyStore();
        var weather = new Dictionary<string, Dictionary<int, double[]>>(StringComparer.Ordinal);
        foreach (var path in inputs)
        {
            HourlyCsvReader.Read(path, format, store, problems);
            if (format == AirInputFormat.Prsa)
            {
                PrsaWeatherReader.Read(path, weather);
            }
        }

        problems.Report(error, skipBad);
        return problems.MalformedRows > 0 && !skipBad ? null : new BacktestInput(store, weather);
    }

    /// <summary>Every station's hours with its observed weather (none outside PRSA), as the hourly model reads them.</summary>
    public List<HourlyHistory> Hours() => [.. Store.Stations.Select(s => HourlyHistory.From(s, Store.SeriesOf(s), PrsaWeatherReader.SeriesOf(Weather, s)))];

    /// <summary>
    /// <c>--train-station</c>: the stations to train on and the others, to score (every station both when none is named);
    /// null, said on stderr, when a named station is not in the input.
    /// </summary>
    public static (List<T> Training, List<T> Scored)? SplitStations<T>(List<T> stations, Func<T, string> name, IReadOnlyList<string> trainStations,
        TextWriter error)
    {
        var unknown = trainStations.Where(s => stations.All(h => name(h) != s)).ToList();
        if (unknown.Count > 0)
        {
            error.Write($"oasis forecast: --train-station not in the input: {string.Join(", ", unknown)}\n");
            return null;
        }

        return trainStations.Count == 0 ? (stations, stations)
            : ([.. stations.Where(h => trainStations.Contains(name(h)))], [.. stations.Where(h => !trainStations.Contains(name(h)))]);
    }
}
