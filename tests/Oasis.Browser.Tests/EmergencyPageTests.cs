using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>The 应急减排 page over the demo city's list: the sufficiency table with its flags, the list, the tasks panel; an enterprise sees only its own.</summary>
public sealed class EmergencyPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Enforcer_sees_the_sufficiency_flags_and_the_demo_list_and_an_enterprise_sees_neither_the_city_table_nor_other_rows()
    {
        var page = await fixture.LoggedInPageAsync("demo.enforcer", fixture.Host.DemoPasswords["demo.enforcer"]);
        await page.GotoAsync("/emergency");
        await Assertions.Expect(page.Locator("[data-testid=emergency-page][data-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("重污染天气应急减排")).ToBeVisibleAsync();
        var cells = page.Locator("[data-testid=emergency-sufficiency] tbody tr[data-level]");
        await Assertions.Expect(cells).ToHaveCountAsync(12);
        // Red SO2 is 29.95 % of the baseline: short; orange is short everywhere; yellow is enough.
        await Assertions.Expect(page.Locator("tr[data-level=red][data-pollutant=so2]")).ToHaveAttributeAsync("data-shortfall", "True");
        await Assertions.Expect(page.Locator("tr[data-level=yellow][data-pollutant=pm]")).ToHaveAttributeAsync("data-shortfall", "False");
        await Assertions.Expect(page.Locator("[data-testid=emergency-list] tbody tr[data-code]")).ToHaveCountAsync(36);
        await Assertions.Expect(page.Locator("[data-testid=emergency-list] tr[data-voluntary=true]")).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByTestId("emergency-no-tasks")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("emergency-reviews")).ToBeVisibleAsync();

        var company = await fixture.LoggedInPageAsync("demo.enterprise", fixture.Host.DemoPasswords["demo.enterprise"]);
        await company.GotoAsync("/emergency");
        await Assertions.Expect(company.Locator("[data-testid=emergency-page][data-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(company.GetByTestId("emergency-sufficiency")).ToHaveCountAsync(0);
        await Assertions.Expect(company.GetByTestId("emergency-reviews")).ToHaveCountAsync(0);
        await Assertions.Expect(company.Locator("[data-testid=emergency-list] tbody tr[data-code]")).ToHaveCountAsync(0);
    }
}
