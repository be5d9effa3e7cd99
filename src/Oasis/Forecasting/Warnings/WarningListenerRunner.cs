using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;

namespace Oasis.Forecasting.Warnings;

/// <summary>
/// Runs the listener work owed (decision 0425), oldest first. Each item is claimed and completed in one transaction with
/// the listener's own changes: the claim (an update of the still-open row) makes a second host or a second run wait and
/// then find it done, and a listener that throws rolls back its changes and the claim, so the item stays open for the
/// next run and is never done twice. A failed item holds back the later items of the same warning and listener, so an
/// upgrade is never applied before the issue it follows.
/// </summary>
internal sealed partial class WarningListenerRunner(IEnumerable<IWarningListener> listeners, TimeProvider clock, ILogger<WarningListenerRunner> logger)
{
    public IEnumerable<IWarningListener> Listeners => listeners;

    /// <summary>Runs the open items (of one warning, or all); returns how many were completed now.</summary>
    public async Task<int> RunPendingAsync(OasisDb db, int? warningId, CancellationToken ct)
    {
        var open = await db.Set<WarningListenerWork>().AsNoTracking().Where(w => w.CompletedAt == null && (warningId == null || w.WarningId == warningId))
            .OrderBy(w => w.Id).ToListAsync(ct).ConfigureAwait(false);
        var held = new HashSet<(int, string)>();
        var done = 0;
        foreach (var work in open)
        {
            if (held.Contains((work.WarningId, work.Listener)))
            {
                continue;
            }

            switch (await RunAsync(db, work, ct).ConfigureAwait(false))
            {
                case Outcome.Completed:
                    done++;
                    break;
                case Outcome.Failed:
                    held.Add((work.WarningId, work.Listener));
                    break;
                case Outcome.CompletedElsewhere:
                    // Another run (or host) claimed it first; it is not counted here.
                    break;
            }
        }

        return done;
    }

    private async Task<Outcome> RunAsync(OasisDb db, WarningListenerWork work, CancellationToken ct)
    {
        var listener = listeners.FirstOrDefault(l => l.Name == work.Listener);
        if (listener is null)
        {
            // A listener removed from this build: its work stays open and visible rather than being marked done.
            LogMissing(logger, work.Listener, work.Id);
            return Outcome.Failed;
        }

        var warning = await db.Set<PollutionWarning>().AsNoTracking().SingleAsync(w => w.Id == work.WarningId, ct).ConfigureAwait(false);
        warning.Level = work.Level ?? warning.Level;
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var claimed = await db.Set<WarningListenerWork>().Where(w => w.Id == work.Id && w.CompletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.CompletedAt, now).SetProperty(w => w.Attempts, w => w.Attempts + 1).SetProperty(w => w.LastAttemptAt, now), ct)
            .ConfigureAwait(false);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct).ConfigureAwait(false);
            return Outcome.CompletedElsewhere;
        }

        try
        {
            await listener.OnIssuedAsync(db, warning, work.Action, work.IssuedAt, ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return Outcome.Completed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            var error = ex.GetType().Name + ": " + ex.Message;
            await db.Set<WarningListenerWork>().Where(w => w.Id == work.Id).ExecuteUpdateAsync(s => s.SetProperty(w => w.Attempts, w => w.Attempts + 1)
                .SetProperty(w => w.LastAttemptAt, now).SetProperty(w => w.LastError, error.Length > 2000 ? error[..2000] : error), CancellationToken.None).ConfigureAwait(false);
            LogFailed(logger, ex, work.Listener, work.Id, work.WarningId, work.Action);
            return Outcome.Failed;
        }
    }

    private enum Outcome
    {
        Completed,
        CompletedElsewhere,
        Failed,
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Warning listener {Listener} failed on work {WorkId} (warning {WarningId}, {Action}); it is retried")]
    private static partial void LogFailed(ILogger logger, Exception exception, string listener, int workId, int warningId, string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No warning listener named {Listener} for work {WorkId}; it stays open")]
    private static partial void LogMissing(ILogger logger, string listener, int workId);
}

/// <summary>Completes the listener work a failed request left open: at start and every minute (decision 0425).</summary>
internal sealed partial class WarningListenerWorker(IServiceScopeFactory scopes, WarningListenerRunner runner, TimeProvider clock,
    IOptions<ForecastingOptions> options, ILogger<WarningListenerWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        if (!options.Value.RetryListeners)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await runner.RunPendingAsync(scope.ServiceProvider.GetRequiredService<OasisDb>(), null, stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database itself is unavailable: the next minute tries again; the host keeps serving.
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Running the open warning-listener work failed; the next minute tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
