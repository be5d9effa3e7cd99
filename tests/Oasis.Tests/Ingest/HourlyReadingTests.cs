using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Hj212;

namespace Oasis.Tests.Ingest;

/// <summary>A station's hourly values: 2061 authoritative, else 2051 with ≥ 45 valid minutes, never 2011.</summary>
public sealed class HourlyReadingTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    [Fact]
    public async Task Hourly_values_come_from_2061_else_from_45_valid_minutes_of_2051_and_never_from_2011()
    {
        var admin = await ingest.Host.UserAsync("demo.admin");
        (await admin.PostAsJsonAsync("/api/stations", new
        {
            code = "CJ-TEST-H1", name = "小时值测试点", kind = "micro", latitude = 44.0, longitude = 87.3, gridCode = "CJ-G001",
            evaluation = false, pollutants = new[] { "PM2.5" },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/devices", new
        {
            mn = "TESTMN00000000000000HR01", password = "pw", systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30,
            minuteIntervalMinutes = 10, stationCode = "CJ-TEST-H1", factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0, max = 1000 } },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        var device = new DeviceIdentity("TESTMN00000000000000HR01", "pw", "22");
        await using var client = await Hj212Client.ConnectAsync(ingest.Host);

        // 08:00 hour: 2061 says 30 (and minute data say otherwise: the 2061 wins).
        await SendAsync(client, Hj212Commands.DataUpload(device, "20261128080000001", 2061, new DateTime(2026, 11, 28, 8, 0, 0),
            [FactorSample.Single("a34004", FieldKind.Avg, 30)]));
        await SendAsync(client, Hj212Commands.DataUpload(device, "20261128080000002", 2051, new DateTime(2026, 11, 28, 8, 0, 0),
            [FactorSample.Single("a34004", FieldKind.Avg, 90)]));
        // 09:00 hour: no 2061; five valid 10-minute records (50 minutes) and one flagged D → mean of the five.
        for (var m = 0; m < 6; m++)
        {
            await SendAsync(client, Hj212Commands.DataUpload(device, $"202611280900000{m + 10}", 2051, new DateTime(2026, 11, 28, 9, m * 10, 0),
                [FactorSample.Single("a34004", FieldKind.Avg, 10 * (m + 1), m == 5 ? 'D' : 'N')]));
        }

        // 10:00 hour: only four valid 10-minute records (40 minutes) → no hourly value; real-time data never count.
        for (var m = 0; m < 4; m++)
        {
            await SendAsync(client, Hj212Commands.DataUpload(device, $"202611281000000{m + 20}", 2051, new DateTime(2026, 11, 28, 10, m * 10, 0),
                [FactorSample.Single("a34004", FieldKind.Avg, 70)]));
        }

        await SendAsync(client, Hj212Commands.DataUpload(device, "20261128103000030", 2011, new DateTime(2026, 11, 28, 10, 30, 0),
            [FactorSample.Single("a34004", FieldKind.Rtd, 500)]));

        var operatorClient = await ingest.Host.UserAsync("demo.operator");
        var result = await operatorClient.GetFromJsonAsync<JsonElement>(
            "/api/stations/CJ-TEST-H1/hourly?from=2026-11-28T08:00:00%2B08:00&to=2026-11-28T11:00:00%2B08:00", TestApi.Ct);
        var hours = result.GetProperty("hours").EnumerateArray().ToList();

        Assert.Equal(2, hours.Count);
        Assert.Equal("2026-11-28T08:00:00+08:00", hours[0].Str("time"));
        Assert.Equal(30, hours[0].GetProperty("value").GetDouble());
        Assert.Equal("2061", hours[0].Str("source"));
        Assert.Equal("2026-11-28T09:00:00+08:00", hours[1].Str("time"));
        Assert.Equal(30, hours[1].GetProperty("value").GetDouble()); // (10+20+30+40+50)/5
        Assert.Equal("2051", hours[1].Str("source"));
        Assert.Equal(50, hours[1].GetProperty("validMinutes").GetInt32());
        Assert.Contains("PM2.5", hours[0].Str("name"), StringComparison.Ordinal);
    }

    private static async Task SendAsync(Hj212Client client, Hj212Message message)
    {
        await client.SendAsync(message);
        await client.WaitForAnswerAsync(a => a.Contains("QN=" + message.Qn, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }
}
