using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>Monitoring staff watch the device port: counters move as the demonstration devices report.</summary>
public sealed class IngestPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Monitor_sees_packets_arrive_and_the_device_activity_without_reloading()
    {
        var page = await fixture.LoggedInPageAsync("demo.monitor", fixture.Host.DemoPasswords["demo.monitor"]);
        await page.GotoAsync("/ingest");
        await Assertions.Expect(page.GetByText("HJ 212 数据接入")).ToBeVisibleAsync();
        var received = page.GetByTestId("ingest-received");
        var first = long.Parse((await received.InnerTextAsync()).Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

        // The demo devices keep reporting (real-time data every 60 s at most); the page refreshes itself every 5 s.
        await Assertions.Expect(received).Not.ToHaveTextAsync(first.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            new LocatorAssertionsToHaveTextOptions { Timeout = 90_000 });
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "设备上报" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=device-activity] tbody tr").First).ToBeVisibleAsync();
    }
}
