namespace Oasis.Platform;

/// <summary>
/// A job that runs at start-up and then once a day (retention purges). A database error is logged and the job
/// runs again the next day: housekeeping never stops the service.
/// </summary>
internal abstract partial class DailyMaintenance(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract string JobName { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), Clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex)
            {
                LogFailed(logger, ex, JobName);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; it runs again tomorrow")]
    private static partial void LogFailed(ILogger logger, Exception exception, string job);
}
