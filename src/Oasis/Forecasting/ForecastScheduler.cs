using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;
using Oasis.Platform.Audit;
using Oasis.Platform.Errors;
using Oasis.Platform.Leases;
using Oasis.Platform.Time;

namespace Oasis.Forecasting;

/// <summary>
/// Retrains and issues on schedule: every hour it looks whether, from <see cref="ForecastingOptions.ScheduleHour"/>
/// (Beijing), a model trained up to the last complete day exists and whether the latest model has issued that day's
/// forecast, and does what is missing — so a restart or a second host does not duplicate a day's work.
/// </summary>
internal sealed partial class ForecastScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ForecastingOptions> options,
    ILogger<ForecastScheduler> logger) : BackgroundService
{
    /// <summary>Trains and issues what is due now; returns what it did (for the log and the tests).</summary>
    public async Task<(bool Trained, bool Issued)> RunDueAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (BeijingTime.Now(clock).Hour < settings.ScheduleHour)
        {
            return (false, false);
        }

        var day = ForecastTime.LastCompleteDay(clock);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var trained = false;
        if (!await db.Set<ForecastModelRecord>().AnyAsync(m => m.TrainedUntil == day, ct).ConfigureAwait(false))
        {
            var training = scope.ServiceProvider.GetRequiredService<ModelTraining>();
            await training.TrainAsync(db, new TrainingRequest(day, settings.TrainingDays, settings.Iterations), AuditActor.System, ct).ConfigureAwait(false);
            trained = true;
        }

        var latest = await db.Set<ForecastModelRecord>().OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync(ct).ConfigureAwait(false);
        if (await db.Set<ForecastIssue>().AnyAsync(i => i.ModelId == latest && i.IssueDate == day, ct).ConfigureAwait(false))
        {
            return (trained, false);
        }

        await scope.ServiceProvider.GetRequiredService<ForecastIssuing>().IssueAsync(db, latest, day, AuditActor.System, ct).ConfigureAwait(false);
        return (trained, true);
    }

    /// <summary>
    /// Issues the 72-hour PM2.5 forecast for the hour that ended last with the latest version that has an hourly model,
    /// unless it exists (decision 0410); false when there was nothing to do.
    /// </summary>
    public async Task<bool> RunHourlyDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var latest = await db.Set<ForecastModelRecord>().Where(m => m.HourlyFileName != null).OrderByDescending(m => m.Id).Select(m => (int?)m.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        var hour = Hourly.HourlyIssuing.LastCompleteHour(clock);
        var utc = Oasis.Air.AirHourlyLayer.ToUtc(DateOnly.FromDateTime(hour)).AddHours(hour.Hour);
        if (latest is null || await db.Set<Hourly.HourlyForecastIssue>().AnyAsync(i => i.ModelId == latest && i.IssueHourUtc == utc, ct).ConfigureAwait(false))
        {
            return false;
        }

        await scope.ServiceProvider.GetRequiredService<Hourly.HourlyIssuing>().IssueAsync(db, latest, hour, AuditActor.System, ct).ConfigureAwait(false);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        if (!options.Value.Scheduled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            // One host over the database does the scheduled work (decision 0701); the others skip while its lease lasts.
            var held = false;
            await RunSafelyAsync(async ct => held = await scopes.HoldAsync("forecast-schedule", ct).ConfigureAwait(false), stoppingToken)
                .ConfigureAwait(false);
            if (held)
            {
                await RunSafelyAsync(RunDueAsync, stoppingToken).ConfigureAwait(false);
                // Apart: a day whose daily work fails still gets its hourly forecasts from the latest version.
                await RunSafelyAsync(RunHourlyDueAsync, stoppingToken).ConfigureAwait(false);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    private async Task RunSafelyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        try
        {
            await work(ct).ConfigureAwait(false);
        }
        catch (OasisProblemException ex)
        {
            // Not enough history yet, no recent observations: the schedule tries again next hour.
            LogNotDue(logger, ex.Type);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever fails (the database, the model files, the trainer itself), the host keeps serving.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled forecast not made: {Reason}; the next hourly run tries again")]
    private static partial void LogNotDue(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled forecast failed; the next hourly run tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
