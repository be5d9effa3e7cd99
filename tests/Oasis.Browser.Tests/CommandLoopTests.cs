using System.Globalization;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;
using Oasis.Hj212;

namespace Oasis.Browser.Tests;

/// <summary>
/// The command centre's whole loop in the browser (issue #5, "find a problem, dispatch it, handle it"): an hourly value
/// sent over the device port raises an alarm; the operator opens it, makes a work order from it and dispatches it; the
/// grid manager on his phone accepts, starts and reports; the operator closes it, and the alarm is cleared with it.
/// </summary>
public sealed class CommandLoopTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Station = "LOOP-M001";
    private const string Mn = "LOOPMN00000000000000A001";
    private const string Password = "pw-loop";

    [Fact]
    public async Task A_packet_becomes_an_alarm_an_order_a_phone_report_and_a_closed_order()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.ApiClientAsync("admin", HostProcess.AdminPassword);
        (await admin.PostAsJsonAsync("/api/stations", new
        {
            code = Station, name = "闭环测试微站", kind = "micro", latitude = 44.02, longitude = 87.30, gridCode = "CJ-G001", evaluation = false,
            pollutants = new[] { "PM2.5" },
        }, ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/devices", new
        {
            mn = Mn, password = Password, systemCode = "22", protocol = "2017", realtimeIntervalSeconds = 30, minuteIntervalMinutes = 10,
            stationCode = Station, factors = new[] { new { code = "a34004", unit = "µg/m³", min = 0.0, max = 1000.0 } },
        }, ct)).EnsureSuccessStatusCode();

        // The last complete hour at PM2.5 130 µg/m³ (IAQI 171, 中度污染): the PM25-MODERATE rule fires a few seconds later.
        var now = DateTime.UtcNow.AddHours(8);
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0).AddHours(-1);
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync("127.0.0.1", fixture.Host.Hj212Port, ct);
            var packet = Hj212Commands.DataUpload(new DeviceIdentity(Mn, Password, "22"), hour.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "061",
                2061, hour, [FactorSample.Single("a34004", FieldKind.Avg, 130)]).ToPacket();
            await tcp.GetStream().WriteAsync(packet, ct);
            var answer = new byte[512];
            _ = await tcp.GetStream().ReadAsync(answer, ct); // the data answer comes after the commit
        }

        using var operatorApi = await fixture.ApiClientAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        var alarmId = await AlarmIdAsync(operatorApi, ct);

        // The operator: the alarm's page → a work order from it → dispatched to the grid's manager.
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync($"/command/alarms/{alarmId}");
        await Assertions.Expect(page.Locator("[data-testid=alarm-page][data-interactive=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("alarm-state")).ToHaveTextAsync("已报警");
        await page.GetByTestId("alarm-create-order").ClickAsync();
        await page.GetByTestId("order-create-save").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/command/orders/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=order-page][data-interactive=true]")).ToHaveCountAsync(1);
        var orderId = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("order-snapshot")).ToContainTextAsync("130");
        await page.GetByTestId("order-dispatch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-state")).ToContainTextAsync("已派发");

        // The grid manager on his phone: accept, start, report.
        var phone = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Host.BaseUrl, Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var mobile = await phone.NewPageAsync();
        mobile.SetDefaultTimeout(30_000);
        await mobile.GotoAsync($"/m/orders/{orderId}");
        await mobile.GetByTestId("username").FillAsync("demo.grid");
        await mobile.GetByTestId("password").FillAsync(fixture.Host.DemoPasswords["demo.grid"]);
        await mobile.GetByTestId("login-submit").ClickAsync();
        await mobile.WaitForURLAsync(url => url.EndsWith($"/m/orders/{orderId}", StringComparison.Ordinal));
        await mobile.GetByTestId("m-accept").TapAsync();
        await Assertions.Expect(mobile.GetByTestId("m-done")).ToHaveTextAsync("已接单。");
        await mobile.GetByTestId("m-start").TapAsync();
        await Assertions.Expect(mobile.GetByTestId("m-state")).ToHaveTextAsync("处置中");
        await mobile.GetByTestId("m-report-text").FillAsync("露天焚烧垃圾，已制止并清理。");
        await mobile.GetByTestId("m-report").TapAsync();
        await Assertions.Expect(mobile.GetByTestId("m-state")).ToHaveTextAsync("已反馈");
        await phone.CloseAsync();

        // The operator sees the report on the open order page and closes it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=order-page][data-interactive=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("order-state")).ToContainTextAsync("已反馈");
        await page.GetByTestId("order-close").ClickAsync();
        await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "办结" }).ClickAsync(); // the confirmation
        await Assertions.Expect(page.GetByTestId("order-state")).ToContainTextAsync("已办结");
        await Assertions.Expect(page.GetByTestId("order-timeline")).ToContainTextAsync("露天焚烧垃圾，已制止并清理。");

        var order = await operatorApi.GetFromJsonAsync<JsonElement>($"/api/work-orders/{orderId}", ct);
        Assert.Equal(["create", "dispatch", "accept", "start", "report", "close"],
            order.GetProperty("timeline").EnumerateArray().Select(s => s.GetProperty("action").GetString()!).ToArray());
        var alarm = await operatorApi.GetFromJsonAsync<JsonElement>($"/api/alarms/{alarmId}", ct);
        Assert.Equal(orderId, alarm.GetProperty("workOrderId").GetInt64());
        Assert.Contains(alarm.GetProperty("history").EnumerateArray(), c => c.GetProperty("to").GetString() == "handling");
    }

    /// <summary>The station's PM25-MODERATE alarm, once the alarm worker has run after the data (it runs 2 s after a commit).</summary>
    private static async Task<long> AlarmIdAsync(HttpClient api, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var alarms = await api.GetFromJsonAsync<JsonElement[]>("/api/alarms?state=open", ct);
            if (alarms!.FirstOrDefault(a => a.GetProperty("station").GetString() == Station && a.GetProperty("rule").GetString() == "PM25-MODERATE")
                is { ValueKind: JsonValueKind.Object } found)
            {
                return found.GetProperty("id").GetInt64();
            }

            await Task.Delay(500, ct);
        }

        throw new InvalidOperationException("no PM25-MODERATE alarm for the station within a minute of its data");
    }
}
