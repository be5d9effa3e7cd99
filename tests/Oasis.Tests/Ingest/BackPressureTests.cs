using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Oasis.Data;
using Oasis.Hj212;
using Oasis.Monitoring.Ingest;
using Oasis.Platform.Configuration;

namespace Oasis.Tests.Ingest;

/// <summary>When the writer falls behind, the server stops reading sockets instead of buffering without bound or dropping.</summary>
public sealed class BackPressureTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task With_the_writer_held_the_server_takes_no_more_than_its_queue_and_loses_nothing_once_released()
    {
        const int capacity = 16;
        const int sent = 200;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var held = ingest.Host.WithWebHostBuilder(b =>
        {
            b.UseSetting("Hj212:QueueCapacity", capacity.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Hj212:BatchSize", "4");
            b.ConfigureServices(services =>
            {
                services.RemoveAll<IIngestStore>();
                services.AddSingleton<IIngestStore>(sp => new GatedStore(gate.Task, sp.GetRequiredService<DatabaseSettings>()));
            });
        });
        _ = held.Server;
        var stats = held.Services.GetRequiredService<IngestStats>();
        var port = await held.Services.GetRequiredService<Hj212Listener>().BoundPort.WaitAsync(TimeSpan.FromSeconds(30), TestApi.Ct);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, TestApi.Ct);
        var identity = new DeviceIdentity("TESTMN00000000000000BP01", "pw", "22");
        for (var k = 0; k < sent; k++)
        {
            var packet = Hj212Commands.DataUpload(identity, $"2026112812{k:D11}", 2061, new DateTime(2026, 1, 1).AddHours(k),
                [FactorSample.Single("a34004", FieldKind.Avg, k)], answerWanted: false).ToPacket();
            await tcp.GetStream().WriteAsync(packet, TestApi.Ct);
        }

        await Task.Delay(1500, TestApi.Ct);
        var whileHeld = stats.Snapshot().Received;

        // The writer takes one batch and blocks; the queue holds `capacity`; the handler holds one more, waiting.
        Assert.InRange(whileHeld, 1, capacity + 4 + 1);

        gate.SetResult();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (stats.CommittedCount < sent && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestApi.Ct);
        }

        Assert.Equal(sent, stats.Snapshot().Received);
        await using var scope = held.Services.CreateAsyncScope();
        Assert.Equal(sent, await scope.ServiceProvider.GetRequiredService<OasisDb>().Readings.CountAsync(r => r.Mn == identity.Mn, TestApi.Ct));
    }
}
