using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Cli.Hj212;
using Oasis.Data;
using Oasis.Hj212.Simulation;

namespace Oasis.Tests.Ingest;

/// <summary><c>oasis hj212 simulate --register</c> registers the simulated MNs through the real API, once.</summary>
public sealed class SimulateRegisterTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task Registering_creates_each_simulated_device_and_a_second_run_finds_them_existing()
    {
        var settings = new SimulationSettings("127.0.0.1", 1, 3, TimeSpan.FromSeconds(30), DeviceKind.Air, "REG", "pw-reg");

        var first = await DeviceRegistration.RegisterAsync(ingest.Host.CreateClient(), "demo.monitor", OasisFactory.DemoPassword, "CJ-A01", settings, TestApi.Ct);
        var second = await DeviceRegistration.RegisterAsync(ingest.Host.CreateClient(), "demo.monitor", OasisFactory.DemoPassword, "CJ-A01", settings, TestApi.Ct);

        Assert.Equal((3, 0), first);
        Assert.Equal((0, 3), second);
        await using var scope = ingest.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var mns = Enumerable.Range(0, 3).Select(settings.MnOf).ToList();
        Assert.Equal(3, await db.Devices.CountAsync(d => mns.Contains(d.Mn) && d.StationCode == "CJ-A01", TestApi.Ct));
    }

    [Fact]
    public async Task A_wrong_login_is_an_io_error_with_the_reason()
    {
        var settings = new SimulationSettings("127.0.0.1", 1, 1, TimeSpan.FromSeconds(30), DeviceKind.Air, "REX", "pw");
        var error = await Assert.ThrowsAsync<IOException>(() =>
            DeviceRegistration.RegisterAsync(ingest.Host.CreateClient(), "demo.monitor", "wrong", "CJ-A01", settings, TestApi.Ct));
        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }
}
