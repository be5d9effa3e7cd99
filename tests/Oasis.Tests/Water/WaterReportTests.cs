using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Oasis.Tests.Water;

/// <summary>
/// 水质月报/年报 (decision 0314) from the templates through the air reports' writer: the figures equal those of
/// <c>/api/water/assessment</c> and <c>/api/water/indicators</c> on the demo samples (read back with OpenXml and MiniExcel),
/// each report states its period, method and data basis, and the history keeps every file.
/// </summary>
public sealed class WaterReportTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Annual_word_report_holds_the_citys_figures_and_states_period_method_and_basis()
    {
        var leader = await factory.UserAsync("demo.leader");
        var indicators = await leader.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2025", TestApi.Ct);
        var assessment = await leader.GetFromJsonAsync<JsonElement>("/api/water/assessment?year=2025", TestApi.Ct);
        var report = await GenerateAsync(leader, new { kind = "annual", date = "2025-07-01", format = "docx" });
        Assert.Equal(("annual", "2025-01-01", "2025-12-31", 6), (report.Str("kind"), report.Str("from"), report.Str("to"), report.GetProperty("sections").GetInt32()));

        using var word = WordprocessingDocument.Open(new MemoryStream(await leader.BytesAsync($"/api/water/reports/{report.GetProperty("id").GetInt32()}/file")), false);
        var tags = Tags(word);
        Assert.Equal(["昌吉市地表水环境质量年报（2025年）"], tags["title"]);
        Assert.Equal(["2025-01-01 至 2025-12-31"], tags["period"]);
        Assert.Contains("GB 3838-2002", Assert.Single(tags["method"]), StringComparison.Ordinal);
        Assert.Contains("环办〔2011〕22号", Assert.Single(tags["method"]), StringComparison.Ordinal);
        Assert.Contains("年均值为各月均值的算术平均", Assert.Single(tags["dataBasis"]), StringComparison.Ordinal);
        Assert.Contains("自动监测站数据不参与", Assert.Single(tags["dataBasis"]), StringComparison.Ordinal);
        Assert.Equal([Percent(indicators.GetProperty("riverIIIOrBetterShare"))], tags["riverIIIOrBetterShare"]);
        Assert.Equal([Percent(indicators.GetProperty("riverWorseThanVShare"))], tags["riverWorseThanVShare"]);
        Assert.Equal([Percent(indicators.GetProperty("sourcesCompliantShare"))], tags["sourcesCompliantShare"]);
        Assert.Equal(["6"], tags["sectionCount"]);

        var sections = Table(word, "sections");
        Assert.Equal(7, sections.Count); // a header and the six demo sections
        foreach (var s in assessment.GetProperty("sections").EnumerateArray())
        {
            var row = sections.Single(r => r[0] == s.Str("section"));
            Assert.Equal(Roman(s.Str("class")), row[5]);
            Assert.Equal(s.GetProperty("samples").GetInt32().ToString(CultureInfo.InvariantCulture), row[10]);
        }

        Assert.Equal(1 + assessment.GetProperty("rivers").GetArrayLength(), Table(word, "rivers").Count);
        Assert.Equal(1 + assessment.GetProperty("sources").GetArrayLength(), Table(word, "sources").Count);
    }

    [Fact]
    public async Task Monthly_excel_report_fills_every_sheet_and_the_history_keeps_it()
    {
        var admin = await factory.UserAsync("demo.admin");
        var assessment = await admin.GetFromJsonAsync<JsonElement>("/api/water/assessment?year=2025&month=4", TestApi.Ct);
        var report = await GenerateAsync(admin, new { kind = "monthly", date = "2025-04-15", format = "xlsx" });
        Assert.Equal(("2025-04-01", "2025-04-30"), (report.Str("from"), report.Str("to")));

        var bytes = await admin.BytesAsync($"/api/water/reports/{report.GetProperty("id").GetInt32()}/file");
        var summary = Rows(bytes, "地表水环境质量月报");
        Assert.Equal("昌吉市地表水环境质量月报（2025年4月）", summary[0]["A"]);
        var byLabel = summary.Where(r => r["A"] is string).GroupBy(r => (string)r["A"]!).ToDictionary(g => g.Key, g => g.First()["B"]?.ToString());
        Assert.Equal("2025-04-01 至 2025-04-30", byLabel["统计时段"]);
        Assert.Contains("月均值为当月各采样日的均值", byLabel["数据基础"], StringComparison.Ordinal);

        var sections = Rows(bytes, "断面水质");
        var header = sections.FindIndex(r => r["A"] as string == "断面编码");
        var rows = sections.Skip(header + 1).Where(r => r["A"] is string).ToList();
        Assert.Equal(6, rows.Count);
        foreach (var s in assessment.GetProperty("sections").EnumerateArray())
        {
            Assert.Equal(Roman(s.Str("class")), rows.Single(r => (string)r["A"]! == s.Str("section"))["F"]);
        }

        var history = await admin.ListAsync("/api/water/reports?kind=monthly");
        Assert.Contains(history, r => r.GetProperty("id").GetInt32() == report.GetProperty("id").GetInt32() && r.Str("createdBy") == "demo.admin"
            && r.GetProperty("samples").GetInt32() > 0);
    }

    [Fact]
    public async Task A_bad_order_is_a_400_per_field_and_a_grid_manager_gets_no_city_report()
    {
        var admin = await factory.UserAsync("demo.admin");
        var problem = await (await admin.PostAsJsonAsync("/api/water/reports", new { kind = "weekly", format = "pdf" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["date", "format", "kind"], problem.Errors().Select(e => e.Field).Order().ToArray());

        var grid = await factory.UserAsync("demo.grid");
        await (await grid.PostAsJsonAsync("/api/water/reports", new { kind = "annual", date = "2025-01-01" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }

    private static async Task<JsonElement> GenerateAsync(HttpClient client, object order) =>
        await (await client.PostAsJsonAsync("/api/water/reports", order, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);

    // The report prints a share as a percentage with one decimal, half to even (CONTRACTS.md).
    private static string Percent(JsonElement share) => share.ValueKind == JsonValueKind.Null ? "—"
        : Math.Round(share.GetDecimal() * 100, 1, MidpointRounding.ToEven).ToString(CultureInfo.InvariantCulture);

    private static string Roman(string? ascii) => ascii switch
    {
        "I" => "Ⅰ", "II" => "Ⅱ", "III" => "Ⅲ", "IV" => "Ⅳ", "V" => "Ⅴ", "劣V" => "劣Ⅴ", _ => "无数据",
    };

    private static string? Tag(SdtElement control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    private static ILookup<string, string> Tags(WordprocessingDocument word) =>
        word.MainDocumentPart!.Document!.Body!.Descendants<SdtElement>().Where(c => c is not SdtBlock && Tag(c) is not null).ToLookup(c => Tag(c)!, c => c.InnerText);

    private static List<string[]> Table(WordprocessingDocument word, string tag) =>
        [.. word.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>().Single(b => Tag(b) == tag).Descendants<TableRow>()
            .Select(r => r.Descendants<TableCell>().Select(c => c.InnerText).ToArray())];

    private static List<IDictionary<string, object?>> Rows(byte[] xlsx, string sheet) =>
        [.. new MemoryStream(xlsx).Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()];
}
