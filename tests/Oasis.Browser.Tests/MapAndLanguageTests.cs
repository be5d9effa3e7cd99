using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>A person's first steps: log in, open the map, see the whole city, switch language.</summary>
public sealed class MapAndLanguageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Admin_logs_in_opens_the_map_sees_167_grids_and_switches_to_english()
    {
        var page = await fixture.LoggedInPageAsync("admin", HostProcess.AdminPassword);
        Assert.Equal("admin", await page.GetByTestId("current-user").InnerTextAsync());
        Assert.Equal("演示数据", await page.GetByTestId("demo-banner").InnerTextAsync());

        await page.GotoAsync("/map");
        await Assertions.Expect(page.Locator("svg[data-testid=map][data-ready=true]")).ToHaveCountAsync(1);
        var grids = page.Locator("svg[data-testid=map] path.grid");
        await Assertions.Expect(grids).ToHaveCountAsync(167);
        await Assertions.Expect(page.Locator("svg[data-testid=map] circle.station[data-kind=micro]")).ToHaveCountAsync(60);
        await Assertions.Expect(page.GetByText("网格与监测点位地图")).ToBeVisibleAsync();

        // Click a grid: its record appears beside the map.
        await grids.First.ClickAsync(new LocatorClickOptions { Force = true });
        await Assertions.Expect(page.GetByTestId("map-detail")).ToContainTextAsync("CJ-G");

        // Filter out micro-stations.
        await page.GetByTestId("kind-micro").DispatchEventAsync("click");
        await Assertions.Expect(page.Locator("svg[data-testid=map] circle.station[data-kind=micro]")).ToHaveCountAsync(0);

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByText("Grids and monitoring stations")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg[data-testid=map] path.grid")).ToHaveCountAsync(167);
        await Assertions.Expect(page.GetByTestId("demo-banner")).ToHaveTextAsync("Demonstration data");
    }

    [Fact]
    public async Task Wrong_password_shows_a_chinese_message_on_the_login_page()
    {
        // An English browser still gets the Chinese login page: the UI is Chinese first.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Host.BaseUrl, Locale = "en-US" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByTestId("username").FillAsync("admin");
        await page.GetByTestId("password").FillAsync("not-the-password");
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("用户名或密码不正确。");
    }

    [Fact]
    public async Task Grid_manager_sees_only_the_grid_in_scope_on_the_map()
    {
        var page = await fixture.LoggedInPageAsync("demo.grid", fixture.Host.DemoPasswords["demo.grid"]);
        await page.GotoAsync("/map");
        await Assertions.Expect(page.Locator("svg[data-testid=map] path.grid")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Registry_page_lists_grids_and_searches()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/registry/grids?q=CJ-G001");
        var rows = page.Locator("[data-testid=registry-table] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("CJ-G001");
    }
}
