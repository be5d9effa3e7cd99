using System.Data.Common;
using System.Threading.Channels;
using Oasis.Data;
using Oasis.Monitoring.Ingest;

namespace Oasis.CommandCentre.Live;

/// <summary>
/// Keeps <see cref="LiveAirState"/> current. The ingest feed's handler runs on the writer's thread, so it only drops
/// the packets into a channel; this worker applies them, rates, and publishes. It starts from the database (the last
/// hour's samples, two days of the hourly layer), so a restart shows data at once.
/// </summary>
internal sealed partial class LiveAirWorker(IngestFeed feed, LiveAirState state, IServiceScopeFactory scopes, TimeProvider clock,
    ILogger<LiveAirWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan DirectoryAge = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan UnknownRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HoursAge = TimeSpan.FromMinutes(20);

    private readonly Channel<IReadOnlyList<CommittedPacket>> _inbox =
        Channel.CreateUnbounded<IReadOnlyList<CommittedPacket>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LiveAirBook _book = new();
    private long _version;
    private DateTimeOffset _directoryAt, _hoursAt;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Subscribed before the database is read: a packet committed meanwhile is applied twice at worst, and the
        // book keys samples by time, so that changes nothing.
        feed.Committed += OnCommitted;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        feed.Committed -= OnCommitted;
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    private void OnCommitted(IReadOnlyList<CommittedPacket> packets) => _inbox.Writer.TryWrite(packets);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        await RunGuardedAsync(() => StartFromDatabaseAsync(stoppingToken)).ConfigureAwait(false);
        Publish();
        var unknown = new List<CommittedPacket>();
        while (!stoppingToken.IsCancellationRequested)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(unknown.Count > 0 ? UnknownRetry : Tick);
            try
            {
                await _inbox.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // the tick: the moving hour advances even when nothing arrives
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (_inbox.Reader.TryRead(out var batch))
            {
                unknown.AddRange(batch.Where(p => !_book.Apply(p)));
            }

            var now = clock.GetUtcNow();
            // A device registered after the last read of the registry: read it again (at most once a second) and retry.
            if ((unknown.Count > 0 && now - _directoryAt >= UnknownRetry) || now - _directoryAt > DirectoryAge)
            {
                await RunGuardedAsync(() => LoadDirectoryAsync(stoppingToken)).ConfigureAwait(false);
                var retried = unknown.Where(p => !_book.Apply(p) && now - p.DataTimeUtc < LiveStation.Window).ToList();
                unknown = retried.Count < 10_000 ? retried : [];
            }

            if (now - _hoursAt > HoursAge)
            {
                await RunGuardedAsync(() => LoadHoursAsync(stoppingToken)).ConfigureAwait(false);
            }

            Publish();
        }
    }

    private void Publish() => state.Publish(_book.Snapshot(clock.GetUtcNow().UtcDateTime, ++_version));

    private async Task StartFromDatabaseAsync(CancellationToken ct)
    {
        await LoadDirectoryAsync(ct).ConfigureAwait(false);
        await LoadHoursAsync(ct).ConfigureAwait(false);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var (devices, _) = await LiveAirLoader.DirectoryAsync(db, ct).ConfigureAwait(false);
        foreach (var packet in await LiveAirLoader.RecentAsync(db, LiveAirLoader.AirDevices(devices).Keys, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false))
        {
            _book.Apply(packet);
        }
    }

    private async Task LoadDirectoryAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (devices, stations) = await LiveAirLoader.DirectoryAsync(scope.ServiceProvider.GetRequiredService<OasisDb>(), ct).ConfigureAwait(false);
        _book.SetDirectory(devices, stations);
        _directoryAt = clock.GetUtcNow();
    }

    private async Task LoadHoursAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var (devices, _) = await LiveAirLoader.DirectoryAsync(db, ct).ConfigureAwait(false);
        var hours = await LiveAirLoader.HoursAsync(db, LiveAirLoader.AirDevices(devices), clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
        foreach (var code in _book.StationCodes.ToList())
        {
            _book.SetHours(code, hours.TryGetValue(code, out var list) ? list : []);
        }

        _hoursAt = clock.GetUtcNow();
    }

    /// <summary>A database hiccup must not stop the screens: the state goes on from packets and retries on the next tick.</summary>
    private async Task RunGuardedAsync(Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            LogLoadFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live air state could not read the database; it retries on the next tick")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
