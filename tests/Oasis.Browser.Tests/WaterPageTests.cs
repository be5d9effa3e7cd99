using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>The water page over the demo city's synthetic samples.</summary>
public sealed class WaterPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Monitor_sees_the_six_demo_sections_with_their_classes_and_opens_one()
    {
        var page = await fixture.LoggedInPageAsync("demo.monitor", fixture.Host.DemoPasswords["demo.monitor"]);
        await page.GotoAsync("/water");
        await Assertions.Expect(page.Locator("[data-testid=water-controls][data-ready=true]")).ToHaveCountAsync(1);
        var rows = page.Locator("[data-testid=water-sections][data-period='2025'] tbody tr[data-section]");
        await Assertions.Expect(rows).ToHaveCountAsync(6);
        var classes = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.class)");
        Assert.All(classes, c => Assert.Contains(c, new[] { "I", "II", "III", "IV", "V", "劣V" }));
        await Assertions.Expect(page.GetByTestId("water-indicators")).ToContainTextAsync("地表水（河流）达到或好于Ⅲ类水体比例");

        // A monthly report from the page lands in the history with its download link.
        await page.GetByTestId("water-report-generate").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=water-report-history] tbody tr a[href^='/api/water/reports/']")).Not.ToHaveCountAsync(0);

        await page.GetByTestId("water-month").SelectOptionAsync("4");
        await Assertions.Expect(page.Locator("[data-testid=water-sections][data-period='2025-04'] tbody tr[data-section]")).ToHaveCountAsync(6);

        await page.Locator("tr[data-section=CJ-W06] a").ClickAsync();
        await Assertions.Expect(page.GetByTestId("section-title")).ToContainTextAsync("CJ-W06");
        await Assertions.Expect(page.Locator("[data-testid=section-months] tbody tr[data-month]")).ToHaveCountAsync(24);
        await Assertions.Expect(page.GetByTestId("section-seasonal-kendall")).ToContainTextAsync("季节性 Kendall");
        // The serial-correlation corrected test beside it (decision 0318); the demo's two years are too few for either.
        await Assertions.Expect(page.GetByTestId("section-seasonal-kendall-corrected")).ToContainTextAsync("Hirsch–Slack 1984");
        // The automatic station beside the manual months: twelve months of its own evaluation, labelled as such.
        await Assertions.Expect(page.Locator("[data-testid=automatic-months] tbody tr[data-month]")).ToHaveCountAsync(12);
        await Assertions.Expect(page.GetByTestId("automatic-basis")).ToContainTextAsync("与手工监测评价分开");
    }

    [Fact]
    public async Task The_map_colours_sections_by_class_and_the_dashboard_shows_the_water_indicators()
    {
        var page = await fixture.LoggedInPageAsync("demo.leader", fixture.Host.DemoPasswords["demo.leader"]);
        await page.GotoAsync("/map");
        await Assertions.Expect(page.Locator("svg[data-testid=map][data-ready=true]")).ToHaveCountAsync(1);
        var sections = page.Locator("svg[data-testid=map] circle.station[data-kind=water-section]");
        await Assertions.Expect(sections).ToHaveCountAsync(6);
        var colours = await sections.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.class + ' ' + c.getAttribute('fill'))");
        var byClass = new Dictionary<string, string> { ["I"] = "#1e88e5", ["II"] = "#1e88e5", ["III"] = "#43a047", ["IV"] = "#fdd835", ["V"] = "#fb8c00", ["劣V"] = "#e53935" };
        Assert.All(colours, c => Assert.Equal(byClass[c.Split(' ')[0]], c.Split(' ')[1]));
        await Assertions.Expect(page.GetByTestId("map-water-legend")).ToBeVisibleAsync();

        await page.GotoAsync("/");
        var card = page.GetByTestId("water-indicators");
        await Assertions.Expect(card.Locator("tr[data-indicator]")).ToHaveCountAsync(8);
        await Assertions.Expect(card.Locator("tr[data-indicator=groundwater]")).ToContainTextAsync("暂不可计算");
        await Assertions.Expect(card.Locator("tr[data-indicator=rural-sewage]")).ToContainTextAsync("30.0% (2020)"); // the plan's baseline, entered by the demo
        await Assertions.Expect(card.Locator("tr[data-indicator=black-odorous]")).ToContainTextAsync("目标：不新增");
    }
}
