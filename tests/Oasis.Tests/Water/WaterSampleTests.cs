using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace Oasis.Tests.Water;

/// <summary>Manual samples: entry, the CLI's file format on import (<c>0.004L</c> included), bad rows all or nothing.</summary>
public sealed class WaterSampleTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Header = "section,date,waterbody,pH,DO,CODMn,COD,BOD5,NH3N,TP,Cu,Zn,F,Se,As,Hg,Cd,Cr6,Pb,CN,Phenol,Oil,LAS,Sulfide,TN,FecalColiform\n";

    [Fact]
    public async Task The_demo_city_holds_24_monthly_samples_per_section()
    {
        var admin = await factory.UserAsync("demo.admin");
        var samples = await admin.ListAsync("/api/water/samples?site=CJ-W06");
        Assert.Equal(24, samples.Length);
        Assert.Equal(24, samples.Select(s => s.Str("date")[..7]).Distinct().Count());
        Assert.Equal("0.004L", samples[0].GetProperty("values").GetProperty("Cr6").GetString());
    }

    [Fact]
    public async Task A_cli_file_imports_with_values_below_the_detection_limit_kept_as_written()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var file = Header
            + "CJ-W02,2023-05-10,river,7.8,8.2,3.1,12,2.0,0.004L,0.05,,,,,,0.00004L,,,,,,,,,1.1,500\n"
            + "CJ-D02,2023-05-11,lake,7.9,8.0,2.0,10,1.0,0.10,0.02,,,,,,,,,,,,,,,,\n";
        var result = await (await monitor.UploadAsync("/api/water/samples/import", file)).ReadAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());

        var sample = Assert.Single(await monitor.ListAsync("/api/water/samples?site=CJ-W02&from=2023-05-01&to=2023-05-31"));
        Assert.Equal("section", sample.Str("siteKind"));
        Assert.Equal("0.004L", sample.GetProperty("values").GetProperty("NH3N").GetString());
        Assert.Equal("0.00004L", sample.GetProperty("values").GetProperty("Hg").GetString());
        Assert.False(sample.GetProperty("values").TryGetProperty("Cu", out _));

        // The same file again replaces the two samples rather than doubling them.
        var again = await (await monitor.UploadAsync("/api/water/samples/import", file)).ReadAsync<JsonElement>();
        Assert.Equal(2, again.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task Bad_rows_are_reported_by_row_and_field_and_nothing_is_written()
    {
        var admin = await factory.UserAsync("demo.admin");
        var file = Header
            + "CJ-W01,2023-06-10,river,7.8,8.2,3.1,12,2.0,0.3,0.05,,,,,,,,,,,,,,,,\n"
            + "CJ-W01,2023-06-31,river,7.8,,,,,,,,,,,,,,,,,,,,,,\n"
            + "CJ-W01,2023-07-10,lake,7.8,0.2L,,,,,,,,,,,,,,,,,,,,,\n"
            + "NOSUCH,2023-07-10,river,7.8,,,,,,,,,,,,,,,,,,,,,,\n"
            + "CJ-W01,2023-08-10,river,7.8,8,-1,x,,,,,,,,,,,,,,,,,,,\n";
        file += "CJ-W01,2023-09-10,river,7.8\n";
        var problem = await (await admin.UploadAsync("/api/water/samples/import", file, acceptLanguage: "en-US"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var errors = problem.Errors();
        Assert.Contains((7, "", "The row has 4 fields; expected 26."), errors);
        Assert.Contains((3, "date", "'2023-06-31' is not a date (yyyy-MM-dd)."), errors);
        Assert.Contains((4, "waterbody", "waterbody is 'lake' but CJ-W01 lies on a 'river' water body."), errors);
        Assert.Contains((4, "DO", "DO cannot be below a detection limit ('0.2L')."), errors);
        Assert.Contains((5, "section", "'NOSUCH' is not a registered section, drinking-water source or well."), errors);
        Assert.Contains((6, "CODMn", "A concentration cannot be negative: '-1'."), errors);
        Assert.Contains((6, "COD", "'x' is not a value (e.g. 1.25; below the detection limit write 0.004L)."), errors);
        Assert.Empty(await admin.ListAsync("/api/water/samples?site=CJ-W01&from=2023-06-01&to=2023-08-31"));
    }

    [Fact]
    public async Task An_unknown_column_is_refused_on_the_header_row()
    {
        var admin = await factory.UserAsync("demo.admin");
        var problem = await (await admin.UploadAsync("/api/water/samples/import", "section,date,waterbody,Colour\nCJ-W01,2023-06-10,river,red\n", acceptLanguage: "en-US"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        Assert.Equal(1, Assert.Single(problem.Errors()).Row);
    }

    [Fact]
    public async Task A_sample_entered_by_post_can_be_deleted_and_a_grid_manager_may_enter_none()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var body = new { site = "CJ-W03", date = "2023-09-10", waterbody = "river", values = new Dictionary<string, string> { ["pH"] = "7.7", ["NH3N"] = "0.025L" } };
        var created = await (await monitor.PostAsJsonAsync("/api/water/samples", body, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("0.025L", created.GetProperty("values").GetProperty("NH3N").GetString());

        var grid = await factory.UserAsync("demo.grid");
        await (await grid.PostAsJsonAsync("/api/water/samples", body, TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");

        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.NoContent, (await monitor.DeleteAsync($"/api/water/samples/{id}", TestApi.Ct)).StatusCode);
        Assert.Empty(await monitor.ListAsync("/api/water/samples?site=CJ-W03&from=2023-09-01&to=2023-09-30"));
    }

    [Fact]
    public async Task The_export_is_the_cli_input_format()
    {
        var admin = await factory.UserAsync("demo.admin");
        var csv = await admin.TextAsync("/api/water/samples/export?site=CJ-W01&from=2025-01-01&to=2025-12-31");
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Header.TrimEnd('\n'), lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.Equal(26, l.Split(',').Length));
    }

    [Fact]
    public async Task An_xlsx_file_imports_numbers_as_written_and_replaces_the_sample_of_the_same_day()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var rows = new List<Dictionary<string, object>>
        {
            new() { ["section"] = "CJ-W04", ["date"] = "2023-10-10", ["waterbody"] = "river", ["pH"] = 7.9, ["Hg"] = 0.00005, ["NH3N"] = "0.025L" },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        var result = await (await monitor.UploadAsync("/api/water/samples/import", stream.ToArray(), "samples.xlsx")).ReadAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("created").GetInt32());

        rows[0]["NH3N"] = 0.3;
        using var second = new MemoryStream();
        second.SaveAs(rows, excelType: ExcelType.XLSX);
        var again = await (await monitor.UploadAsync("/api/water/samples/import", second.ToArray(), "samples.xlsx")).ReadAsync<JsonElement>();
        Assert.Equal(1, again.GetProperty("updated").GetInt32());

        var values = Assert.Single(await monitor.ListAsync("/api/water/samples?site=CJ-W04&from=2023-10-10&to=2023-10-10")).GetProperty("values");
        Assert.Equal("0.00005", values.GetProperty("Hg").GetString()); // not 5E-05
        Assert.Equal("0.3", values.GetProperty("NH3N").GetString());
        Assert.Equal("7.9", values.GetProperty("pH").GetString());
    }
}
