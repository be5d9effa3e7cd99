using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>
/// The operator's side of the command loop in the browser: a work order created by hand and dispatched on the work-order
/// pages, the notification bell counting up live when the grid manager refuses it, and the command pages shown to staff only.
/// </summary>
public sealed partial class OperatorConsoleTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly (string Nav, string Heading)[] Pages =
        [("nav-alarms", "报警"), ("nav-orders", "工单"), ("nav-rules", "报警规则"), ("nav-duty", "值班")];

    [Fact]
    public async Task The_operator_creates_an_order_by_hand_dispatches_it_and_the_bell_counts_the_grid_managers_refusal()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/command/orders");
        await Assertions.Expect(page.Locator("[data-testid=orders-page][data-interactive=true]")).ToHaveCountAsync(1);
        await page.GetByTestId("order-new").ClickAsync();
        await page.GetByTestId("order-grid").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "CJ-G001" }).First.ClickAsync();
        // The list closes when the circuit has taken the choice: only then is the grid set (saving earlier found no grid).
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        var title = page.Locator("[data-testid=order-title] input, input[data-testid=order-title]").First;
        await title.FillAsync("巡查建筑工地扬尘");
        await title.PressAsync("Tab");
        await page.GetByTestId("order-create-save").ClickAsync();

        // Saving creates the order and opens its page; on CI's PostgreSQL pass two suites share two cores, so allow a minute,
        // and if the page never opens, say what the dialog showed instead of only "timeout".
        try
        {
            await page.WaitForURLAsync(OrderUrl(), new PageWaitForURLOptions { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var dialog = page.Locator(".mud-dialog");
            Assert.Fail("The order page did not open after saving; the dialog shows: "
                + (await dialog.CountAsync() > 0 ? await dialog.First.InnerTextAsync() : "no dialog") + "; url " + page.Url);
        }

        var id = long.Parse(OrderUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByTestId("order-state")).ToContainTextAsync("待派发");
        await page.GetByTestId("order-dispatch").ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-state")).ToContainTextAsync("已派发");
        await Assertions.Expect(page.GetByTestId("order-assignee-list")).ToContainTextAsync("demo.grid");

        // The bell: the grid manager refuses over the HTTP API; the operator on duty is told, and the count rises without a reload.
        var unread = page.GetByTestId("notification-bell");
        var before = int.Parse(await unread.GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture);
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");
        using var grid = await fixture.ApiClientAsync("demo.grid", fixture.Host.DemoPasswords["demo.grid"]);
        (await grid.PostAsJsonAsync($"/api/work-orders/{id}/refuse", new { reason = "不在本网格" }, TestContext.Current.CancellationToken))
            .EnsureSuccessStatusCode();
        // Alarms of the demonstration city notify the operator too: the count rises by at least the refusal.
        await page.WaitForFunctionAsync("n => Number(document.querySelector('[data-testid=notification-bell]').dataset.count) > n", before);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page was reloaded");

        await unread.ClickAsync();
        var refusal = page.GetByTestId("notification-item").Filter(new LocatorFilterOptions { HasText = $"工单 {id} 被网格员退回" });
        await Assertions.Expect(refusal).ToHaveCountAsync(1);
        await Assertions.Expect(refusal.GetByRole(AriaRole.Button)).ToHaveCountAsync(1); // 标为已读
        await page.GetByTestId("notification-read-all").ClickAsync();
        await Assertions.Expect(refusal.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("demo.operator")]
    [InlineData("demo.leader")]
    [InlineData("demo.grid")]
    public async Task Staff_see_the_command_pages_in_the_menu_and_each_page_renders(string user)
    {
        var page = await fixture.LoggedInPageAsync(user, fixture.Host.DemoPasswords[user]);
        foreach (var (nav, heading) in Pages)
        {
            var link = page.GetByTestId(nav);
            await Assertions.Expect(link).ToBeVisibleAsync();
            await page.GotoAsync(await link.GetAttributeAsync("href") ?? "");
            await Assertions.Expect(page.Locator("h5").Filter(new LocatorFilterOptions { HasText = heading }).First).ToBeVisibleAsync();
        }

        await page.GotoAsync("/command/rules");
        await Assertions.Expect(page.Locator("[data-testid=rule-table] tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("rule-new")).ToHaveCountAsync(user == "demo.operator" ? 1 : 0);
    }

    [Fact]
    public async Task Others_do_not_see_the_command_pages_in_the_menu_nor_open_them()
    {
        var page = await fixture.LoggedInPageAsync("demo.enterprise", fixture.Host.DemoPasswords["demo.enterprise"]);
        await Assertions.Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
        foreach (var (nav, _) in Pages)
        {
            await Assertions.Expect(page.GetByTestId(nav)).ToHaveCountAsync(0);
        }

        await page.GotoAsync("/command/orders");
        await Assertions.Expect(page.GetByTestId("order-table")).ToHaveCountAsync(0);
    }

    [GeneratedRegex(@"/command/orders/(\d+)$")]
    private static partial Regex OrderUrl();
}
