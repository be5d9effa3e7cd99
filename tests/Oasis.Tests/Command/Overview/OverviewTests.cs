using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Oasis.CommandCentre.Live;
using Oasis.Data;
using Oasis.Hj212;
using Oasis.Tests.Ingest;

namespace Oasis.Tests.CommandCentre.Overview;

/// <summary><c>GET /api/command/overview</c> and <c>/api/command/playback</c> through the real host, fed over a real HJ 212 socket.</summary>
public sealed class OverviewTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string OwnStation = "LV-M001";   // in demo.grid's grid
    private const string OtherStation = "LV-M002"; // in another grid

    private Task SeedAsync() => Records.OnceAsync(factory, "live-overview", async () =>
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "stations", Records.New("stations", OwnStation));
        var other = JsonSerializer.SerializeToElement(Records.New("stations", OtherStation));
        var record = JsonSerializer.Deserialize<Dictionary<string, object?>>(other.GetRawText())!;
        record["gridCode"] = Records.OtherGrid;
        await Records.CreateAsync(admin, "stations", record);
        foreach (var (mn, station) in new[] { ("LVMN000000000000000000A1", OwnStation), ("LVMN000000000000000000A2", OtherStation) })
        {
            var response = await admin.PostAsJsonAsync("/api/devices", new
            {
                mn, password = "pw-live", systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30, minuteIntervalMinutes = 10,
                stationCode = station, factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0.0, max = 1000.0 } },
            }, TestApi.Ct);
            response.EnsureSuccessStatusCode();
        }

        await using var device = await Hj212Client.ConnectAsync(factory);
        var now = DateTime.UtcNow.AddHours(8);
        var time = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second);
        var n = 0;
        foreach (var (mn, pm25) in new[] { ("LVMN000000000000000000A1", 180.0), ("LVMN000000000000000000A2", 20.0) })
        {
            var qn = $"{time:yyyyMMddHHmmss}{++n:000}";
            await device.SendAsync(Hj212Commands.DataUpload(new DeviceIdentity(mn, "pw-live", "22"), qn, 2011, time,
                [FactorSample.Single("a34004", FieldKind.Rtd, pm25), FactorSample.Single("a34002", FieldKind.Rtd, pm25)]));
            await device.WaitForAnswerAsync(a => a.Contains("QN=" + qn, StringComparison.Ordinal) && a.Contains("CN=9014", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10));
        }
    });

    /// <summary>The overview once the live state holds the stations' packets (it applies them a moment after the commit).</summary>
    private async Task<JsonElement> OverviewAsync(string user, Func<JsonElement, bool> until)
    {
        var client = await factory.UserAsync(user);
        for (var attempt = 0; ; attempt++)
        {
            var overview = await client.GetFromJsonAsync<JsonElement>("/api/command/overview", TestApi.Ct);
            if (until(overview) || attempt == 100)
            {
                return overview;
            }

            await Task.Delay(100, TestApi.Ct);
        }
    }

    private static JsonElement? Find(JsonElement overview, string code) =>
        overview.GetProperty("stations").EnumerateArray().Where(s => s.Str("code") == code).Select(s => (JsonElement?)s).FirstOrDefault();

    [Fact]
    public async Task A_packet_over_tcp_shows_in_the_overview_with_its_indicative_aqi()
    {
        await SeedAsync();

        var overview = await OverviewAsync("demo.operator", o => Find(o, OwnStation)?.GetProperty("aqi").ValueKind == JsonValueKind.Number);

        var station = Find(overview, OwnStation)!.Value;
        Assert.Equal(180, station.GetProperty("values").GetProperty("PM2.5").GetDouble());
        Assert.Equal(180, station.GetProperty("values").GetProperty("PM10").GetDouble());
        // HJ 633-2026, PM2.5 180 between 150 (200) and 250 (300) → 230; PM10 180 → 50 + ... below it.
        Assert.Equal(230, station.GetProperty("aqi").GetInt32());
        Assert.Equal(["PM2.5"], station.GetProperty("primary").EnumerateArray().Select(p => p.GetString()!));
        Assert.True(station.GetProperty("indicative").GetBoolean());
        Assert.EndsWith("+08:00", station.Str("time"), StringComparison.Ordinal);
        Assert.Equal(24, overview.GetProperty("cityAqi").GetProperty("hours").GetArrayLength());
        Assert.Equal("2026", overview.GetProperty("cityAqi").Str("edition"));
    }

    [Fact]
    public async Task After_a_restart_the_live_state_starts_from_the_stored_last_hour()
    {
        await SeedAsync();
        await OverviewAsync("demo.operator", o => Find(o, OwnStation)?.GetProperty("aqi").ValueKind == JsonValueKind.Number);

        // What the worker reads at start, into a book that has never seen a packet.
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var (devices, stations) = await LiveAirLoader.DirectoryAsync(db, TestApi.Ct);
        var book = new LiveAirBook();
        book.SetDirectory(devices, stations);
        var now = DateTime.UtcNow;
        foreach (var (code, hours) in await LiveAirLoader.HoursAsync(db, LiveAirLoader.AirDevices(devices), now, TestApi.Ct))
        {
            book.SetHours(code, hours);
        }

        foreach (var packet in await LiveAirLoader.RecentAsync(db, LiveAirLoader.AirDevices(devices).Keys, now, TestApi.Ct))
        {
            Assert.True(book.Apply(packet));
        }

        var station = Assert.Single(book.Snapshot(now, 1).Stations, s => s.Info.Code == OwnStation);
        Assert.Equal(230, station.Aqi.Aqi);
        Assert.Equal(180, station.Values["PM2.5"].Value);
    }

    [Fact]
    public async Task A_fresh_demo_city_has_no_open_alarms_and_no_work_orders()
    {
        await SeedAsync();

        var overview = await OverviewAsync("demo.operator", _ => true);

        var alarms = overview.GetProperty("alarmsByLevel");
        Assert.Equal(["general", "serious", "severe"], alarms.EnumerateObject().Select(p => p.Name).Order());
        Assert.All(alarms.EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
        Assert.All(overview.GetProperty("ordersByState").EnumerateObject(), p => Assert.Equal(0, p.Value.GetInt32()));
        Assert.Equal(JsonValueKind.Array, overview.GetProperty("onDuty").ValueKind);
    }

    [Fact]
    public async Task A_grid_manager_sees_only_the_stations_of_his_grid()
    {
        await SeedAsync();
        await OverviewAsync("demo.operator", o => Find(o, OtherStation)?.GetProperty("values").TryGetProperty("PM2.5", out _) == true);

        var operatorView = await OverviewAsync("demo.operator", _ => true);
        var gridView = await OverviewAsync("demo.grid", _ => true);

        Assert.NotNull(Find(operatorView, OtherStation));
        Assert.NotNull(Find(gridView, OwnStation));
        Assert.Null(Find(gridView, OtherStation));
        Assert.All(gridView.GetProperty("stations").EnumerateArray(), s => Assert.Equal(Records.OwnGrid, s.Str("grid")));
        // The city's AQI is published: the grid manager reads the same figure.
        Assert.Equal(operatorView.GetProperty("cityAqi").GetProperty("hours").GetArrayLength(), gridView.GetProperty("cityAqi").GetProperty("hours").GetArrayLength());
    }

    [Fact]
    public async Task The_playback_has_a_frame_every_five_minutes_for_24_hours_within_the_scope()
    {
        await SeedAsync();
        // The playback replays stored minute data (2051): one minute record ten minutes ago, PM2.5 and PM10 180.
        await using (var device = await Hj212Client.ConnectAsync(factory))
        {
            var now = DateTime.UtcNow.AddHours(8).AddMinutes(-10);
            var minute = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0);
            var qn = $"{minute:yyyyMMddHHmmss}900";
            await device.SendAsync(Hj212Commands.DataUpload(new DeviceIdentity("LVMN000000000000000000A1", "pw-live", "22"), qn, 2051, minute,
                [FactorSample.Single("a34004", FieldKind.Avg, 180), FactorSample.Single("a34002", FieldKind.Avg, 180)]));
            await device.WaitForAnswerAsync(a => a.Contains("QN=" + qn, StringComparison.Ordinal) && a.Contains("CN=9014", StringComparison.Ordinal),
                TimeSpan.FromSeconds(10));
        }

        var grid = await factory.UserAsync("demo.grid");

        var playback = await grid.GetFromJsonAsync<JsonElement>("/api/command/playback", TestApi.Ct);

        Assert.Equal(5, playback.GetProperty("stepMinutes").GetInt32());
        var frames = playback.GetProperty("frames").EnumerateArray().ToList();
        Assert.Equal(289, frames.Count);
        Assert.EndsWith("+08:00", frames[0].Str("time"), StringComparison.Ordinal);
        Assert.All(frames, f => Assert.DoesNotContain(f.GetProperty("stations").EnumerateObject(), s => s.Name == OtherStation));
        var own = frames[^1].GetProperty("stations").EnumerateObject().Single(s => s.Name == OwnStation).Value;
        // Each station carries its individual indices so that the map can be replayed by pollutant; the AQI is the largest.
        var iaqi = own.GetProperty("iaqi").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(230, iaqi["PM2.5"]); // HJ 633-2026: PM2.5 180 between 150 (IAQI 200) and 250 (300)
        Assert.True(iaqi["PM10"] < 230);
        Assert.Equal(230, own.GetProperty("aqi").GetInt32());
    }

    [Fact]
    public async Task A_playback_ending_in_the_future_is_refused()
    {
        var operatorClient = await factory.UserAsync("demo.operator");
        var to = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"));

        using var response = await operatorClient.GetAsync($"/api/command/playback?to={to}", TestApi.Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("to", Assert.Single(problem.Errors()).Field);
    }
}
