using Microsoft.Extensions.Options;
using Oasis.Platform.Configuration;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// Drains the queue in batches, one transaction each, and only then releases the answers.
/// A batch that cannot be committed is retried once; if it still fails its packets get no
/// answer, so the devices keep them and send again.
/// </summary>
internal sealed partial class IngestWriter(IngestQueue queue, IIngestStore store, IngestStats stats, IngestFeed feed, IOptions<Hj212Options> options,
    ILogger<IngestWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = queue.Channel.Reader;
        var batch = new List<IngestItem>(options.Value.BatchSize);
        while (await reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < options.Value.BatchSize && reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            await WriteAsync(batch, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<IngestItem> batch, CancellationToken ct)
    {
        if (await TryWriteAsync(batch, ct).ConfigureAwait(false) is not { } error)
        {
            Complete(batch);
            return;
        }

        await Task.Delay(TimeSpan.FromMilliseconds(200), ct).ConfigureAwait(false);
        if (await TryWriteAsync(batch, ct).ConfigureAwait(false) is null)
        {
            Complete(batch);
            return;
        }

        // One bad packet must not cost the others: write them one by one and fail only those that fail alone.
        LogIsolating(logger, batch.Count, error.Message);
        foreach (var item in batch)
        {
            if (await TryWriteAsync([item], ct).ConfigureAwait(false) is { } alone)
            {
                item.Committed.TrySetException(new IngestWriteException("not stored", alone));
                stats.Failed(1);
            }
            else
            {
                Complete([item]);
            }
        }
    }

    private async Task<Exception?> TryWriteAsync(List<IngestItem> batch, CancellationToken ct)
    {
        try
        {
            await store.WriteAsync(batch, ct).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogWriteFailed(logger, ex, batch.Count);
            return ex;
        }
    }

    private void Complete(List<IngestItem> batch)
    {
        // Published before the answers are released, so whatever a device's answer confirms is already on its way to the screens and rules.
        feed.Publish(batch);
        foreach (var item in batch)
        {
            if (item.Outcome == PacketOutcomes.Duplicate)
            {
                stats.Duplicate();
            }
            else if (item.Outcome == PacketOutcomes.Conflict)
            {
                stats.Duplicate();
                stats.Conflict();
            }

            item.Committed.TrySetResult();
        }

        stats.Committed(batch.Count);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store a batch of {Count} HJ 212 packets")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} HJ 212 packets one by one after: {Reason}")]
    private static partial void LogIsolating(ILogger logger, int count, string reason);
}

/// <summary>Writes one batch in one transaction and sets each item's outcome.</summary>
internal interface IIngestStore
{
    Task WriteAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct);
}

internal static class IngestStores
{
    /// <summary>The production store of the configured provider.</summary>
    public static IIngestStore For(DatabaseSettings settings) =>
        settings.Provider == DatabaseProvider.Sqlite
            ? new SqliteIngestStore(settings)
            : new PostgresIngestStore(settings);
}
