using System.Diagnostics;
using System.Globalization;
using System.Text;
using Oasis.Cli.Air;
using Oasis.Forecast;
using Oasis.Standards.Air;

namespace Oasis.Cli.Forecast;

/// <summary>What one back-test run was asked to do.</summary>
internal sealed record BacktestSettings(
    IReadOnlyList<string> Inputs,
    AirInputFormat Format,
    DateOnly TrainUntil,
    DateOnly TestFrom,
    DateOnly TestUntil,
    bool Weather,
    EditionChoice Choice,
    string Output,
    IReadOnlyList<string> TrainStations,
    int Seed,
    bool SkipBad,
    bool DailyOnly = false);

/// <summary>
/// The back-test of issue #7: read, train once, forecast each station and test day from what was observed up to
/// the end of that day, write the forecasts, score them with persistence and climatology. Unless <c>--daily-only</c>,
/// the hourly model is trained too and day+1 … day+3 PM2.5 is the ensemble of both (decision 0434).
/// </summary>
internal static class Backtest
{
    public static int Run(BacktestSettings settings, TextWriter stdout, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var input = BacktestInput.Read(settings.Inputs, settings.Format, settings.SkipBad, error);
        if (input is null)
        {
            return CliHost.MalformedInput;
        }

        var (store, weather) = input;

        if (settings.Weather && weather.Count == 0)
        {
            error.Write("oasis forecast: --weather observed needs weather in the input (--format prsa); forecasting without it\n");
        }

        var histories = store.Stations
            .Select(s => StationHistory.From(s, store.SeriesOf(s), PrsaWeatherReader.SeriesOf(weather, s), settings.Choice))
            .ToList();
        if (BacktestInput.SplitStations(histories, h => h.Name, settings.TrainStations, error) is not (var training, var scored))
        {
            return CliHost.UsageOrIoError;
        }

        error.Write(string.Create(CultureInfo.InvariantCulture, $"oasis forecast: read {histories.Count} station(s) in {clock.Elapsed.TotalSeconds:0.0} s\n"));
        if (settings.TestFrom <= settings.TrainUntil)
        {
            error.Write("oasis forecast: warning: the test starts inside the training window\n");
        }

        var options = new ForecastOptions { TargetWeather = settings.Weather && weather.Count > 0, Seed = settings.Seed };
        var hours = settings.DailyOnly ? null : input.Hours();
        var run = BacktestRun.Train(histories, training, settings.TrainUntil, options, settings.Choice, hours);
        var version = run.Model.Version;
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"oasis forecast: model {version.Id} trained on {string.Join(' ', version.Stations)} from {version.TrainedFrom:yyyy-MM-dd} to {version.TrainedUntil:yyyy-MM-dd}, {version.ExamplesPerTarget[0]} examples, {version.TrainingTime.TotalSeconds:0.0} s{(options.TargetWeather ? ", with the weather of the target days" : ", without weather: blends towards climatology as the lead grows")}; model weight by lead {string.Join(' ', version.BlendWeights.Select(w => w.ToString("0.0", CultureInfo.InvariantCulture)))}\n"));

        error.Write(run.Hourly is { } hourly
            ? string.Create(CultureInfo.InvariantCulture, $"oasis forecast: hourly model {hourly.Model.Version.Id} trained alongside in {hourly.Model.Version.TrainingTime.TotalSeconds:0.0} s; day+1 … day+{HourlyDayEnsemble.LeadsFor(options.TargetWeather)} PM2.5 blends it (issued {HourlyDayEnsemble.IssueHour(settings.TestFrom):HH}:00 of the issue day, weight {HourlyDayEnsemble.HourlyWeight:0.0#})\n")
            : "oasis forecast: --daily-only: the daily model alone\n");
        var started = clock.Elapsed;
        var forecasts = run.Forecast(histories, settings.TestFrom, settings.TestUntil);
        var issues = forecasts.Count(f => f.Lead == 1);
        if (forecasts.Count > 0)
        {
            // What an operational forecast costs: one station, ten days, from the trained model.
            var one = Stopwatch.StartNew();
            var last = histories.Single(h => h.Name == forecasts[^1].Station);
            run.Forecaster.Issue(last, run.Climates[last.Name], forecasts[^1].IssueDate);
            error.Write(string.Create(CultureInfo.InvariantCulture, $"oasis forecast: one station's 10-day forecast issued in {one.Elapsed.TotalMilliseconds:0} ms\n"));
        }

        WriteForecasts(settings.Output, forecasts);
        // With --train-station the table scores only the stations the model has not seen.
        error.Write($"oasis forecast: scored on {string.Join(' ', scored.Select(h => h.Name))}\n");
        var skill = new SkillTable(run.Score(forecasts, scored));
        skill.Write(stdout);
        skill.WriteSummary(error);
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"oasis forecast: {forecasts.Count} forecast day(s) for {issues} issue(s) in {(clock.Elapsed - started).TotalSeconds:0.0} s; total {clock.Elapsed.TotalSeconds:0.0} s\n"));
        return CliHost.Success;
    }

    private static void WriteForecasts(string path, IReadOnlyList<DailyForecast> forecasts)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("station,issue_date,target_date,lead,aqi,category,pm25\n");
        foreach (var f in forecasts)
        {
            writer.Write(CsvLine.Escape(f.Station));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",{f.IssueDate:yyyy-MM-dd},{f.TargetDate:yyyy-MM-dd},{f.Lead},{f.Aqi},{f.Category.NameZh},{AirFormat.Concentration(Pollutant.Pm25, f.Pm25)}\n"));
        }
    }
}
