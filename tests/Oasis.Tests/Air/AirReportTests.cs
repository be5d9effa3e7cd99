using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MiniExcelLibs;
using Oasis.Air.Reports;

namespace Oasis.Tests.Air;

/// <summary>
/// 日报/月报/年报 (decision 0505): generated from the templates on demand and on schedule, kept in the history, and
/// holding the same figures as <c>GET /api/air/period</c> and <c>/api/air/daily</c> (read back with OpenXml and MiniExcel).
/// </summary>
public sealed class AirReportTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Monthly_word_report_holds_the_figures_of_the_period_endpoint_and_states_its_basis()
    {
        await TargetYear.SeedOnceAsync(factory);
        var client = await factory.UserAsync("demo.operator");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/air/period?station=city&from=2025-06-01&to=2025-06-30", TestApi.Ct);
        var report = await GenerateAsync(client, new { kind = "monthly", date = "2025-06-15", format = "docx" });
        Assert.Equal(("2025-06-01", "2025-06-30", "2012", "realtime", "include"), (report.Str("from"), report.Str("to"), report.Str("edition"), report.Str("dataStatus"), report.Str("dust")));

        using var word = WordprocessingDocument.Open(new MemoryStream(await client.BytesAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file")), false);
        var tags = Tags(word);
        foreach (var field in (string[])["validDays", "goodDays", "goodRatio", "heavyDays", "heavyRatio", "pm25", "pm10", "so2", "no2", "coP95", "o3_8hP90", "compositeIndex"])
        {
            Assert.Equal(Expected(api.GetProperty(field)), Assert.Single(tags[field]));
        }

        Assert.Equal("0", Assert.Single(tags["goodDays"])); // every day of June 2025 is heavily polluted (TargetYear)
        Assert.Contains("HJ 633-2012", Assert.Single(tags["edition"]), StringComparison.Ordinal);
        Assert.Equal(["实况（未经审核）"], tags["dataStatus"]);
        Assert.Equal(["未扣除沙尘"], tags["dust"]);
        var days = word.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>().Single(b => Tag(b) == "days").Descendants<TableRow>().ToList();
        Assert.Equal(31, days.Count); // a header and 30 days
        Assert.Equal(["2025-06-30", "210", "重度污染", "PM2.5"], days[30].Descendants<TableCell>().Take(4).Select(c => c.InnerText));
    }

    [Fact]
    public async Task Annual_excel_report_holds_the_figures_and_one_row_per_day()
    {
        await TargetYear.SeedOnceAsync(factory);
        var client = await factory.UserAsync("demo.leader");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/air/period?station=city&from=2025-01-01&to=2025-12-31", TestApi.Ct);
        var report = await GenerateAsync(client, new { kind = "annual", date = "2025-03-01", format = "xlsx" });
        Assert.Equal(("2025-01-01", "2025-12-31"), (report.Str("from"), report.Str("to")));

        var rows = (await client.BytesAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file")).AsXlsxRows();
        Assert.Contains("环境空气质量年报（2025年）", rows[0]["A"]?.ToString(), StringComparison.Ordinal);
        var byLabel = rows.Where(r => r["A"] is string).GroupBy(r => (string)r["A"]!).ToDictionary(g => g.Key, g => g.First()["B"]);
        Assert.Equal(Expected(api.GetProperty("goodRatio")), Cell(byLabel["优良天数比率(%)"]));
        Assert.Equal(Expected(api.GetProperty("pm25")), Cell(byLabel["PM2.5(μg/m³)"]));
        Assert.Equal(Expected(api.GetProperty("heavyDays")), Cell(byLabel["重污染天数"]));
        Assert.Equal(Expected(api.GetProperty("compositeIndex")), Cell(byLabel["综合指数"]));
        Assert.Contains("HJ 633-2012", Cell(byLabel["评价标准"]), StringComparison.Ordinal);
        var first = rows.FindIndex(r => r["A"] as string == "日期");
        Assert.Equal(TargetYear.GoodDays + TargetYear.HeavyDays, rows.Count - first - 1);
        Assert.Equal(["2025-01-01", "69", "良"], new[] { rows[first + 1]["A"], rows[first + 1]["B"], rows[first + 1]["C"] }.Select(Cell));
    }

    [Fact]
    public async Task Daily_report_with_dust_deducted_says_so_and_rates_the_day_as_the_daily_endpoint_does()
    {
        await TargetYear.SeedOnceAsync(factory);
        var client = await factory.UserAsync("demo.monitor");
        var day = Assert.Single(await client.ListAsync("/api/air/daily?station=city&from=2025-06-30&to=2025-06-30&dust=deduct"));
        var report = await GenerateAsync(client, new { kind = "daily", date = "2025-06-30", format = "docx", dust = "deduct" });
        Assert.Equal(("deduct", "approved"), (report.Str("dust"), report.Str("dustSource")));
        using var word = WordprocessingDocument.Open(new MemoryStream(await client.BytesAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file")), false);
        var tags = Tags(word);
        Assert.Equal([day.GetProperty("aqi").GetRawText()], tags["aqi"]);
        Assert.Equal(["重度污染"], tags["category"]);
        Assert.Equal(["扣除沙尘（经领导审批的沙尘过程 0 个）"], tags["dust"]);
        Assert.Equal(["昌吉市环境空气质量日报（2025年6月30日）"], tags["title"]);

        var history = await client.ListAsync("/api/air/reports?kind=daily");
        Assert.Contains(history, r => r.GetProperty("id").GetInt32() == report.GetProperty("id").GetInt32() && r.Str("createdBy") == "demo.monitor");
    }

    [Fact]
    public async Task The_bureaus_edited_template_is_used_and_its_extra_controls_are_filled()
    {
        await TargetYear.SeedOnceAsync(factory);
        var folder = Path.Combine(factory.DataDirectory, "bureau-templates");
        Directory.CreateDirectory(folder);
        var builtIn = Path.Combine(AppContext.BaseDirectory, "Air", "Reports", "Templates", "monthly.docx");
        var edited = Path.Combine(folder, "monthly.docx");
        File.Copy(builtIn, edited, overwrite: true);
        using (var word = WordprocessingDocument.Open(edited, true))
        {
            word.MainDocumentPart!.Document!.Body!.PrependChild(new Paragraph(new Run(new Text("昌吉市生态环境局 内部资料 ")),
                new SdtRun(new SdtProperties(new Tag { Val = "pm25" }), new SdtContentRun(new Run(new Text("PM2.5 here"))))));
        }

        await using var host = factory.WithWebHostBuilder(b => b.UseSetting("Oasis:Air:Reports:TemplateDirectory", folder));
        var client = await TargetYear.LoginAsync(host, "demo.operator");
        var api = await client.GetFromJsonAsync<JsonElement>("/api/air/period?station=city&from=2025-05-01&to=2025-05-31", TestApi.Ct);
        var report = await GenerateAsync(client, new { kind = "monthly", date = "2025-05-01", format = "docx" });
        using var filled = WordprocessingDocument.Open(new MemoryStream(await client.BytesAsync($"/api/air/reports/{report.GetProperty("id").GetInt32()}/file")), false);
        Assert.StartsWith("昌吉市生态环境局 内部资料 " + api.GetProperty("pm25").GetRawText(), filled.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.Equal([api.GetProperty("pm25").GetRawText(), api.GetProperty("pm25").GetRawText()], Tags(filled)["pm25"]);
    }

    [Fact]
    public async Task Schedule_on_the_first_catches_up_a_week_of_daily_reports_and_two_months_once_but_no_year_without_data()
    {
        await TargetYear.SeedOnceAsync(factory);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 1, 0, 30, 0, TimeSpan.FromHours(8)));
        var scheduler = new AirReportScheduler(factory.Services.GetRequiredService<IServiceScopeFactory>(), clock,
            factory.Services.GetRequiredService<IOptions<AirReportOptions>>(), NullLogger<AirReportScheduler>.Instance);
        Assert.Equal(18, await scheduler.RunDueAsync(TestApi.Ct));
        Assert.Equal(0, await scheduler.RunDueAsync(TestApi.Ct));

        var history = await (await factory.UserAsync("demo.operator")).ListAsync("/api/air/reports");
        var scheduled = history.Where(r => r.Str("createdBy") == "system" && r.Str("from").StartsWith("2025-", StringComparison.Ordinal))
            .Select(r => $"{r.Str("kind")} {r.Str("from")} {r.Str("format")}").Order().ToArray();
        string[] expected =
        [
            .. Enumerable.Range(24, 7).SelectMany(d => (string[])[$"daily 2025-06-{d} docx", $"daily 2025-06-{d} xlsx"]),
            "monthly 2025-05-01 docx", "monthly 2025-05-01 xlsx", "monthly 2025-06-01 docx", "monthly 2025-06-01 xlsx",
        ];
        Assert.Equal(expected.Order(), scheduled); // 2024 ended before the first stored hour: no annual report owed

        Assert.Equal([("annual", new DateOnly(2025, 12, 31)), ("monthly", new DateOnly(2025, 11, 1)), ("monthly", new DateOnly(2025, 12, 1)),
            .. Enumerable.Range(25, 7).Select(d => ("daily", new DateOnly(2025, 12, d)))], AirReportScheduler.Due(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public async Task A_bad_order_is_a_400_per_field()
    {
        var client = await factory.UserAsync("demo.operator");
        var problem = await (await client.PostAsJsonAsync("/api/air/reports", new { kind = "weekly", format = "pdf" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["date", "format", "kind"], problem.Errors().Select(e => e.Field).Order().ToArray());
    }

    private static string Cell(object? value) => value switch
    {
        null => "—",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    private static async Task<JsonElement> GenerateAsync(HttpClient client, object order) =>
        await (await client.PostAsJsonAsync("/api/air/reports", order, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);

    private static string Expected(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "—" : value.GetRawText();

    private static string? Tag(SdtElement control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    private static ILookup<string, string> Tags(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document!.Body!.Descendants<SdtElement>().Where(c => Tag(c) is not null and not "days").ToLookup(c => Tag(c)!, c => c.InnerText);
}

internal static class XlsxRows
{
    /// <summary>The first sheet's rows, cells by column letter.</summary>
    public static List<IDictionary<string, object?>> AsXlsxRows(this byte[] xlsx) =>
        new MemoryStream(xlsx).Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
}
