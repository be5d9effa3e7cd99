using System.CommandLine;
using System.Globalization;
using Oasis.Standards.Air;

namespace Oasis.Cli.Forecast;

/// <summary>
/// <c>oasis forecast backtest</c> (issue #7, docs/forecast.md): trains the forecast engine once on the training
/// window and forecasts day+1 … day+10 for every station and test day. The forecasts go to <c>--output</c>; the
/// skill table (the result) to stdout; progress, timings and input problems to stderr.
/// </summary>
internal static class ForecastCommand
{
    public static Command Create()
    {
        var forecast = new Command("forecast", "空气质量预报 (AQI forecast, day+1 … day+10): back-test the forecast engine");
        forecast.Subcommands.Add(CreateBacktest());
        forecast.Subcommands.Add(CreateHourlyBacktest());
        return forecast;
    }

    private static Command CreateBacktest()
    {
        var input = new Option<string[]>("--input") { Description = "One or more hourly CSV files", Required = true, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "oasis or prsa (the UCI Beijing files; they also carry the weather)", DefaultValueFactory = _ => "oasis" };
        var trainUntil = new Option<string>("--train-until") { Description = "Last day of the training window (yyyy-MM-dd)", Required = true };
        var testFrom = new Option<string>("--test-from") { Description = "First issue day of the test (yyyy-MM-dd)", Required = true };
        var testUntil = new Option<string>("--test-until") { Description = "Last issue day of the test (yyyy-MM-dd)", Required = true };
        var weather = new Option<string>("--weather") { Description = "observed: use the observed weather of the target days as a perfect weather forecast; none: only what was observed up to the issue day", DefaultValueFactory = _ => "none" };
        var standard = new Option<string>("--standard") { Description = "auto (by date: HJ 633-2026 from 2026-03-01), 2012 or 2026", DefaultValueFactory = _ => "auto" };
        var output = new Option<string>("--output") { Description = "CSV of the forecasts: station,issue_date,target_date,lead,aqi,category,pm25", Required = true };
        var trainStations = new Option<string[]>("--train-station") { Description = "Train only on these stations (leave-stations-out evaluation); default all input stations", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the deterministic training", DefaultValueFactory = _ => new Oasis.Forecast.ForecastOptions().Seed };
        var skipBad = new Option<bool>("--skip-bad") { Description = "Skip malformed rows (still reported on stderr) and exit 0" };
        var dailyOnly = new Option<bool>("--daily-only") { Description = "The daily model alone: no hourly model blended into day+1 … day+3 PM2.5 (decision 0434)" };
        format.AcceptOnlyFromAmong("oasis", "prsa");
        weather.AcceptOnlyFromAmong("observed", "none");
        standard.AcceptOnlyFromAmong("auto", "2012", "2026");
        var command = new Command("backtest", "Train once up to --train-until, forecast every test day, score against observed AQI");
        foreach (var option in new Option[] { input, format, trainUntil, testFrom, testUntil, weather, standard, output, trainStations, seed, skipBad, dailyOnly })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (r, ct) =>
        {
            var error = r.InvocationConfiguration.Error;
            var dates = new[] { r.GetValue(trainUntil), r.GetValue(testFrom), r.GetValue(testUntil) }.Select(ParseDate).ToArray();
            if (dates.Any(d => d is null) || dates[1] > dates[2])
            {
                await error.WriteAsync("oasis forecast: --train-until, --test-from and --test-until must be dates yyyy-MM-dd, with --test-from ≤ --test-until\n").ConfigureAwait(false);
                return CliHost.UsageOrIoError;
            }

            var settings = new BacktestSettings(
                r.GetValue(input) ?? [],
                r.GetValue(format) == "prsa" ? AirInputFormat.Prsa : AirInputFormat.Oasis,
                dates[0]!.Value,
                dates[1]!.Value,
                dates[2]!.Value,
                r.GetValue(weather) == "observed",
                r.GetValue(standard) switch { "2012" => EditionChoice.Force2012, "2026" => EditionChoice.Force2026, _ => EditionChoice.Auto },
                r.GetValue(output)!,
                r.GetValue(trainStations) ?? [],
                r.GetValue(seed),
                r.GetValue(skipBad),
                r.GetValue(dailyOnly));
            return await CliHost.RunFileCommandAsync(r, "oasis forecast", (stdout, _) => Task.FromResult(Backtest.Run(settings, stdout, error)))
                .ConfigureAwait(false);
        });
        return command;
    }

