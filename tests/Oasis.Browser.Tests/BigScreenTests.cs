using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.Playwright;
using Oasis.Hj212;

namespace Oasis.Browser.Tests;

/// <summary>
/// The command centre's big screen (大屏) follows the device port live: an HJ 212 packet sent over a real socket shows
/// on the open screen without a reload. The push latency (packet written → value in the page) is measured and printed.
/// </summary>
public sealed class BigScreenTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Station = "BS-M001";
    private const string Mn = "BSMN0000000000000000A001";
    private const string Password = "pw-screen";

    [Fact]
    public async Task The_big_screen_shows_a_packet_sent_over_tcp_without_reloading()
    {
        await RegisterAsync();
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/command/screen");
        await Assertions.Expect(page.Locator("[data-testid=big-screen][data-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg[data-testid=air-map] path.bs-grid")).ToHaveCountAsync(167);
        await Assertions.Expect(page.GetByTestId("worst-stations").Locator($"tr[data-code={Station}]")).ToHaveCountAsync(0);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", fixture.Host.Hj212Port, TestContext.Current.CancellationToken);
        var stream = tcp.GetStream();
        var start = DateTime.UtcNow.AddHours(8).AddMinutes(-2);
        var latencies = new List<double>();
        var sent = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            // PM2.5 400, 410, …: the screen shows the moving 1-hour mean of the values sent so far.
            var pm25 = 400 + (10 * i);
            sent.Add(pm25);
            var expected = Math.Round(sent.Average(), MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
            var time = start.AddSeconds(i);
            var packet = Hj212Commands.DataUpload(new DeviceIdentity(Mn, Password, "22"), time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "001",
                2011, time, [FactorSample.Single("a34004", FieldKind.Rtd, pm25), FactorSample.Single("a34002", FieldKind.Rtd, pm25)]).ToPacket();
            var clock = Stopwatch.StartNew();
            await stream.WriteAsync(packet, TestContext.Current.CancellationToken);
            await page.WaitForFunctionAsync(
                "([code, value]) => document.querySelector(`[data-testid=worst-stations] tr[data-code='${code}'] [data-testid=station-pm25]`)?.textContent === value",
                new object[] { Station, expected }, new PageWaitForFunctionOptions { PollingInterval = 10, Timeout = 15_000 });
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        // The first packet: PM2.5 400 under HJ 633-2026 (350 → 400, 500 → 500) rates 434, marked indicative (参考).
        var row = page.GetByTestId("worst-stations").Locator($"tr[data-code={Station}]");
        await Assertions.Expect(row).ToContainTextAsync("参考");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");
        latencies.Sort();
        var report = string.Create(CultureInfo.InvariantCulture,
            $"big-screen push latency over {latencies.Count} packets (TCP write → value in the page): median {latencies[latencies.Count / 2]:0} ms, min {latencies[0]:0} ms, max {latencies[^1]:0} ms");
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.WriteLine(report);

        // The 24-hour playback from stored history: 289 frames at 5-minute steps, then back to live.
        await page.GetByTestId("playback-open").ClickAsync();
        await Assertions.Expect(page.GetByTestId("playback-slider")).ToHaveAttributeAsync("max", "288",
            new LocatorAssertionsToHaveAttributeOptions { Timeout = 60_000 });
        // The city chart replays with the map (its marker at the frame), and the map can be replayed by pollutant.
        await Assertions.Expect(page.GetByTestId("city-24h-playback")).ToHaveAttributeAsync("data-frame", "0");
        await page.GetByTestId("measure-PM2.5").ClickAsync();
        await Assertions.Expect(page.GetByTestId("measure-PM2.5")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bon\b"));
        await page.GetByTestId("playback-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("live-badge")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_new_work_order_is_counted_on_the_open_big_screen_without_waiting_for_a_refresh()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/command/screen");
        await Assertions.Expect(page.Locator("[data-testid=big-screen][data-ready=true]")).ToHaveCountAsync(1);
        var pending = page.GetByTestId("orders-by-state").Locator(".bs-tally[data-code=pending] b");
        await Assertions.Expect(pending).ToHaveCountAsync(1);
        var before = int.Parse(await pending.InnerTextAsync(), CultureInfo.InvariantCulture);

        using var http = await fixture.ApiClientAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        var ct = TestContext.Current.CancellationToken;
        (await http.PostAsJsonAsync("/api/work-orders", new { gridCode = "CJ-G002", title = "大屏计数推送测试" }, ct)).EnsureSuccessStatusCode();

        // Pushed on the change: well inside the minute of the screen's own periodic reload.
        await Assertions.Expect(pending).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture),
            new LocatorAssertionsToHaveTextOptions { Timeout = 20_000 });
    }

    [Fact]
    public async Task The_operator_console_lists_the_stations_live_and_links_to_the_big_screen()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/command");
        await Assertions.Expect(page.GetByText("指挥调度台").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=console-stations] tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("open-big-screen")).ToHaveAttributeAsync("href", "/command/screen");
    }

    private async Task RegisterAsync()
    {
        using var http = await fixture.ApiClientAsync("admin", HostProcess.AdminPassword);
        var ct = TestContext.Current.CancellationToken;
        (await http.PostAsJsonAsync("/api/stations", new
        {
            code = Station, name = "大屏测试微站", kind = "micro", latitude = 44.06, longitude = 87.24, gridCode = "CJ-G002", evaluation = false,
            pollutants = new[] { "PM2.5", "PM10" },
        }, ct)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync("/api/devices", new
        {
            mn = Mn, password = Password, systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30, minuteIntervalMinutes = 5,
            stationCode = Station, factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0.0, max = 1000.0 } },
        }, ct)).EnsureSuccessStatusCode();
    }
}
