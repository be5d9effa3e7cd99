using System.Threading.Channels;
using Oasis.Data;
using Oasis.Monitoring.Ingest;

namespace Oasis.Air.Aggregates;

/// <summary>
/// Keeps <c>air_daily</c> current in the background: a few seconds after committed packets arrive, and every minute
/// for what other processes left (an import by <c>oasis import air</c>, a review mark made on another host). A failed
/// pass is logged and its marks stay for the next one; the worker never stops the service.
/// </summary>
internal sealed partial class AirDailyWorker(AirDailyStore store, IServiceScopeFactory scopes, IngestFeed feed, TimeProvider clock,
    ILogger<AirDailyWorker> logger) : BackgroundService
{
    private static readonly TimeSpan AfterData = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private readonly Channel<bool> _arrived = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        feed.Committed += OnCommitted;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PassAsync(stoppingToken).ConfigureAwait(false);
                using var timeout = new CancellationTokenSource(Every, clock);
                using var turn = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
                try
                {
                    await _arrived.Reader.ReadAsync(turn.Token).ConfigureAwait(false);
                    await Task.Delay(AfterData, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // the minute is up: look for work left by other processes
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        finally
        {
            feed.Committed -= OnCommitted;
        }
    }

    private void OnCommitted(IReadOnlyList<CommittedPacket> packets) => _arrived.Writer.TryWrite(true);

    private async Task PassAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pass = await store.CatchUpAsync(scope.ServiceProvider.GetRequiredService<OasisDb>(), ct).ConfigureAwait(false);
            if (pass.Marks > 0)
            {
                LogPass(logger, pass.StationDays, pass.Marks);
            }
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Air daily aggregation: {StationDays} station-day(s) computed for {Marks} stale mark(s)")]
    private static partial void LogPass(ILogger logger, int stationDays, int marks);

    [LoggerMessage(Level = LogLevel.Error, Message = "Air daily aggregation failed; its marks stay for the next pass")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
