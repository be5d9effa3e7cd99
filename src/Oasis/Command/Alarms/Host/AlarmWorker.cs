using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Monitoring.Ingest;

namespace Oasis.CommandCentre.Alarms.Host;

/// <summary>
/// Runs the alarm rules every <see cref="CommandOptions.EvaluateEverySeconds"/> and shortly after committed data
/// arrive, so an exceedance becomes an alarm within seconds of its packet. A failed evaluation is logged and tried
/// again at the next turn: the rules never stop the service.
/// </summary>
internal sealed partial class AlarmWorker(AlarmCentre centre, OverdueWatcher overdue, IServiceScopeFactory scopes, IngestFeed feed, IOptions<CommandOptions> options,
    TimeProvider clock, ILogger<AlarmWorker> logger) : BackgroundService
{
    private readonly Channel<bool> _arrived = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        var o = options.Value;
        if (!o.EvaluateAlarms)
        {
            return;
        }

        feed.Committed += OnCommitted;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await EvaluateAsync(stoppingToken).ConfigureAwait(false);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(o.EvaluateEverySeconds), clock);
                using var turn = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
                try
                {
                    await _arrived.Reader.ReadAsync(turn.Token).ConfigureAwait(false);
                    await Task.Delay(TimeSpan.FromSeconds(o.AfterDataSeconds), clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // the turn's time is up: evaluate on the clock
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

    // The packets themselves reach RecentStationData, which subscribes on its own; here they only wake the loop.
    private void OnCommitted(IReadOnlyList<CommittedPacket> packets) => _arrived.Writer.TryWrite(true);

    private async Task EvaluateAsync(CancellationToken ct)
    {
        try
        {
            await centre.EvaluateAsync(ct).ConfigureAwait(false);
            await using var scope = scopes.CreateAsyncScope();
            await overdue.NotifyAsync(scope.ServiceProvider.GetRequiredService<Oasis.Data.OasisDb>(), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
        {
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Alarm evaluation failed; it runs again at the next turn")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
