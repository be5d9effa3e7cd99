using Oasis.Forecast.Hourly;
using Oasis.Forecasting.Models;

namespace Oasis.Forecasting.Hourly;

/// <summary>
/// Trains the hourly PM2.5 model of a version (decision 0410): the same stations, window, weather mode and seed as the
/// daily models, half their iterations; scored on the version's held-out days by a sister model trained before
/// them (issued at 20:00 Beijing each held-out day, like the CLI), while the version trains on the whole window.
/// </summary>
internal static class HourlyTraining
{
    /// <summary>The hour of the held-out issues: the evening forecast before the 20:00 publication (HJ 633-2026 §5.2).</summary>
    public const int BacktestIssueHour = 20;

    /// <summary>
    /// Trains on the version's stations among <paramref name="hours"/> (its window, with its weather when it uses weather).
    /// <paramref name="sister"/>: the hourly model the daily held-out back-test already trained up to the same cut with
    /// the same stations and settings (decision 0434); reused for the hourly held-out scores instead of a second fit.
    /// </summary>
    public static async Task TrainAsync(ModelFiles files, ForecastModelRecord record, List<HourlyHistory> hours, HourlyModel? sister, CancellationToken ct)
    {
        var stations = record.Stations.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        List<HourlyHistory> histories = [.. hours.Where(h => stations.Contains(h.Name))];
        var options = new HourlyOptions { TargetWeather = record.TargetWeather, Seed = record.Seed, Iterations = Math.Max(10, record.Iterations / 2) };
        var same = sister is { } m && m.Version.Stations.ToHashSet(StringComparer.Ordinal).SetEquals(stations) && m.Version.Iterations == options.Iterations
            && m.Version.TargetWeather == options.TargetWeather && m.Version.Seed == options.Seed && m.Version.TrainedUntil <= record.BacktestFrom;
        // As for the daily models: the held-out back-test and the version are independent fits, run side by side.
        var backtest = record.BacktestFrom is { } cut
            ? Task.Run(() => Backtest(histories, same ? sister : null, cut, record.TrainedUntil.AddDays(-1), options), ct)
            : Task.FromResult<IReadOnlyList<BandScore>?>(null);
        var training = Task.Run(() => HourlyModel.Train(histories, record.TrainedUntil, options), ct);
        await Task.WhenAll(backtest, training).ConfigureAwait(false);
        var scores = await backtest.ConfigureAwait(false);
        var model = await training.ConfigureAwait(false);
        var (fileName, size, sha) = files.Write(model, model.Version.Id);
        record.HourlyCode = model.Version.Id;
        record.HourlyFileName = fileName;
        record.HourlySize = size;
        record.HourlySha256 = sha;
        record.HourlyIterations = options.Iterations;
        record.HourlyExamples = model.Version.Examples;
        record.HourlyBlend = model.Version.Blend.Count == 0 ? null : HourlyBlend.Format(model.Version.Blend);
        record.HourlyScores = scores is null ? null : System.Text.Json.JsonSerializer.Serialize(scores, ModelTraining.ScoreJson);
    }

    private static IReadOnlyList<BandScore>? Backtest(List<HourlyHistory> histories, HourlyModel? trained, DateOnly cut, DateOnly lastIssue, HourlyOptions options)
    {
        var model = trained ?? HourlyModel.Train(histories, cut, options);
        var climates = histories.ToDictionary(h => h.Name, h => HourlyClimatology.Of(h, cut), StringComparer.Ordinal);
        var forecasts = HourlyBacktest.Forecast(new HourlyForecaster(model), histories, climates, cut, lastIssue, BacktestIssueHour);
        return HourlyBacktest.Score(forecasts, histories.ToDictionary(h => h.Name, StringComparer.Ordinal), climates);
    }
}
