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
}
