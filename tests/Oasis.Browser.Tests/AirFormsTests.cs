using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>The air page's forms (decisions 0504, 0506): monitoring staff propose a dust period and enter a review mark.</summary>
public sealed class AirFormsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Monitor_proposes_a_dust_period_through_the_form_and_sees_it_listed_as_proposed()
    {
        var page = await OpenTabAsync("沙尘过程");
        // Nothing filled: refused field by field, in Chinese.
        await page.GetByTestId("dust-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("dust-error")).ToContainTextAsync("开始时间: 必填。");
        await Assertions.Expect(page.GetByTestId("dust-error")).ToContainTextAsync("结束时间: 必填。");

        await page.GetByTestId("dust-start").FillAsync("2026-03-14T08:00");
        await page.GetByTestId("dust-end").FillAsync("2026-03-15T20:00");
        await page.GetByTestId("dust-station").SelectOptionAsync("CJ-A01");
        await page.GetByTestId("dust-evidence").FillAsync("PM10/PM2.5 比值 4.2，气象台沙尘天气公报 2026-03-14");
        await page.GetByTestId("dust-submit").ClickAsync();

        var row = page.Locator("[data-testid=dust-periods] tbody tr", new() { HasText = "气象台沙尘天气公报 2026-03-14" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("2026-03-14 08:00");
        await Assertions.Expect(row).ToContainTextAsync("2026-03-15 20:00");
        await Assertions.Expect(row).ToContainTextAsync("CJ-A01");
        await Assertions.Expect(row).ToContainTextAsync("待审批");
        await Assertions.Expect(row).ToContainTextAsync("demo.monitor");
        await Assertions.Expect(page.GetByTestId("dust-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Monitor_enters_a_review_mark_sees_it_listed_and_withdraws_it()
    {
        var page = await OpenTabAsync("数据审核");
        await page.GetByTestId("review-station").SelectOptionAsync("CJ-A01");
        await page.GetByTestId("review-pollutant").SelectOptionAsync("PM10");
        await page.GetByTestId("review-start").FillAsync("2026-02-10T09:00");
        await page.GetByTestId("review-end").FillAsync("2026-02-10T12:30");
        await page.GetByTestId("review-reason").SelectOptionAsync("calibration");
        await page.GetByTestId("review-evidence").FillAsync("零点/跨度校准记录 2026-02-10");
        // Not on the hour: refused with the API's words.
        await page.GetByTestId("review-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("review-error")).ToContainTextAsync("结束时间: 时间须为整点。");

        await page.GetByTestId("review-end").FillAsync("2026-02-10T12:00");
        await page.GetByTestId("review-save").ClickAsync();
        var row = page.Locator("[data-testid=review-marks] tbody tr", new() { HasText = "零点/跨度校准记录 2026-02-10" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("PM10");
        await Assertions.Expect(row).ToContainTextAsync("校准");
        await Assertions.Expect(row).ToContainTextAsync("2026-02-10 09:00");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-withdrawn", "false");

        await row.GetByTestId("review-withdraw").ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-withdrawn", "true");
        await Assertions.Expect(row).ToContainTextAsync("已撤销");
    }

    [Fact]
    public async Task Monitor_imports_the_national_confirmation_file_sees_its_row_errors_in_chinese_then_the_confirmed_period()
    {
        var page = await OpenTabAsync("沙尘过程");
        var bad = "start,end,station,confirmation\n2026-04-10T00:30:00+08:00,2026-04-11T00:00:00+08:00,,总站〔2026〕20号\n" +
            "2026-04-12T00:00:00+08:00,2026-04-13T00:00:00+08:00,NOPE,总站〔2026〕21号\n";
        // MudFileUpload adds a fresh input after each choice: the last one is the live one.
        await page.Locator("input[type=file]").Last.SetFileWhenReadyAsync(Csv("bad.csv", bad));
        var error = page.GetByTestId("dust-error");
        await Assertions.Expect(error).ToContainTextAsync("第 2 行 start: 时间须为整点。");
        await Assertions.Expect(error).ToContainTextAsync("第 3 行 station: 点位“NOPE”不存在。");

        var good = "start,end,station,confirmation\n2026-04-20T06:00:00+08:00,2026-04-20T18:00:00+08:00,CJ-A01,总站〔2026〕22号\n";
        await page.Locator("input[type=file]").Last.SetFileWhenReadyAsync(Csv("good.csv", good));
        var row = page.Locator("[data-testid=dust-periods] tbody tr", new() { HasText = "总站〔2026〕22号" });
        await Assertions.Expect(row).ToContainTextAsync("国家总站确认");
        await Assertions.Expect(row).ToContainTextAsync("2026-04-20 06:00");
        await Assertions.Expect(error).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Operator_without_the_monitoring_role_sees_the_lists_but_no_forms()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/air");
        await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Tab, new() { Name = "沙尘过程" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=dust-heading][data-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("dust-form")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("dust-import")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Tab, new() { Name = "数据审核" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=review-heading][data-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("review-form")).ToHaveCountAsync(0);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(text) };

    private async Task<IPage> OpenTabAsync(string tab)
    {
        var page = await fixture.LoggedInPageAsync("demo.monitor", fixture.Host.DemoPasswords["demo.monitor"]);
        await page.GotoAsync("/air");
        await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-ready=true][data-testid$='-heading']")).ToHaveCountAsync(1);
        return page;
    }
}
