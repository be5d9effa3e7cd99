using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Data;
using Oasis.Monitoring.Ingest;

namespace Oasis.Tests.Ingest;

/// <summary>Raw packets 180 days, real-time 30 days, minute data a year; hourly data for ever.</summary>
public sealed class IngestRetentionTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task Each_kind_is_removed_after_its_own_period_and_hourly_data_stay()
    {
        var now = DateTime.UtcNow;
        Reading R(string cn, double daysAgo) => new()
        {
            Mn = "RETENTION000000000000001", Cn = cn, DataTime = now.AddDays(-daysAgo), Factor = "a34004", Value = 1, ReceivedAt = now,
        };
        await using (var scope = ingest.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            db.Readings.AddRange(R("2011", 31), R("2011", 29), R("2051", 366), R("2051", 364), R("2061", 3000), R("2031", 3000));
            db.RawPackets.AddRange(
                new RawPacket { ReceivedAt = now.AddDays(-181), Mn = "RETENTION000000000000001", Cn = "2061", Outcome = "stored", Raw = "old" },
                new RawPacket { ReceivedAt = now.AddDays(-179), Mn = "RETENTION000000000000001", Cn = "2061", Outcome = "stored", Raw = "recent" });
            await db.SaveChangesAsync(TestApi.Ct);
        }

        var (packets, realTime, minutes) = await ingest.Host.Services.GetRequiredService<IngestRetentionWorker>().PurgeAsync(TestApi.Ct);

        Assert.Equal((1, 1, 1), (packets, realTime, minutes));
        await using (var scope = ingest.Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            var left = await db.Readings.Where(r => r.Mn == "RETENTION000000000000001").Select(r => r.Cn).OrderBy(c => c).ToListAsync(TestApi.Ct);
            Assert.Equal(["2011", "2031", "2051", "2061"], left);
            Assert.Equal(["recent"], await db.RawPackets.Where(p => p.Mn == "RETENTION000000000000001").Select(p => p.Raw).ToListAsync(TestApi.Ct));
        }
    }
}
