using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Hj212;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.Water;

/// <summary>
/// A section's automatic station (HJ 212, ST 21, w-codes) over a real socket: daily means of the Beijing day's valid hours,
/// and the automatic monthly evaluation from the mean of the daily means, kept apart from the manual one (decision 0315).
/// </summary>
public sealed class WaterAutomaticTests(OasisFactory factory) : IClassFixture<OasisFactory>, IAsyncLifetime
{
    private const string Mn = "WATERAUTOMN0000000000001";
    private static int _qn;

    public ValueTask InitializeAsync() => new(Records.OnceAsync(factory, "water-automatic", async () =>
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "stations", new
        {
            code = "WA-ST", name = "自动站测试", kind = "water-section", latitude = 44.0, longitude = 87.3, gridCode = Records.OwnGrid, evaluation = false,
            pollutants = new[] { "pH", "DO", "NH3-N", "TP" },
        });
        await Records.CreateAsync(admin, "devices", new
        {
            mn = Mn, password = "pw", systemCode = "21", protocol = "2017", realtimeIntervalSeconds = 600, minuteIntervalMinutes = 30, stationCode = "WA-ST",
            factors = new[] { "w01001", "w01009", "w21003", "w21011", "w01010" }.Select(c => new { code = c, unit = "mg/L", min = 0.0, max = 100.0 }).ToArray(),
        });
        await Records.CreateAsync(admin, "water-sections", new
        {
            code = "WA-S1", name = "自动站测试断面", waterBody = "SANTUN", controlLevel = "city", assessment = false, targetClass = "III",
            latitude = 44.0, longitude = 87.3, gridCode = Records.OwnGrid, stationCode = "WA-ST",
        });

        var device = new DeviceIdentity(Mn, "pw", "21");
        await using var client = await Hj212Client.ConnectAsync(factory);
        // 10 March (Beijing): 00:00, 12:00 and 23:00 — the first and last are 9 and 10 March in UTC; NH3-N 0.4, 0.5, 0.6 → 0.5.
        foreach (var (hour, nh3n) in new[] { (new DateTime(2025, 3, 10, 0, 0, 0), 0.4), (new DateTime(2025, 3, 10, 12, 0, 0), 0.5), (new DateTime(2025, 3, 10, 23, 0, 0), 0.6) })
        {
            await SendHourAsync(client, device, hour, nh3n, 7.5, 6.5, 0.15);
        }

        // 11 March: 1.2 and 1.4 → 1.3. March = (0.5 + 1.3) / 2 = 0.9 (class Ⅲ), not the mean of the five hours (0.82).
        await SendHourAsync(client, device, new DateTime(2025, 3, 11, 8, 0, 0), 1.2, 7.6, 6.5, 0.15);
        await SendHourAsync(client, device, new DateTime(2025, 3, 11, 9, 0, 0), 1.4, 7.6, 6.5, 0.15);
        // 2 April: NH3-N 1.6 → class Ⅴ, multiple (1.6 − 1.0) / 1.0 = 0.60.
        await SendHourAsync(client, device, new DateTime(2025, 4, 2, 10, 0, 0), 1.6, 7.4, 6.2, 0.15);
    }));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task SendHourAsync(Hj212Client client, DeviceIdentity device, DateTime hourBeijing, double nh3n, double ph, double dissolvedOxygen, double tp)
    {
        var qn = hourBeijing.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + (Interlocked.Increment(ref _qn) % 1000).ToString("000", CultureInfo.InvariantCulture);
        var message = Hj212Commands.DataUpload(device, qn, 2061, hourBeijing,
        [
            FactorSample.Single("w21003", FieldKind.Avg, nh3n), FactorSample.Single("w01001", FieldKind.Avg, ph),
            FactorSample.Single("w01009", FieldKind.Avg, dissolvedOxygen), FactorSample.Single("w21011", FieldKind.Avg, tp),
            FactorSample.Single("w01010", FieldKind.Avg, 12),
        ]);
        await client.SendAsync(message);
        await client.WaitForAnswerAsync(a => a.Contains("QN=" + qn, StringComparison.Ordinal), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Daily_means_average_the_valid_hours_of_the_beijing_day()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var daily = await monitor.GetFromJsonAsync<JsonElement>("/api/water/sections/WA-S1/automatic?from=2025-03-09&to=2025-04-30", TestApi.Ct);
        Assert.Equal("WA-ST", daily.Str("station"));
        var days = daily.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(["2025-03-10", "2025-03-11", "2025-04-02"], days.Select(d => d.Str("date")));
        Assert.Equal(0.5, days[0].GetProperty("values").GetProperty("w21003").GetDouble(), 10);
        Assert.Equal(3, days[0].GetProperty("hours").GetProperty("w21003").GetInt32());
        Assert.Equal(1.3, days[1].GetProperty("values").GetProperty("w21003").GetDouble(), 10);
        var factors = daily.GetProperty("factors").EnumerateArray().ToDictionary(f => f.Str("factor"), f => f.GetProperty("indicator"));
        Assert.Equal("NH3N", factors["w21003"].GetString());
        Assert.Equal(JsonValueKind.Null, factors["w01010"].ValueKind); // water temperature is shown, not evaluated
    }

    [Fact]
    public async Task The_automatic_month_is_the_mean_of_its_daily_means_and_stays_apart_from_the_manual_evaluation()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var monthly = await monitor.GetFromJsonAsync<JsonElement>("/api/water/sections/WA-S1/automatic/monthly?from=2025-03&to=2025-04", TestApi.Ct);
        Assert.Equal("automatic", monthly.Str("basis"));
        Assert.Equal(["pH", "DO", "NH3N", "TP"], monthly.GetProperty("indicators").EnumerateArray().Select(i => i.GetString()));
        var months = monthly.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(0.9m, months[0].GetProperty("values").GetProperty("NH3N").GetDecimal());
        Assert.Equal(2, months[0].GetProperty("samples").GetInt32()); // days with data
        Assert.Equal("III", months[0].Str("class"));
        Assert.True(months[0].GetProperty("meetsTarget").GetBoolean());
        Assert.Equal("V", months[1].Str("class"));
        var exceeding = Assert.Single(months[1].GetProperty("exceeding").EnumerateArray());
        Assert.Equal(("NH3N", 0.60m), (exceeding.Str("indicator"), exceeding.GetProperty("multiple").GetDecimal()));

        // The manual evaluation knows nothing of the station: no sample, no class.
        var manual = await monitor.ListAsync("/api/water/sections/WA-S1/monthly?from=2025-03&to=2025-04");
        Assert.All(manual, m => Assert.Equal(JsonValueKind.Null, m.GetProperty("class").ValueKind));
    }

    [Fact]
    public async Task Periods_are_bounded_and_a_section_without_a_station_has_no_days()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        await (await monitor.GetAsync("/api/water/sections/WA-S1/automatic?from=2025-01-01&to=2026-03-01", TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        await (await monitor.GetAsync("/api/water/sections/WA-S1/automatic/monthly?from=2025-01&to=2026-01", TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        await (await monitor.GetAsync("/api/water/sections/WA-S1/automatic?from=2025-13-01", TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        await (await monitor.GetAsync("/api/water/sections/NOSUCH/automatic", TestApi.Ct)).ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
    }
}
