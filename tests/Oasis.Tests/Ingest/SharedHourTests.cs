using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Cli.Hj212;
using Oasis.Data;

namespace Oasis.Tests.Ingest;

/// <summary>
/// The shared hour of real HJ 212 traffic (284 devices, defects included) replayed device by
/// device through real sockets into the real host and database: the exact counts.
/// </summary>
public sealed class SharedHourTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task The_shared_hour_gives_exactly_the_expected_counts_and_loses_nothing()
    {
        var port = await Hj212Client.PortAsync(ingest.Host);
        var file = await File.ReadAllBytesAsync(SharedFiles.Path("data", "hj212", "2016-08-24_05.h212"), TestApi.Ct);
        var replayer = new Replayer("127.0.0.1", port, rate: null, answerQuiet: TimeSpan.FromSeconds(1), TextWriter.Null);

        var sent = await replayer.RunAsync(Replayer.SplitLines(file), TestApi.Ct);
        await ingest.DrainAsync(8_696);

        Assert.Equal(8_696, sent.Sent);
        var stats = ingest.Stats;
        Assert.Equal(8_696, stats.Received);
        Assert.Equal(8_692, stats.Accepted);
        Assert.Equal(new Monitoring.Ingest.RejectedCounts(0, 4, 0, 0, 0), stats.Rejected);
        Assert.Equal(stats.Received, stats.Accepted + stats.Rejected.Framing + stats.Rejected.Length + stats.Rejected.Crc
                                     + stats.Rejected.Format + stats.Rejected.Auth);
        Assert.Equal(new Monitoring.Ingest.DeviceCounts(0, 284), stats.Devices);
        Assert.Equal(8_692, stats.Quarantined);

        await using var scope = ingest.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        Assert.Equal(8_692, await db.RawPackets.CountAsync(TestApi.Ct));
        Assert.Equal(284, await db.UnknownDevices.CountAsync(TestApi.Ct));
        Assert.Equal(stats.Duplicates, await db.RawPackets.CountAsync(p => p.Outcome == "duplicate" || p.Outcome == "conflict", TestApi.Ct));
        Assert.True(await db.Readings.AnyAsync(TestApi.Ct));
        Assert.All(await db.Readings.Select(r => r.Quarantined).Distinct().ToListAsync(TestApi.Ct), Assert.True);

        var monitor = await ingest.Host.UserAsync("demo.monitor");
        var api = await monitor.GetFromJsonAsync<JsonElement>("/api/ingest/stats", TestApi.Ct);
        Assert.Equal(8_696, api.GetProperty("received").GetInt64());
        Assert.Equal(4, api.GetProperty("rejected").GetProperty("length").GetInt64());
        Assert.Equal(284, api.GetProperty("devices").GetProperty("unknown").GetInt64());
        var unknown = await monitor.GetFromJsonAsync<JsonElement[]>("/api/ingest/unknown-devices", TestApi.Ct);
        Assert.Equal(284, unknown!.Length);
        Assert.Equal("Healthy", await ingest.Host.CreateClient().GetStringAsync("/health", TestApi.Ct));
        TestContext.Current.SendDiagnosticMessage($"shared hour: duplicates {stats.Duplicates}, conflicts {stats.Conflicts}, answers {sent.Answers}");
    }
}
