using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Platform.Errors;
using Oasis.Standards.Air;

namespace Oasis.Forecasting.Models;

/// <summary>What to train: the last day of the window, its length and the boosting iterations.</summary>
internal sealed record TrainingRequest(DateOnly Until, int Days, int Iterations);

/// <summary>
/// Trains a model version from the host's history (decision 0405): the evaluation stations with enough observed days,
/// the imported weather when it covers enough of the window, a back-test on the held-out last days by a model trained
/// before them, and the version itself on the whole window side by side; one training at a time (they queue), each fit on one thread.
/// </summary>
internal sealed class ModelTraining(ModelFiles files, IOptions<ForecastingOptions> options, TimeProvider clock)
{
    /// <summary>A station needs this many observed days in the window to be trained on.</summary>
    public const int MinObservedDays = 30;

    internal static readonly JsonSerializerOptions ScoreJson = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ForecastModelRecord> TrainAsync(OasisDb db, TrainingRequest request, string by, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await TrainLockedAsync(db, request, by, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ForecastModelRecord> TrainLockedAsync(OasisDb db, TrainingRequest request, string by, CancellationToken ct)
    {
        var settings = options.Value;
        var started = Stopwatch.GetTimestamp();
        var from = request.Until.AddDays(1 - request.Days);
        var (histories, weather, weatherDays, useWeather) = await TrainingWindow.LoadAsync(db, from, request.Until, request.Until,
            settings.MinWeatherCoverage, observedWeatherOnly: false, ct).ConfigureAwait(false);
        if (histories.Count == 0)
        {
            throw OasisProblemException.Rule("forecast-no-history", "Forecast.NoHistory", from.ToString("yyyy-MM-dd", null),
                request.Until.ToString("yyyy-MM-dd", null), MinObservedDays);
        }

        var engine = new ForecastOptions { TargetWeather = useWeather, Seed = settings.Seed, Iterations = request.Iterations };
        // The held-out back-test and the version itself are independent single-threaded fits: run side by side, each
        // stays deterministic and the wall time halves on a machine with two cores or more.
        var hours = await ForecastHistories.LoadHourlyAsync(db, histories.Select(h => h.Name), from, request.Until, useWeather ? weather : null, ct)
            .ConfigureAwait(false);
        var backtest = Task.Run(() => Backtest(histories, hours, request, engine, settings.BacktestDays), ct);
        var training = Task.Run(() => ForecastModel.Train(histories, request.Until, engine), ct);
        await Task.WhenAll(backtest, training).ConfigureAwait(false);
        var (scores, testFrom, testUntil, sister) = await backtest.ConfigureAwait(false);
        var model = await training.ConfigureAwait(false);
        var version = model.Version;
        var (fileName, size, sha) = files.Write(model, version.Id);
        var record = new ForecastModelRecord
        {
            Code = version.Id,
            TrainedFrom = version.TrainedFrom,
            TrainedUntil = version.TrainedUntil,
            Stations = string.Join(',', version.Stations),
            TargetWeather = version.TargetWeather,
            WeatherDays = weatherDays,
            Seed = version.Seed,
            Iterations = version.Iterations,
            Leaves = version.Leaves,
            LearningRate = version.LearningRate,
            Examples = ForecastModelRecord.Join(version.ExamplesPerTarget),
            BlendWeights = ForecastModelRecord.Join(version.BlendWeights),
            TrainingSeconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1),
            BacktestFrom = testFrom,
            BacktestUntil = testUntil,
            Scores = scores is null ? null : JsonSerializer.Serialize(scores, ScoreJson),
            FileName = fileName,
            Size = size,
            Sha256 = sha,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = by,
        };
        await Hourly.HourlyTraining.TrainAsync(files, record, hours, sister, ct).ConfigureAwait(false);
        db.Add(record);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await ModelRetention.ApplyAsync(db, files, settings.KeepModelFiles, ct).ConfigureAwait(false);
        return record;
    }

    /// <summary>
    /// Scores a model trained until <c>Until − held-out days</c> on the held-out issue days (targets up to
    /// <c>Until</c>), by the measures of <c>oasis forecast backtest</c> (with the hourly model's day+1 … day+3 PM2.5, decision
    /// 0434); none when the window is too short to hold days out. Also the hourly model it trained, the sister model the
    /// version's hourly scores come from.
    /// </summary>
    private static (ModelScores? Scores, DateOnly? From, DateOnly? Until, Oasis.Forecast.Hourly.HourlyModel? Sister) Backtest(List<StationHistory> histories,
        List<Oasis.Forecast.Hourly.HourlyHistory> hours, TrainingRequest request, ForecastOptions engine, int heldOut)
    {
        var cut = request.Until.AddDays(-heldOut);
        if (heldOut < 2 || request.Days - heldOut < 60 || histories.All(h => ForecastHistories.ObservedDays(h, h.FirstDay, cut) < MinObservedDays))
        {
            return (null, null, null, null);
        }

        var run = BacktestRun.Train(histories, histories, cut, engine, EditionChoice.Auto, hours);
        var testUntil = request.Until.AddDays(-1);
        var tally = run.Score(run.Forecast(histories, cut, testUntil), histories);
        return (new ModelScores(tally.Scores(0), tally.Scores(1), tally.Scores(2)), cut, testUntil, run.Hourly?.Model);
    }
}