    // A separate command: `backtest`'s output contract (issue #7) stays exactly as it is.
    private static Command CreateHourlyBacktest()
    {
        var input = new Option<string[]>("--input") { Description = "One or more hourly CSV files", Required = true, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "oasis or prsa (the UCI Beijing files; they also carry the weather)", DefaultValueFactory = _ => "oasis" };
        var trainUntil = new Option<string>("--train-until") { Description = "Last day of the training window (yyyy-MM-dd)", Required = true };
        var testFrom = new Option<string>("--test-from") { Description = "First issue day of the test (yyyy-MM-dd)", Required = true };
        var testUntil = new Option<string>("--test-until") { Description = "Last issue day of the test (yyyy-MM-dd)", Required = true };
        var weather = new Option<string>("--weather") { Description = "observed: the observed weather of the target hours stands in for a weather forecast; none", DefaultValueFactory = _ => "none" };
        var issueHour = new Option<int>("--issue-hour") { Description = "Issue hour of each test day (0–23, Beijing): the last hour whose PM2.5 is read", DefaultValueFactory = _ => 20 };
        var output = new Option<string>("--output") { Description = "Optional CSV of the forecasts: station,issue_time,target_time,lead,pm25" };
        var trainStations = new Option<string[]>("--train-station") { Description = "Train only on these stations and score only the others (leave-stations-out evaluation); default all input stations", AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the deterministic training", DefaultValueFactory = _ => new Oasis.Forecast.Hourly.HourlyOptions().Seed };
        var skipBad = new Option<bool>("--skip-bad") { Description = "Skip malformed rows (still reported on stderr) and exit 0" };
        format.AcceptOnlyFromAmong("oasis", "prsa");
        weather.AcceptOnlyFromAmong("observed", "none");
        var command = new Command("backtest-hourly", "Hourly PM2.5 +1 … +72 h: train once, issue at --issue-hour every test day, RMSE/MAE per lead band vs persistence and same-hour climatology");
        foreach (var option in new Option[] { input, format, trainUntil, testFrom, testUntil, weather, issueHour, output, trainStations, seed, skipBad })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (r, ct) =>
        {
            var error = r.InvocationConfiguration.Error;
            var dates = new[] { r.GetValue(trainUntil), r.GetValue(testFrom), r.GetValue(testUntil) }.Select(ParseDate).ToArray();
            if (dates.Any(d => d is null) || dates[1] > dates[2] || r.GetValue(issueHour) is < 0 or > 23)
            {
                await error.WriteAsync("oasis forecast: --train-until, --test-from and --test-until must be dates yyyy-MM-dd, with --test-from ≤ --test-until, and --issue-hour 0–23\n").ConfigureAwait(false);
                return CliHost.UsageOrIoError;
            }

            var settings = new HourlyBacktestSettings(
                r.GetValue(input) ?? [],
                r.GetValue(format) == "prsa" ? AirInputFormat.Prsa : AirInputFormat.Oasis,
                dates[0]!.Value,
                dates[1]!.Value,
                dates[2]!.Value,
                r.GetValue(weather) == "observed",
                r.GetValue(issueHour),
                r.GetValue(output),
                r.GetValue(trainStations) ?? [],
                r.GetValue(seed),
                r.GetValue(skipBad));
            return await CliHost.RunFileCommandAsync(r, "oasis forecast", (stdout, _) => Task.FromResult(HourlyBacktestRun.Run(settings, stdout, error)))
                .ConfigureAwait(false);
        });
        return command;
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
