using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Monitoring.Ingest;

namespace Oasis.Tests.Ingest;

/// <summary>The host with its device port on a free TCP port.</summary>
public sealed class IngestFactory : IAsyncLifetime
{
    public OasisFactory Host { get; } = new OasisFactory().WithSettings(("Hj212:Port", "0"));

    public ValueTask InitializeAsync() => Host.InitializeAsync();

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    internal IngestStatsDto Stats => Host.Services.GetRequiredService<IngestStats>().Snapshot();

    /// <summary>Waits until every received packet is decided and every accepted one committed (or failed).</summary>
    internal async Task DrainAsync(long expectedReceived)
    {
        var stats = Host.Services.GetRequiredService<IngestStats>();
        var until = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < until)
        {
            var now = stats.Snapshot();
            if (now.Received >= expectedReceived && stats.CommittedCount + stats.FailedCount == now.Accepted)
            {
                Assert.Equal(0, stats.FailedCount);
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"ingest did not drain: {Stats}, committed {stats.CommittedCount}, failed {stats.FailedCount}");
    }
}
