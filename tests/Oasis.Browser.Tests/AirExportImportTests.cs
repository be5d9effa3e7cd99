using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>The air page's export and import tab (decisions 0513, 0514).</summary>
public sealed partial class AirExportImportTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string PrsaHeader = "\"No\",\"year\",\"month\",\"day\",\"hour\",\"PM2.5\",\"PM10\",\"SO2\",\"NO2\",\"CO\",\"O3\",\"TEMP\",\"PRES\",\"DEWP\",\"RAIN\",\"wd\",\"WSPM\",\"station\"";

    [Fact]
    public async Task Monitor_uploads_a_prsa_file_watches_the_progress_reach_done_and_reads_the_summary()
    {
        var page = await OpenTabAsync("demo.monitor");
        var rows = Enumerable.Range(0, 24).Select(h => string.Create(CultureInfo.InvariantCulture,
            $"{h + 1},2013,3,1,{h},{20 + h},40,4,7,300,77,-0.7,1023,-18.8,0,\"NNW\",4.4,\"BRW-PRSA\""));
        await page.GetByTestId("import-format").SelectOptionAsync("prsa");
        await page.GetByTestId("import-create").CheckAsync();
        await page.Locator("input[type=file]").Last.SetFileWhenReadyAsync(Csv("prsa.csv", PrsaHeader + "\n" + string.Join('\n', rows) + "\n"));

        await Assertions.Expect(page.Locator("[data-testid=import-job][data-state=done]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("import-job")).ToHaveAttributeAsync("data-percent", "100");
        await Assertions.Expect(page.GetByTestId("import-counts")).ToContainTextAsync("文件 1/1，已读 24 行，已写入 24/24 小时");
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("已导入 24 小时（1 个点位");
        await Assertions.Expect(page.GetByTestId("import-summary")).ToContainTextAsync("BRW-PRSA");
    }

    [Fact]
    public async Task Monitor_sees_the_bad_rows_of_a_file_as_the_command_prints_them_and_nothing_imported()
    {
        var page = await OpenTabAsync("demo.monitor");
        var csv = "station,time,PM2.5,PM10,SO2,NO2,CO,O3\nCJ-A01,2013-04-01 00:00,10,,,,,\nCJ-A01,2013-04-01 01:00,ten,,,,,\n";
        await page.Locator("input[type=file]").Last.SetFileWhenReadyAsync(Csv("bad.csv", csv));
        await Assertions.Expect(page.Locator("[data-testid=import-job][data-state=failed]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("import-bad-rows")).ToHaveTextAsync("bad.csv:3: unparsable number 'ten' in PM2.5");
        await Assertions.Expect(page.GetByTestId("import-failed")).ToContainTextAsync("有 1 行格式错误，未写入任何数据");
    }

    [Fact]
    public async Task The_export_buttons_download_the_api_files_and_an_operator_has_no_import()
    {
        var page = await OpenTabAsync("demo.operator");
        await Assertions.Expect(page.GetByTestId("import-form")).ToHaveCountAsync(0);
        await page.GetByTestId("export-station").SelectOptionAsync("CJ-A01");
        var link = page.GetByTestId("export-daily-csv");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/api/air/export/daily\\?station=CJ-A01&"));
        var response = await page.Context.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("station,date,PM2.5,PM10,SO2,NO2,CO,O3_8h,AQI,category,primary,", await response.TextAsync(), StringComparison.Ordinal);

        // The city has daily figures only.
        await page.GetByTestId("export-station").SelectOptionAsync("city");
        await Assertions.Expect(page.GetByTestId("export-hourly-csv")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("export-daily-xlsx")).ToHaveCountAsync(1);
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    private async Task<IPage> OpenTabAsync(string user)
    {
        var page = await fixture.LoggedInPageAsync(user, fixture.Host.DemoPasswords[user]);
        await page.GotoAsync("/air");
        await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Tab, new() { Name = "导出与导入" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=export-heading][data-ready=true]")).ToHaveCountAsync(1);
        return page;
    }
}
