using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Hj212;

namespace Oasis.Tests.Ingest;

/// <summary>
/// The daily aggregates follow HJ 212 data (decision 0507): hourly packets arriving over TCP become a station's daily
/// value, and packets arriving late for an old day re-compute exactly that day.
/// </summary>
public sealed class AirDailyFromPacketsTests(IngestFactory ingest) : IClassFixture<IngestFactory>
{
    private const string Station = "CJ-TEST-AGG";
    private static readonly DeviceIdentity Device = new("TESTMN00000000000000AG01", "pw", "22");

    [Fact]
    public async Task Late_hourly_packets_recompute_their_own_day_and_leave_the_others_alone()
    {
        var admin = await ingest.Host.UserAsync("demo.admin");
        (await admin.PostAsJsonAsync("/api/stations", new
        {
            code = Station, name = "日值测试点", kind = "micro", latitude = 44.0, longitude = 87.3, gridCode = "CJ-G001",
            evaluation = false, pollutants = new[] { "PM2.5" },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/devices", new
        {
            mn = Device.Mn, password = "pw", systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30,
            minuteIntervalMinutes = 10, stationCode = Station, factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0, max = 1000 } },
        }, TestApi.Ct)).EnsureSuccessStatusCode();
        await using var client = await Hj212Client.ConnectAsync(ingest.Host);

        // 19 November: 24 hours of 20. 20 November: the first 20 hours of 30 (enough for a daily mean).
        for (var h = 0; h < 24; h++)
        {
            await SendAsync(client, new DateTime(2026, 11, 19, h, 0, 0), 20);
        }

        for (var h = 0; h < 20; h++)
        {
            await SendAsync(client, new DateTime(2026, 11, 20, h, 0, 0), 30);
        }

        Assert.Equal([20m, 30m], await Pm25Async(admin));
        var before = await ComputedAtAsync();

        // The last four hours of the 20th arrive late, at 90: (20 × 30 + 4 × 90) / 24 = 40.
        for (var h = 20; h < 24; h++)
        {
            await SendAsync(client, new DateTime(2026, 11, 20, h, 0, 0), 90);
        }

        Assert.Equal([20m, 40m], await Pm25Async(admin));
        var after = await ComputedAtAsync();
        Assert.Equal(before[0], after[0]); // the 19th was not computed again
        Assert.True(after[1] > before[1]);
        var row = await ingest.Host.WithDbAsync(db => db.AirDays.SingleAsync(d => d.StationCode == Station && d.Day == new DateOnly(2026, 11, 20) && d.Status == "reviewed", TestApi.Ct));
        Assert.Equal(24, row.ValidHours[0]);
    }

    private static async Task SendAsync(Hj212Client client, DateTime hour, double pm25)
    {
        var qn = hour.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture) + "00001";
        var message = Hj212Commands.DataUpload(Device, qn, 2061, hour, [FactorSample.Single("a34004", FieldKind.Avg, pm25)]);
        await client.SendAsync(message);
        await client.WaitForAnswerAsync(a => a.Contains("QN=" + message.Qn, StringComparison.Ordinal), TimeSpan.FromSeconds(10));
    }

    private static async Task<decimal[]> Pm25Async(HttpClient client) =>
        [.. (await client.ListAsync($"/api/air/daily?station={Station}&from=2026-11-19&to=2026-11-20")).Select(d => d.GetProperty("pm25").GetDecimal())];

    private Task<DateTime[]> ComputedAtAsync() => ingest.Host.WithDbAsync(async db =>
        (await db.AirDays.Where(d => d.StationCode == Station && d.Status == "reviewed").OrderBy(d => d.Day).Select(d => d.ComputedAt).ToListAsync(TestApi.Ct)).ToArray());
}
