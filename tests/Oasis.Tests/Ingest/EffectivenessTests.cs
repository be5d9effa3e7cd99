using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Hj212;

namespace Oasis.Tests.Ingest;

/// <summary>数据传输有效率 per device and day: received ÷ expected from the interval, × valid ÷ received.</summary>
public sealed class EffectivenessTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task Transmission_and_validity_rates_follow_the_minute_interval_and_silent_devices_score_zero()
    {
        var admin = await ingest.Host.UserAsync("demo.admin");
        (await admin.PostAsJsonAsync("/api/devices", new
        {
            mn = "TESTMN00000000000000EF01", password = "pw", systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30,
            minuteIntervalMinutes = 10, stationCode = "CJ-A02", factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0, max = 1000 } },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        var device = new DeviceIdentity("TESTMN00000000000000EF01", "pw", "22");
        await using var client = await Hj212Client.ConnectAsync(ingest.Host);
        for (var m = 0; m < 6; m++)
        {
            var message = Hj212Commands.DataUpload(device, $"2026112708{m:D2}000001", 2051, new DateTime(2026, 11, 27, 8, m * 10, 0),
                [FactorSample.Single("a34004", FieldKind.Avg, 40), FactorSample.Single("a34002", FieldKind.Avg, 70, m == 5 ? 'D' : 'N')]);
            await client.SendAsync(message);
            await client.WaitForAnswerAsync(a => a.Contains("QN=" + message.Qn, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        }

        var monitor = await ingest.Host.UserAsync("demo.monitor");
        var rows = await monitor.GetFromJsonAsync<JsonElement[]>("/api/ingest/effectiveness?date=2026-11-27", TestApi.Ct);

        var mine = Assert.Single(rows!, r => r.Str("mn") == device.Mn);
        Assert.Equal("2051", mine.Str("basis"));
        Assert.Equal(144, mine.GetProperty("expected").GetInt32());
        Assert.Equal(6, mine.GetProperty("received").GetInt32());
        Assert.Equal(5, mine.GetProperty("valid").GetInt32());
        Assert.Equal(0.0417, mine.GetProperty("transmissionRate").GetDouble());
        Assert.Equal(0.8333, mine.GetProperty("validRate").GetDouble());
        Assert.Equal(0.0347, mine.GetProperty("effectiveness").GetDouble());
        Assert.False(mine.GetProperty("silent").GetBoolean());
        var silent = rows!.Where(r => r.GetProperty("silent").GetBoolean()).ToList();
        Assert.NotEmpty(silent); // the demonstration devices sent nothing that day
        Assert.All(silent, r => Assert.Equal(0, r.GetProperty("effectiveness").GetDouble()));
    }
}
