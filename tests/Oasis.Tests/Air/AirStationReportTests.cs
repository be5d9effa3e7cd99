using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Oasis.Tests.Air;

/// <summary>
/// A station's 日报/月报 on demand (decision 0511): the templates' controls hold the station's figures, equal to
/// <c>GET /api/air/period|daily?station=</c>, read back with OpenXml and MiniExcel; the station's scope applies.
/// </summary>
public sealed class AirStationReportTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Monthly_word_report_of_a_station_names_it_and_holds_its_period_figures()
    {
        await TargetYear.SeedOnceAsync(factory);
        var client = await factory.UserAsync("demo.monitor");
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/air/period?station={TargetYear.Station}&from=2025-05-01&to=2025-05-31", TestApi.Ct);
        var report = await GenerateAsync(client, new { kind = "monthly", date = "2025-05-20", format = "docx", station = TargetYear.Station });
        Assert.Equal((TargetYear.Station, "2025-05-01", "2025-05-31", "realtime"), (report.Str("station"), report.Str("from"), report.Str("to"), report.Str("dataStatus")));

        using var word = WordprocessingDocument.Open(new MemoryStream(await client.BytesAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file")), false);
        var tags = word.MainDocumentPart!.Document!.Body!.Descendants<SdtElement>()
            .Select(c => (Tag: c.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value, c.InnerText)).Where(c => c.Tag is not null and not "days")
            .ToLookup(c => c.Tag!, c => c.InnerText);
        Assert.Equal([$"{TargetYear.Station}（{TargetYear.Station}）"], tags["station"]);
        Assert.Equal([$"昌吉市{TargetYear.Station}（{TargetYear.Station}）环境空气质量月报（2025年5月）"], tags["title"]);
        foreach (var field in (string[])["validDays", "goodDays", "goodRatio", "heavyDays", "pm25", "pm10", "so2", "no2", "coP95", "o3_8hP90", "compositeIndex"])
        {
            Assert.Equal(api.GetProperty(field).GetRawText(), Assert.Single(tags[field]));
        }

        Assert.Equal(["30"], tags["goodDays"]); // 1–30 May good, 31 May heavily polluted (TargetYear)
        var days = word.MainDocumentPart.Document.Body.Descendants<SdtBlock>().Single(b => b.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == "days")
            .Descendants<TableRow>().ToList();
        Assert.Equal(32, days.Count); // a header and 31 days
    }

    [Fact]
    public async Task Daily_excel_report_of_a_station_holds_the_days_aqi_and_the_city_report_stays_the_citys()
    {
        await TargetYear.SeedOnceAsync(factory);
        var client = await factory.UserAsync("demo.operator");
        var day = Assert.Single(await client.ListAsync($"/api/air/daily?station={TargetYear.Station}&from=2025-06-30&to=2025-06-30"));
        var report = await GenerateAsync(client, new { kind = "daily", date = "2025-06-30", format = "xlsx", station = TargetYear.Station });
        var rows = (await client.BytesAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file")).AsXlsxRows();
        Assert.Contains(TargetYear.Station, rows[0]["A"]?.ToString(), StringComparison.Ordinal);
        var byLabel = rows.Where(r => r["A"] is string).GroupBy(r => (string)r["A"]!).ToDictionary(g => g.Key, g => g.First()["B"]?.ToString());
        Assert.Equal(day.GetProperty("aqi").GetRawText(), byLabel["AQI"]);
        Assert.Equal("重度污染", byLabel["类别"]);
        Assert.Equal($"{TargetYear.Station}（{TargetYear.Station}）", byLabel["评价对象"]);

        var city = await GenerateAsync(client, new { kind = "daily", date = "2025-06-30", format = "xlsx" });
        Assert.Equal(JsonValueKind.Null, city.GetProperty("station").ValueKind);
        var cityRows = (await client.BytesAsync($"/api/air/reports/{city.GetProperty("id").GetInt32()}/file")).AsXlsxRows();
        Assert.Contains(cityRows, r => r["A"] as string == "评价对象" && r["B"] as string == "全市（评价点位）");
        var history = await client.ListAsync($"/api/air/reports?station={TargetYear.Station}");
        Assert.All(history, r => Assert.Equal(TargetYear.Station, r.Str("station")));
        Assert.Contains(history, r => r.GetProperty("id").GetInt32() == report.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_station_report_is_404_for_an_unknown_station_and_403_and_hidden_outside_the_grid_managers_grid()
    {
        await TargetYear.SeedOnceAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        await (await monitor.PostAsJsonAsync("/api/air/reports", new { kind = "daily", date = "2025-06-30", station = "NO-SUCH" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
        var report = await GenerateAsync(monitor, new { kind = "daily", date = "2025-06-29", format = "docx", station = TargetYear.Station });

        // The imported station has no grid: a grid manager sees neither it nor its reports.
        var grid = await factory.UserAsync("demo.grid");
        await (await grid.PostAsJsonAsync("/api/air/reports", new { kind = "daily", date = "2025-06-30", station = TargetYear.Station }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        Assert.DoesNotContain(await grid.ListAsync("/api/air/reports"), r => r.GetProperty("id").GetInt32() == report.GetProperty("id").GetInt32());
        var download = await grid.GetAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file", TestApi.Ct);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
    }

    private static async Task<JsonElement> GenerateAsync(HttpClient client, object order) =>
        await (await client.PostAsJsonAsync("/api/air/reports", order, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
}
