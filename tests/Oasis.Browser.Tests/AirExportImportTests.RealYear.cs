using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Oasis.Browser.Tests;

/// <summary>
/// Issue #6 is done "when a year of imported real data yields the same figures in the API, the UI, the CLI and the
/// reports": a real PRSA station-year (Dongsi, 2016) uploaded on the import tab, then read back from the daily table and
/// the ranking of that year, from <c>/api/air/period</c> and from the station's annual Excel report, each against what
/// <c>oasis air daily|annual</c> computes from the same file.
/// </summary>
public sealed partial class AirExportImportTests
{
    [Fact]
    public async Task A_real_station_year_imported_in_the_ui_shows_the_figures_of_the_command_in_the_page_the_api_and_the_report()
    {
        var ct = TestContext.Current.CancellationToken;
        var source = Path.Combine(SharedData, "prsa", "PRSA_Data_Dongsi_20130301-20170228.csv");
        var lines = await File.ReadAllLinesAsync(source, ct);
        var year = new[] { lines[0] }.Concat(lines.Skip(1).Where(l => l.Split(',')[1] == "2016")).ToArray();
        Assert.Equal(8784 + 1, year.Length); // 2016 is a leap year: every hour of it is in the file
        var file = Path.Combine(Path.GetTempPath(), $"dongsi-2016-{Guid.NewGuid():N}.csv");
        await File.WriteAllLinesAsync(file, year, ct);
        try
        {
            var page = await OpenTabAsync("demo.monitor");
            await page.GetByTestId("import-format").SelectOptionAsync("prsa");
            await page.GetByTestId("import-create").CheckAsync();
            await page.Locator("input[type=file]").Last.SetFileWhenReadyAsync(new FilePayload
            {
                Name = "dongsi-2016.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join('\n', year) + "\n"),
            });
            await Assertions.Expect(page.Locator("[data-testid=import-job][data-state=done]")).ToHaveCountAsync(1, new() { Timeout = 120_000 });

            var daily = Csv(await fixture.Host.RunFileCommandAsync("air", "daily", "--format", "prsa", "--input", file));
            var annual = Csv(await fixture.Host.RunFileCommandAsync("air", "annual", "--format", "prsa", "--input", file, "--year", "2016")).Single(r => r["station"] == "Dongsi");

            // The page: the daily table of December 2016 (the month of the heaviest smog), row by row.
            await page.GotoAsync("/air");
            await Assertions.Expect(page.Locator("[data-testid=air-controls][data-ready=true]")).ToHaveCountAsync(1);
            await page.GetByTestId("air-station").SelectOptionAsync("Dongsi");
            await page.GetByTestId("air-month").SelectOptionAsync("2016-12");
            var table = page.Locator("[data-testid=air-table][data-station=Dongsi]");
            await Assertions.Expect(table.Locator("tbody tr")).ToHaveCountAsync(31);
            foreach (var day in daily.Where(d => d["date"].StartsWith("2016-12-", StringComparison.Ordinal)))
            {
                var cells = await table.Locator($"tr[data-date='{day["date"]}'] td").AllInnerTextsAsync();
                string[] expected =
                [
                    day["date"], day["AQI"] is "" ? "—" : day["AQI"], day["category"] is "" ? "无效" : day["category"], day["primary"].Replace(';', '、'),
                    .. ((string[])["PM2.5", "PM10", "SO2", "NO2", "CO", "O3_8h"]).Select(c => day[c] is "" ? "—" : day[c]),
                ];
                Assert.Equal(expected, cells.Select(c => c.Trim()));
            }

            // The ranking of the year 2016 (offered because the data reach back to it).
            await page.GetByRole(AriaRole.Tab, new() { Name = "排名" }).ClickAsync();
            await page.GetByTestId("ranking-period").SelectOptionAsync("2016");
            var ranked = page.Locator("[data-testid=ranking-table][data-period='2016'] tr[data-code=Dongsi]");
            await Assertions.Expect(ranked).ToHaveCountAsync(1);
            var row = await ranked.Locator("td").AllInnerTextsAsync();
            Assert.Equal([annual["PM2.5"], annual["PM10"], annual["good_ratio"] + " %"], row.Skip(row.Count - 3).Select(c => c.Trim()));

            // The API and the station's annual report.
            using var api = await fixture.ApiClientAsync("demo.monitor", fixture.Host.DemoPasswords["demo.monitor"]);
            var period = await api.GetFromJsonAsync<JsonElement>("/api/air/period?station=Dongsi&from=2016-01-01&to=2016-12-31", ct);
            Assert.Equal(
                [annual["valid_days"], annual["PM2.5"], annual["PM10"], annual["good_days"], annual["good_ratio"], annual["heavy_days"], annual["composite_index"]],
                ((string[])["validDays", "pm25", "pm10", "goodDays", "goodRatio", "heavyDays", "compositeIndex"]).Select(f => Text(period.GetProperty(f))));

            var order = await api.PostAsJsonAsync("/api/air/reports", new { kind = "annual", date = "2016-06-01", format = "xlsx", station = "Dongsi" }, ct);
            order.EnsureSuccessStatusCode();
            var id = (await order.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt32();
            using var xlsx = new MemoryStream(await api.GetByteArrayAsync($"/api/air/reports/{id}/file", ct));
            var cells2 = xlsx.Query().Cast<IDictionary<string, object?>>().Where(r => r["A"] is string)
                .GroupBy(r => (string)r["A"]!).ToDictionary(g => g.Key, g => Convert.ToString(g.First()["B"], CultureInfo.InvariantCulture) ?? "");
            Assert.Equal<string>([annual["good_ratio"], annual["PM2.5"], annual["heavy_days"], annual["composite_index"]],
                [cells2["优良天数比率(%)"], cells2["PM2.5(μg/m³)"], cells2["重污染天数"], cells2["综合指数"]]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>../shared/data, found by walking up from the test's build output (as the API suite does).</summary>
    private static string SharedData
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")))
                {
                    return Path.Combine(dir.FullName, "shared", "data");
                }
            }

            throw new DirectoryNotFoundException("../shared/data not found above " + AppContext.BaseDirectory);
        }
    }

    private static List<Dictionary<string, string>> Csv(string text)
    {
        var rows = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        return [.. rows.Skip(1).Select(r => header.Zip(r.Split(',')).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ToString();
}
