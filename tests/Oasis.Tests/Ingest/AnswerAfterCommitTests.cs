using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Oasis.Data;
using Oasis.Hj212;
using Oasis.Monitoring.Ingest;
using Oasis.Platform.Configuration;

namespace Oasis.Tests.Ingest;

/// <summary>A device hears 9014 only once its packet is in the database: with the writer held, no answer.</summary>
public sealed class AnswerAfterCommitTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task No_9014_while_the_writer_is_blocked_and_the_answer_follows_the_commit()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var held = ingest.Host.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.RemoveAll<IIngestStore>();
            services.AddSingleton<IIngestStore>(sp => new GatedStore(gate.Task, sp.GetRequiredService<DatabaseSettings>()));
        }));
        _ = held.Server;
        var port = await held.Services.GetRequiredService<Hj212Listener>().BoundPort.WaitAsync(TimeSpan.FromSeconds(30), TestApi.Ct);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, TestApi.Ct);
        var stream = tcp.GetStream();
        var identity = new DeviceIdentity("TESTMN0000000000000000H1", "pw", "22");
        var packet = Hj212Commands.DataUpload(identity, "20261128110000001", 2061, new DateTime(2026, 11, 28, 11, 0, 0),
            [FactorSample.Single("a34004", FieldKind.Avg, 77)]).ToPacket();

        await stream.WriteAsync(packet, TestApi.Ct);
        var buffer = new byte[512];
        var early = stream.ReadAsync(buffer, TestApi.Ct).AsTask();
        var first = await Task.WhenAny(early, Task.Delay(TimeSpan.FromSeconds(2), TestApi.Ct));

        Assert.NotSame(early, first); // nothing came back while the write was held
        await using (var scope = held.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<OasisDb>().Readings.AnyAsync(r => r.Mn == identity.Mn, TestApi.Ct));
        }

        gate.SetResult();
        var n = await early.WaitAsync(TimeSpan.FromSeconds(10), TestApi.Ct);
        Assert.Contains("CN=9014", System.Text.Encoding.ASCII.GetString(buffer, 0, n), StringComparison.Ordinal);
        await using (var scope = held.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<OasisDb>().Readings.AnyAsync(r => r.Mn == identity.Mn, TestApi.Ct));
        }
    }
}
