using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.Forecasting.Backtests;

/// <summary>
/// Runs the queued back-tests one at a time, oldest first (decision 0430). The row is the job: a request only queues it
/// and wakes the worker; at start-up the worker puts back in the queue what a stopped host left half done, so a
/// restart finishes every back-test that was asked for. A job is claimed by a conditional update, so that two hosts
/// never run the same row at once.
/// </summary>
internal sealed partial class BacktestWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<BacktestWorker> logger) : BackgroundService
{
    private static readonly string[] Running = [ForecastBacktest.Loading, ForecastBacktest.Training, ForecastBacktest.Forecasting];
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, CancellationTokenSource> _running = new();

    /// <summary>
    /// Called after a back-test was cancelled (its row already says so): a job this host is running stops at once at its
    /// next step or station rather than at the next progress write. Another host's job notices the row at that write.
    /// </summary>
    public void Cancel(int id)
    {
        if (_running.TryGetValue(id, out var cts))
        {
            cts.Cancel();
        }
    }

    /// <summary>Called after a back-test was queued: run it now rather than at the next minute.</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Woken twice at once: once is enough.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        var requeued = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!requeued)
                {
                    await RequeueAsync(stoppingToken).ConfigureAwait(false);
                    requeued = true;
                }

                while (await RunNextAsync(stoppingToken).ConfigureAwait(false))
                {
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database itself is unavailable: the next wake or minute tries again; the host keeps serving.
                LogFailed(logger, ex);
            }

            await _wake.WaitAsync(TimeSpan.FromMinutes(1), stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Back-tests a stopped host left running start again from the beginning (they are deterministic).</summary>
    private async Task RequeueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        await db.ForecastBacktests.Where(b => Running.Contains(b.State))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, ForecastBacktest.Queued).SetProperty(b => b.Percent, 0), ct).ConfigureAwait(false);
    }

    /// <summary>Claims and runs the oldest queued back-test; false when there was none.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var id = await db.ForecastBacktests.Where(b => b.State == ForecastBacktest.Queued).OrderBy(b => b.Id).Select(b => (int?)b.Id)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (id is null)
        {
            return false;
        }

        // The job's own token, linked to the host's: registered before the claim so that a cancel in between is not lost.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _running[id.Value] = cts;
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.ForecastBacktests.Where(b => b.Id == id && b.State == ForecastBacktest.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.State, ForecastBacktest.Loading).SetProperty(b => b.StartedAt, now), ct).ConfigureAwait(false);
            var job = claimed == 1 ? await db.ForecastBacktests.SingleAsync(b => b.Id == id, ct).ConfigureAwait(false) : null;
            if (job is { State: ForecastBacktest.Loading })
            {
                await scope.ServiceProvider.GetRequiredService<BacktestJob>().RunAsync(db, job, cts.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Cancelled: the row already says so (POST …/cancel); the host goes on with the next job.
            LogCancelled(logger, id.Value);
        }
        finally
        {
            _running.TryRemove(id.Value, out _);
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forecast back-test {Id} cancelled")]
    private static partial void LogCancelled(ILogger logger, int id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Running the queued forecast back-tests failed; the next minute tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
