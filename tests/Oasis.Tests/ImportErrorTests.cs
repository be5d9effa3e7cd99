using System.Net;

namespace Oasis.Tests;

/// <summary>
/// Bad import files: one 400 <c>urn:oasis:import-failed</c> naming the row (as a person counts lines,
/// the header being line 1), the field and the reason in the caller's language, and nothing written.
/// </summary>
public sealed class ImportErrorTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Stations = "code,name,kind,latitude,longitude,gridCode,evaluation,pollutants\n";
    private const string Enterprises = "creditCode,name,industry,category,address,latitude,longitude,gridCode,outlets\n";

    public static TheoryData<string, string, int, string, string, string> BadFiles() => new()
    {
        {
            "stations", Stations + "IE-D1,点位一,micro,44.1,87.3,,false,\nIE-D2,点位二,micro,44.1,87.3,,false,\nIE-D1,点位三,micro,44.1,87.3,,false,\n",
            4, "code", "编码“IE-D1”在文件中重复（首次出现在第 2 行）。", "Code 'IE-D1' appears twice in the file (first on row 2)."
        },
        {
            "stations", "code,name,kind,colour\nIE-C1,点位,micro,red\n",
            1, "colour", "未知列“colour”；可用列：code, name, kind, latitude, longitude, gridCode, evaluation, pollutants。",
            "Unknown column 'colour'; the columns are: code, name, kind, latitude, longitude, gridCode, evaluation, pollutants."
        },
        {
            "stations", Stations + "IE-N1,点位,micro,44.1,87.3,,false,\nIE-N2,点位,micro,北纬44,87.3,,false,\n",
            3, "latitude", "“北纬44”不是数字。", "'北纬44' is not a number."
        },
        {
            "stations", Stations + "IE-K1,点位,satellite,44.1,87.3,,false,\n",
            2, "kind", "“satellite”无效；可选值：national, provincial, city, micro, water-section, drinking-water, groundwater。",
            "'satellite' is not allowed; use one of: national, provincial, city, micro, water-section, drinking-water, groundwater."
        },
        {
            "stations", Stations + "IE-G1,点位,micro,44.1,87.3,CJ-G001,false,\nIE-G2,点位,micro,44.1,87.3,CJ-G999,false,\n",
            3, "gridCode", "网格“CJ-G999”不存在。", "Grid 'CJ-G999' does not exist."
        },
        {
            "enterprises", Enterprises + $"{Records.CreditCode(500001)},企业一,化工,industrial,,,,,\n91652301MA71W7223B,企业二,化工,industrial,,,,,\n",
            3, "creditCode", "统一社会信用代码“91652301MA71W7223B”校验码不正确（GB 32100-2015）。",
            "The check character of the unified social credit code '91652301MA71W7223B' is wrong (GB 32100-2015)."
        },
        {
            "enterprises", Enterprises + $"{Records.CreditCode(500002)},企业,化工,industrial,,,,,DA001:废气口:smoke\n",
            2, "outlets", "“smoke”无效；可选值：gas, water, noise。", "'smoke' is not allowed; use one of: gas, water, noise."
        },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_row_fails_the_whole_file_with_row_field_and_reason(string registry, string csv, int row, string field,
        string chinese, string english)
    {
        _ = english;
        var admin = await factory.UserAsync("demo.admin");
        var before = (await admin.ListAsync($"/api/{registry}")).Length;

        var zh = await (await admin.UploadAsync($"/api/{registry}/import", csv)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");

        Assert.Equal((row, field, chinese), Assert.Single(zh.Errors()));
        Assert.Equal("导入失败", zh.Str("title"));
        Assert.Equal(before, (await admin.ListAsync($"/api/{registry}")).Length);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Import_errors_are_in_english_with_accept_language_en_us(string registry, string csv, int row, string field,
        string chinese, string english)
    {
        _ = chinese;
        var admin = await factory.UserAsync("demo.admin");

        var en = await (await admin.UploadAsync($"/api/{registry}/import", csv, acceptLanguage: "en-US"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");

        Assert.Equal((row, field, english), Assert.Single(en.Errors()));
        Assert.Equal("Import failed", en.Str("title"));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_at_once_with_its_own_row_number()
    {
        var admin = await factory.UserAsync("demo.admin");
        var csv = Stations + "IE-M1,点位,micro,44.1,87.3,,false,\nIE-M2,,micro,44.1,87.3,,false,\nIE-M3,点位,micro,95,87.3,,maybe,\n";

        var problem = await (await admin.UploadAsync("/api/stations/import", csv)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");

        Assert.Equal([(3, "name", "必填。"), (4, "evaluation", "“maybe”不是是/否值（true/false）。")], problem.Errors());
        Assert.Equal("导入未执行：共 2 处错误，请修改后重新导入（全部成功才会写入）。", problem.Str("detail"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/stations/IE-M1", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task Xlsx_rows_are_numbered_as_the_spreadsheet_shows_them()
    {
        var admin = await factory.UserAsync("demo.admin");
        var sheet = new[] { "IE-X1", "IE-X2" }.Select((code, i) => new Dictionary<string, object>
        {
            ["code"] = code, ["name"] = "表格点位", ["kind"] = i == 1 ? "balloon" : "micro", ["latitude"] = 44.1, ["longitude"] = 87.3,
        });

        var response = await admin.UploadAsync("/api/stations/import", ImportExportTests.Xlsx(sheet), "stations.xlsx");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var error = Assert.Single(problem.Errors());
        Assert.Equal((3, "kind"), (error.Row, error.Field));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/stations/IE-X1", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_coordinate_system_or_file_type_is_refused()
    {
        var admin = await factory.UserAsync("demo.admin");

        var crs = await admin.UploadAsync("/api/stations/import?crs=utm45", Stations + "IE-U1,点位,micro,44.1,87.3,,false,\n");
        var type = await admin.UploadAsync("/api/stations/import", "<xml/>", "stations.xml");

        Assert.Equal("crs", Assert.Single((await crs.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors()).Field);
        Assert.Equal("file", Assert.Single((await type.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors()).Field);
    }
}
