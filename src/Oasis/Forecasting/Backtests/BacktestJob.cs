using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Forecast;
using Oasis.Forecasting.Models;
using Oasis.Standards.Air;

namespace Oasis.Forecasting.Backtests;

/// <summary>
/// One back-test's steps (decision 0430): the evaluation stations' hourly layer from the first training day to the last
/// target day, rated daily by the engine; the imported observed weather when it covers the training window as a model
/// would need it, else none; then the engine's shared <see cref="BacktestRun"/> — the protocol and measures of
/// <c>oasis forecast backtest</c>. Progress goes to the row as it goes (not audited: only the result is).
/// </summary>
internal sealed partial class BacktestJob(IOptions<ForecastingOptions> options, TimeProvider clock, ILogger<BacktestJob> logger)
{
    public async Task RunAsync(OasisDb db, ForecastBacktest job, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await StepsAsync(db, job, ct).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // A back-test reports every failure on its row: whoever asked for it reads it there.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            LogFailed(logger, job.Id, ex);
            (job.State, job.ErrorKey, job.ErrorArgs) = (ForecastBacktest.Failed, "Forecast.Backtest.Failed", Args(Truncate(ex.GetType().Name + ": " + ex.Message)));
        }

        job.Seconds = Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 1);
        job.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    private async Task StepsAsync(OasisDb db, ForecastBacktest job, CancellationToken ct)
    {
        var settings = options.Value;
        var lastTarget = job.TestUntil.AddDays(ForecastOptions.MaxLead);
        var (histories, weather, weatherDays, useWeather) = await TrainingWindow.LoadAsync(db, job.TrainFrom, job.TrainUntil, lastTarget,
            settings.MinWeatherCoverage, observedWeatherOnly: true, ct).ConfigureAwait(false);
        (job.WeatherDays, job.Weather) = (weatherDays, useWeather ? "observed" : "none");
        if (histories.Count == 0)
        {
            (job.State, job.ErrorKey) = (ForecastBacktest.Failed, "Forecast.NoHistory");
            job.ErrorArgs = Args(job.TrainFrom.ToString("yyyy-MM-dd", null), job.TrainUntil.ToString("yyyy-MM-dd", null), ModelTraining.MinObservedDays);
            return;
        }

        // Leave-stations-out (as --train-station): train on the stations asked, forecast and score only the others.
        var asked = job.TrainStations?.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var training = asked is null ? histories : [.. histories.Where(h => asked.Contains(h.Name))];
        var scored = asked is null ? histories : [.. histories.Where(h => !asked.Contains(h.Name))];
        if (training.Count == 0 || scored.Count == 0)
        {
            (job.State, job.ErrorKey) = (ForecastBacktest.Failed, training.Count == 0 ? "Forecast.NoHistory" : "Forecast.Backtest.NothingToScore");
            job.ErrorArgs = Args(job.TrainFrom.ToString("yyyy-MM-dd", null), job.TrainUntil.ToString("yyyy-MM-dd", null), ModelTraining.MinObservedDays);
            return;
        }

        job.Stations = string.Join(',', scored.Select(h => h.Name));
        await ProgressAsync(db, job.Id, ForecastBacktest.Training, 10, ct).ConfigureAwait(false);
        var engine = new ForecastOptions { TargetWeather = useWeather, Seed = job.Seed, Iterations = job.Iterations };
        // The stations' hours too: the hourly model trains alongside and day+1 … day+3 PM2.5 is the ensemble (decision 0434).
        var hours = await ForecastHistories.LoadHourlyAsync(db, histories.Select(h => h.Name), job.TrainFrom, lastTarget, useWeather ? weather : null, ct)
            .ConfigureAwait(false);
        var run = await Task.Run(() => BacktestRun.Train(histories, training, job.TrainUntil, engine, EditionChoice.Auto, hours), ct).ConfigureAwait(false);
        await ProgressAsync(db, job.Id, ForecastBacktest.Forecasting, 60, ct).ConfigureAwait(false);
        var forecasts = await Task.Run(() => run.Forecast(scored, job.TestFrom, job.TestUntil,
            (done, count) => Progress(db, job.Id, 60 + (35 * done / count), ct)), ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();
        var tally = run.Score(forecasts, scored);
        job.ModelCode = run.Model.Version.Id;
        job.Forecasts = forecasts.Count;
        job.Scores = JsonSerializer.Serialize(new ModelScores(tally.Scores(0), tally.Scores(1), tally.Scores(2)), ModelTraining.ScoreJson);
        (job.State, job.Percent) = (ForecastBacktest.Done, 100);
    }

    // The arguments column holds 2000 characters: a longer message would fail the very save that records the failure.
    private static string Truncate(string message) => message.Length > 1000 ? message[..1000] : message;

    /// <summary>The arguments of an error message, kept as text.</summary>
    public static string Args(params object[] args) =>
        JsonSerializer.Serialize(args.Select(a => Convert.ToString(a, System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The next step; a cancelled job (its row says so, whichever host cancelled it) stops here, before training or forecasting.</summary>
    private static async Task ProgressAsync(OasisDb db, int id, string state, int percent, CancellationToken ct)
    {
        var rows = await db.ForecastBacktests.Where(b => b.Id == id && b.State != ForecastBacktest.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, state).SetProperty(b => b.Percent, percent), ct).ConfigureAwait(false);
        if (rows == 0)
        {
            throw new OperationCanceledException(ct);
        }
    }

    // Called from the forecasting thread between stations, while nothing else uses the context: the station boundary
    // where a cancelled job stops.
    private static void Progress(OasisDb db, int id, int percent, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (db.ForecastBacktests.Where(b => b.Id == id && b.State != ForecastBacktest.Cancelled).ExecuteUpdate(s => s.SetProperty(b => b.Percent, percent)) == 0)
        {
            throw new OperationCanceledException(ct);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Forecast back-test {Id} failed")]
    private static partial void LogFailed(ILogger logger, int id, Exception exception);
}
