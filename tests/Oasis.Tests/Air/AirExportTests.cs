using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;
using Oasis.Air.Export;
using Oasis.Air.Import;

namespace Oasis.Tests.Air;

/// <summary>The bulk export (decision 0513): the hourly layer as it stands, the daily figures of the API, CSV and XLSX.</summary>
public sealed class AirExportTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Station = "EXP-1";
    private const string Day = "2025-03-10";
    private const string Range = "from=2025-03-09&to=2025-03-11";

    /// <summary>
    /// 10 March 2025: 实况 for 24 hours (PM2.5 35.5 + h, CO 0.4, no SO2 at 05:00), 审核 from 20:00 with PM2.5 left empty,
    /// and a review mark taking PM2.5 out from 00:00 to 03:00. Station EXP-1 has no grid (created by the import).
    /// </summary>
    private Task SeedOnceAsync() => Records.OnceAsync(factory, "export", async () =>
    {
        var realtime = Enumerable.Range(0, 24).Select(h => string.Create(CultureInfo.InvariantCulture,
            $"{Station},{Day} {h:D2}:00,{35.5 + h},60,{(h == 5 ? "" : "10")},20,0.4,50"));
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--create-stations", "--input", AirCli.WriteOasisCsv(realtime));
        Assert.True(exit == 0, error);
        var reviewed = Enumerable.Range(20, 4).Select(h => $"{Station},{Day} {h:D2}:00,,61,11,21,0.5,51");
        (exit, _, error) = await AirCli.ImportAsync(factory, "--status", "reviewed", "--input", AirCli.WriteOasisCsv(reviewed));
        Assert.True(exit == 0, error);
        var monitor = await factory.UserAsync("demo.monitor");
        var order = new { station = Station, pollutant = "PM2.5", start = Day + "T00:00:00+08:00", end = Day + "T03:00:00+08:00", reason = "calibration", evidence = "校准" };
        Assert.Equal(HttpStatusCode.Created, (await monitor.PostAsJsonAsync("/api/air/reviews", order, TestApi.Ct)).StatusCode);
    });

    [Fact]
    public void The_hourly_export_starts_with_the_columns_of_the_oasis_hourly_csv()
    {
        Assert.Equal(HourlyCsvReader.OasisHeader, string.Join(',', AirHourlyExport.Columns.Take(8).Select(c => c.Name)));
    }

    [Fact]
    public async Task Hourly_csv_says_where_each_hour_came_from_and_what_review_took_out()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var lines = Lines(await admin.TextAsync($"/api/air/export/hourly?station={Station}&{Range}"));
        Assert.Equal("station,time,PM2.5,PM10,SO2,NO2,CO,O3,status,source,review_invalid,wind_from,wind_speed", lines[0]);
        Assert.Equal(25, lines.Length); // the days around have no hour: no rows
        Assert.Equal($"{Station},{Day} 00:00,,60,10,20,0.4,50,reviewed,realtime,PM2.5,,", lines[1]);
        Assert.Equal($"{Station},{Day} 04:00,39.5,60,10,20,0.4,50,reviewed,realtime,,,", lines[5]);
        Assert.Equal($"{Station},{Day} 05:00,40.5,60,,20,0.4,50,reviewed,realtime,,,", lines[6]);
        Assert.Equal($"{Station},{Day} 20:00,,61,11,21,0.5,51,reviewed,reviewed,,,", lines[21]);

        // 实况: as received, no reviewed import, no marks.
        var asReceived = Lines(await admin.TextAsync($"/api/air/export/hourly?station={Station}&{Range}&status=realtime"));
        Assert.Equal($"{Station},{Day} 00:00,35.5,60,10,20,0.4,50,realtime,realtime,,,", asReceived[1]);
        Assert.Equal($"{Station},{Day} 20:00,55.5,60,10,20,0.4,50,realtime,realtime,,,", asReceived[21]);
    }

    [Theory]
    [InlineData("reviewed")]
    [InlineData("realtime")]
    public async Task Daily_export_holds_the_figures_of_the_api_and_the_valid_hours(string status)
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var api = Assert.Single(await admin.ListAsync($"/api/air/daily?station={Station}&{Range}&status={status}"));
        var lines = Lines(await admin.TextAsync($"/api/air/export/daily?station={Station}&{Range}&status={status}"));
        Assert.Equal("station,date,PM2.5,PM10,SO2,NO2,CO,O3_8h,AQI,category,primary,edition,status,dust,dust_source,"
            + "PM2.5_valid_hours,PM10_valid_hours,SO2_valid_hours,NO2_valid_hours,CO_valid_hours,O3_valid_hours,stations", lines[0]);
        var row = Assert.Single(lines.Skip(1)).Split(',');
        Assert.Equal(Number(api, "pm25"), row[2]);
        Assert.Equal(Number(api, "co", "0.0"), row[6]);
        Assert.Equal(Number(api, "o3_8h"), row[7]);
        Assert.Equal(Number(api, "aqi"), row[8]);
        Assert.Equal((api.Str("edition"), status, "include", ""), (row[11], row[12], row[13], row[14]));
        var hours = api.GetProperty("validHours");
        Assert.Equal(
            new[] { "PM2.5", "PM10", "SO2", "NO2", "CO", "O3" }.Select(p => hours.GetProperty(p).GetInt32().ToString(CultureInfo.InvariantCulture)),
            row[15..21]);
        // 审核: 24 − 3 marked − 4 left empty by the reviewer = 17 PM2.5 hours; SO2 misses 05:00 in both.
        Assert.Equal(status == "reviewed" ? "17" : "24", row[15]);
        Assert.Equal("23", row[17]);
        Assert.Equal("", row[21]);
    }

    [Fact]
    public async Task Xlsx_exports_read_back_with_the_same_values_as_numbers()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var daily = Rows(await admin.BytesAsync($"/api/air/export/daily?station={Station}&{Range}&format=xlsx"));
        var api = Assert.Single(await admin.ListAsync($"/api/air/daily?station={Station}&{Range}"));
        var row = Assert.Single(daily);
        Assert.Equal(api.GetProperty("pm10").GetDecimal(), Convert.ToDecimal(row["PM10"], CultureInfo.InvariantCulture));
        Assert.Null(row["PM2.5"]); // 17 valid hours: no daily value
        Assert.Equal(17m, Convert.ToDecimal(row["PM2.5_valid_hours"], CultureInfo.InvariantCulture));
        Assert.Equal(api.Str("edition"), Convert.ToString(row["edition"], CultureInfo.InvariantCulture));

        var hourly = Rows(await admin.BytesAsync($"/api/air/export/hourly?station={Station}&{Range}&format=xlsx"));
        Assert.Equal(24, hourly.Count);
        Assert.Equal(39.5, Convert.ToDouble(hourly[4]["PM2.5"], CultureInfo.InvariantCulture));
        Assert.Equal("PM2.5", hourly[0]["review_invalid"]);
        Assert.Equal("reviewed", hourly[20]["source"]);
    }

    [Fact]
    public async Task The_hourly_export_imports_again_as_oasis_hourly_csv_with_the_same_figures()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var csv = await admin.TextAsync($"/api/air/export/hourly?station={Station}&{Range}&status=realtime");
        var path = Path.Combine(Path.GetTempPath(), "oasis-tests", $"export-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, csv.Replace(Station + ",", "EXP-COPY,", StringComparison.Ordinal), TestApi.Ct);
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--create-stations", "--input", path);
        Assert.True(exit == 0, error);
        File.Delete(path);

        var original = Assert.Single(await admin.ListAsync($"/api/air/daily?station={Station}&{Range}&status=realtime"));
        var copy = Assert.Single(await admin.ListAsync($"/api/air/daily?station=EXP-COPY&{Range}"));
        foreach (var field in (string[])["pm25", "pm10", "so2", "no2", "co", "o3_8h", "aqi"])
        {
            Assert.Equal(original.GetProperty(field).GetRawText(), copy.GetProperty(field).GetRawText());
        }
    }

    [Fact]
    public async Task Without_a_station_the_export_holds_every_air_station_of_the_callers_scope()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "stations", Records.New("stations", "EXP-GRID"));
        var rows = new[] { "EXP-GRID,2025-03-10 08:00,12,,,,," };
        var (exit, _, error) = await AirCli.ImportAsync(factory, "--input", AirCli.WriteOasisCsv(rows));
        Assert.True(exit == 0, error);

        var all = Lines(await admin.TextAsync($"/api/air/export/hourly?{Range}")).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Contains(Station, all);
        Assert.Contains("EXP-GRID", all);
        // The grid manager sees the stations of their grid; EXP-1 has no grid.
        var grid = await factory.UserAsync("demo.grid");
        var own = Lines(await grid.TextAsync($"/api/air/export/daily?{Range}")).Skip(1).Select(l => l.Split(',')[0]).Distinct().ToList();
        Assert.Contains("EXP-GRID", own);
        Assert.DoesNotContain(Station, own);
        using var outside = await grid.GetAsync($"/api/air/export/hourly?station={Station}&{Range}", TestApi.Ct);
        await outside.ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
    }

    [Fact]
    public async Task The_city_exports_its_days_with_the_stations_that_had_data_but_has_no_hourly_export()
    {
        await SeedOnceAsync();
        var admin = await factory.UserAsync("demo.admin");
        var api = await admin.ListAsync($"/api/air/daily?station=city&{Range}");
        var lines = Lines(await admin.TextAsync($"/api/air/export/daily?station=city&{Range}"));
        Assert.Equal(api.Length, lines.Length - 1);
        var row = lines[1].Split(',');
        Assert.Equal(("city", api[0].GetProperty("stations").GetInt32().ToString(CultureInfo.InvariantCulture)), (row[0], row[21]));

        using var hourly = await admin.GetAsync($"/api/air/export/hourly?station=city&{Range}", TestApi.Ct);
        var problem = await hourly.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("station", Assert.Single(problem.Errors()).Field);
        using var format = await admin.GetAsync($"/api/air/export/daily?station=city&{Range}&format=pdf", TestApi.Ct);
        Assert.Equal("format", Assert.Single((await format.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors()).Field);
    }

    private static string[] Lines(string csv)
    {
        Assert.DoesNotContain('\r', csv);
        Assert.EndsWith("\n", csv, StringComparison.Ordinal);
        return csv.TrimEnd('\n').Split('\n');
    }

    private static string Number(JsonElement row, string field, string format = "0") =>
        row.GetProperty(field).ValueKind == JsonValueKind.Null ? "" : row.GetProperty(field).GetDecimal().ToString(format, CultureInfo.InvariantCulture);

    private static List<IDictionary<string, object?>> Rows(byte[] xlsx) =>
        [.. new MemoryStream(xlsx).Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()];
}
