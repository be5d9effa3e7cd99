using System.Diagnostics;
using System.Globalization;
using System.Text;
using Oasis.Forecast.Hourly;

namespace Oasis.Cli.Forecast;

/// <summary>What one hourly back-test run was asked to do.</summary>
internal sealed record HourlyBacktestSettings(
    IReadOnlyList<string> Inputs,
    AirInputFormat Format,
    DateOnly TrainUntil,
    DateOnly TestFrom,
    DateOnly TestUntil,
    bool Weather,
    int IssueHour,
    string? Output,
    IReadOnlyList<string> TrainStations,
    int Seed,
    bool SkipBad);

/// <summary>
/// <c>oasis forecast backtest-hourly</c> (decision 0409): train the hourly PM2.5 model once, issue +1 … +72 h at one
/// hour of every test day, score RMSE and MAE per band of leads against persistence and the same-hour climatology. The
/// "model" scored is the blended forecast (decision 0433); its weights are printed on stderr. With
/// <c>--train-station</c> the model trains on those stations only and only the others are scored (leave-stations-out).
/// </summary>
internal static class HourlyBacktestRun
{
    public static int Run(HourlyBacktestSettings settings, TextWriter stdout, TextWriter error)
    {
        var clock = Stopwatch.StartNew();
        var input = BacktestInput.Read(settings.Inputs, settings.Format, settings.SkipBad, error);
        if (input is null)
        {
            return CliHost.MalformedInput;
        }

        var histories = input.Hours();
        if (BacktestInput.SplitStations(histories, h => h.Name, settings.TrainStations, error) is not (var training, var scored))
        {
            return CliHost.UsageOrIoError;
        }

        if (scored.Count == 0)
        {
            error.Write("oasis forecast: every input station is a --train-station: no station is left to score\n");
            return CliHost.UsageOrIoError;
        }

        var options = new HourlyOptions { TargetWeather = settings.Weather && input.Weather.Count > 0, Seed = settings.Seed };
        var model = HourlyModel.Train(training, settings.TrainUntil, options);
        var v = model.Version;
        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"oasis forecast: hourly model {v.Id} trained on {v.Stations.Count} station(s) from {v.TrainedFrom:yyyy-MM-dd} to {v.TrainedUntil:yyyy-MM-dd}, {v.Examples} examples, {v.TrainingTime.TotalSeconds:0.0} s{(options.TargetWeather ? ", with the weather of the target hours" : ", without weather")}\n"));
        error.Write(BlendLine(v));
        var started = clock.Elapsed;
        var climates = histories.ToDictionary(h => h.Name, h => HourlyClimatology.Of(h, settings.TrainUntil), StringComparer.Ordinal);
        var forecasts = HourlyBacktest.Forecast(new HourlyForecaster(model), histories, climates, settings.TestFrom, settings.TestUntil, settings.IssueHour);
        if (settings.Output is { } output)
        {
            Write(output, forecasts);
        }

        var scores = HourlyBacktest.Score(forecasts, scored.ToDictionary(h => h.Name, StringComparer.Ordinal), climates);
        stdout.Write("band,method,hours,pm25_rmse,pm25_mae\n");
        foreach (var s in scores)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{s.Band},{s.Method},{s.Hours},{s.Rmse:0.0},{s.Mae:0.0}\n"));
        }

        error.Write(string.Create(CultureInfo.InvariantCulture,
            $"oasis forecast: {forecasts.Count} forecast hour(s) in {(clock.Elapsed - started).TotalSeconds:0.0} s; total {clock.Elapsed.TotalSeconds:0.0} s\n"));
        return CliHost.Success;
    }

    // The weights per lead band (the mean of its leads) and per lead, so a run shows how the blend moves with the lead.
    private static string BlendLine(HourlyModelVersion v)
    {
        if (v.Blend.Count == 0)
        {
            return "oasis forecast: no blend (training window too short for a validation year): the model alone\n";
        }

        var text = new StringBuilder("oasis forecast: blend weights model/persistence/climatology per lead band:");
        foreach (var (from, to) in HourlyBacktest.Bands)
        {
            var leads = Enumerable.Range(from, to - from + 1).Select(v.BlendAt).ToList();
            text.Append(CultureInfo.InvariantCulture,
                $" {from}-{to} h {leads.Average(w => w.Model):0.00}/{leads.Average(w => w.Persistence):0.00}/{leads.Average(w => w.Climatology):0.00};");
        }

        text.Append("\noasis forecast: blend weights per lead 1-72: ").Append(HourlyBlend.Format(v.Blend)).Append('\n');
        return text.ToString();
    }

    private static void Write(string path, IReadOnlyList<HourlyForecast> forecasts)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        writer.Write("station,issue_time,target_time,lead,pm25\n");
        foreach (var f in forecasts)
        {
            writer.Write(CsvLine.Escape(f.Station));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $",{f.IssueHour:yyyy-MM-ddTHH:mm}+08:00,{f.TargetHour:yyyy-MM-ddTHH:mm}+08:00,{f.Lead},{f.Pm25:0}\n"));
        }
    }
}
