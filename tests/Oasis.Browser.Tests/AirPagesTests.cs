using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>The air quality pages over the demo city's simulated hours (a day of backfill at first start).</summary>
public sealed class AirPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan DataWait = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Operator_chooses_a_national_station_and_sees_the_daily_table_and_calendar()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        var deadline = DateTime.UtcNow + DataWait;
        while (true)
        {
            await page.GotoAsync("/air");
            await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
            await page.GetByTestId("air-station").SelectOptionAsync("CJ-A01");
            // Rows of the chosen station only: the page first shows the city, then reloads for the station.
            var rows = page.Locator("[data-testid=air-table][data-station=CJ-A01] tbody tr[data-date]");
            try
            {
                await Assertions.Expect(rows.First).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                // The simulator's backfill has not reached the database yet.
            }
        }

        await Assertions.Expect(page.GetByText("空气质量日报与日历")).ToBeVisibleAsync();
        var dates = await page.Locator("[data-testid=air-table][data-station=CJ-A01] tbody tr[data-date]")
            .EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.date)");
        Assert.NotEmpty(dates);
        foreach (var date in dates)
        {
            await Assertions.Expect(page.Locator($"[data-testid=calendar-day][data-date='{date}']")).ToHaveAttributeAsync("data-present", "true");
        }

        Assert.Equal(dates.Length, await page.Locator("[data-testid=calendar-day][data-present=true]").CountAsync());
    }

    [Fact]
    public async Task Leader_sees_the_targets_of_the_year_with_the_trajectory_and_a_chart_against_the_target_line()
    {
        var page = await fixture.LoggedInPageAsync("demo.leader", fixture.Host.DemoPasswords["demo.leader"]);
        await page.GotoAsync("/air");
        await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Tab, new() { Name = "目标" }).ClickAsync();

        // No 2026 target is seeded: the year is measured against the plan's 2025 targets (decision 0503).
        var good = page.GetByTestId("target-good-ratio");
        await Assertions.Expect(good).ToContainTextAsync("城市空气质量优良天数比率");
        await Assertions.Expect(good).ToContainTextAsync("目标 78.4");
        await Assertions.Expect(page.GetByTestId("target-pm25")).ToContainTextAsync("目标 46.8");
        await Assertions.Expect(page.GetByTestId("target-heavy-ratio")).ToContainTextAsync("目标 7.7");
        await Assertions.Expect(good).ToContainTextAsync(new System.Text.RegularExpressions.Regex("最多还可以有 \\d+ 个非优良天|已无法达到|已达到|未达到"));
        // One chart per indicator, each with the actual line and the target line in its legend.
        var charts = page.Locator("[data-testid=targets] svg");
        await Assertions.Expect(charts.First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("累计优良天数比率（%）与目标")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Operator_generates_a_monthly_excel_report_and_downloads_it_from_the_history()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        await page.GotoAsync("/air");
        await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Tab, new() { Name = "报告", Exact = true }).ClickAsync();
        await page.GetByTestId("report-kind").SelectOptionAsync("monthly");
        await page.GetByTestId("report-format").SelectOptionAsync("xlsx");
        var before = await page.Locator("[data-testid=report-history] tbody tr").CountAsync();
        await page.GetByTestId("report-generate").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-history] tbody tr")).ToHaveCountAsync(before + 1);

        var newest = page.Locator("[data-testid=report-history] tbody tr").First;
        await Assertions.Expect(newest).ToContainTextAsync("月报");
        await Assertions.Expect(newest).ToContainTextAsync("demo.operator");
        var download = await page.RunAndWaitForDownloadAsync(() => newest.GetByText("下载").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitor_sees_the_city_aqi_and_category_on_the_public_page()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Host.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var deadline = DateTime.UtcNow + DataWait;
        // The page is cacheable for five minutes: each poll asks for a fresh copy, as a visitor would after that time.
        var attempt = 0;
        await page.GotoAsync("/public");
        while (await page.GetByTestId("public-aqi").CountAsync() == 0 && DateTime.UtcNow < deadline)
        {
            await Assertions.Expect(page.GetByTestId("public-no-data")).ToHaveTextAsync("尚无空气质量数据。");
            await Task.Delay(2_000, TestContext.Current.CancellationToken);
            await page.GotoAsync($"/public?poll={++attempt}");
        }

        Assert.DoesNotContain("/login", page.Url, StringComparison.Ordinal);
        var aqi = int.Parse(await page.GetByTestId("public-aqi").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(aqi, 0, 500);
        string[] categories = ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"];
        Assert.Contains((await page.GetByTestId("public-category").InnerTextAsync()).Trim(), categories);
        await Assertions.Expect(page.GetByTestId("public-advice")).ToContainTextAsync("健康提示");
        await Assertions.Expect(page.Locator("[data-testid=public-stations] tbody tr")).ToHaveCountAsync(2);

        // The language switch works on the static page too.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.GetByText("City air quality")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("public-category")).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("[\\u4e00-\\u9fff]"));
    }

    [Fact]
    public async Task Operator_opens_the_charts_tab_and_sees_trend_comparison_composition_and_an_honest_rose()
    {
        var page = await fixture.LoggedInPageAsync("demo.operator", fixture.Host.DemoPasswords["demo.operator"]);
        var deadline = DateTime.UtcNow + DataWait;
        while (true)
        {
            await page.GotoAsync("/air");
            await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
            await page.GetByRole(AriaRole.Tab, new() { Name = "图表分析" }).ClickAsync();
            try
            {
                // The last 30 days hold the simulator's backfill once it has reached the database.
                await Assertions.Expect(page.Locator("[data-testid=views-trend]:not([data-points='0'])"))
                    .ToHaveCountAsync(1, new LocatorAssertionsToHaveCountOptions { Timeout = 5_000 });
                break;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
            }
        }

        await Assertions.Expect(page.GetByText("PM2.5 浓度变化趋势（全市与所选点位）")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=views-trend] svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("views-trend")).ToContainTextAsync("GB 3095 二级浓度限值");
        await Assertions.Expect(page.Locator("[data-testid=views-comparison] svg").First).ToBeVisibleAsync();
        Assert.NotEqual("0", await page.GetByTestId("views-comparison").GetAttributeAsync("data-stations"));
        await Assertions.Expect(page.GetByTestId("views-composition")).ToContainTextAsync("污染物构成");
        // The simulated air stations send hourly wind (a01007/a01008, decision 0530): the station's rose is drawn.
        await Assertions.Expect(page.GetByTestId("views-rose")).ToHaveAttributeAsync("data-has-wind", "true");
        await Assertions.Expect(page.Locator("[data-testid=views-rose] svg").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByTestId("rose-no-wind").CountAsync());

        // Monthly means: the trend redraws against the annual limit.
        await page.GetByTestId("views-step").SelectOptionAsync("month");
        await Assertions.Expect(page.GetByTestId("views-trend")).ToContainTextAsync("年平均");

        // The city's rose pools its evaluation stations, each with its own wind.
        await page.GetByTestId("views-station").SelectOptionAsync("city");
        await Assertions.Expect(page.GetByTestId("rose-city")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("views-rose")).ToHaveAttributeAsync("data-has-wind", "true");
    }
}
