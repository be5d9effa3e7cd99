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

        await page.GetByTestId("water-month").SelectOptionAsync("4");
        await Assertions.Expect(page.Locator("[data-testid=water-sections][data-period='2025-04'] tbody tr[data-section]")).ToHaveCountAsync(6);

        await page.Locator("tr[data-section=CJ-W06] a").ClickAsync();
        await Assertions.Expect(page.GetByTestId("section-title")).ToContainTextAsync("CJ-W06");
        await Assertions.Expect(page.Locator("[data-testid=section-months] tbody tr[data-month]")).ToHaveCountAsync(24);
    }
}
