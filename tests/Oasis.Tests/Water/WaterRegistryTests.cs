using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.Water;

/// <summary>The five water registries on the generic registry routes, and the demo city's water registry.</summary>
public sealed class WaterRegistryTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Demo_city_has_its_rivers_six_sections_with_targets_two_sources_and_three_wells()
    {
        var admin = await factory.UserAsync("demo.admin");
        var bodies = await admin.ListAsync("/api/water-bodies");
        Assert.Equal(["NUERJIA", "SANTUN", "TOUTUN"], bodies.Select(b => b.Str("code")));
        var sections = await admin.ListAsync("/api/water-sections");
        Assert.Equal(6, sections.Length);
        Assert.All(sections, s => Assert.Contains(s.Str("targetClass"), new[] { "II", "III" }));
        Assert.Equal(3, sections.Count(s => s.Str("waterBody") == "SANTUN"));
        Assert.Equal(2, (await admin.ListAsync("/api/water-sources")).Length);
        Assert.Equal(3, (await admin.ListAsync("/api/groundwater-wells")).Length);

        var source = await admin.GetFromJsonAsync<JsonElement>("/api/water-sources/CJ-D02", TestApi.Ct);
        Assert.Equal("Polygon", source.GetProperty("firstZone").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Monitor_creates_updates_exports_and_deletes_a_section()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var section = new
        {
            code = "WR-S1", name = "测试断面", waterBody = "SANTUN", controlLevel = "city", assessment = true, targetClass = "III",
            latitude = 44.0, longitude = 87.26, gridCode = "CJ-G047", stationCode = (string?)null,
        };
        (await monitor.PostAsJsonAsync("/api/water-sections", section, TestApi.Ct)).EnsureSuccessStatusCode();
        var updated = await monitor.PutAsJsonAsync("/api/water-sections/WR-S1", section with { targetClass = "II" }, TestApi.Ct);
        Assert.Equal("II", (await updated.ReadAsync<JsonElement>()).Str("targetClass"));
        var csv = await monitor.TextAsync("/api/water-sections/export?format=csv");
        Assert.StartsWith("code,name,waterBody,controlLevel,assessment,targetClass,latitude,longitude,gridCode,stationCode\n", csv, StringComparison.Ordinal);
        Assert.Contains("WR-S1,测试断面,SANTUN,city,true,II,", csv, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await monitor.DeleteAsync("/api/water-sections/WR-S1", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task Section_import_reports_each_bad_row_and_writes_nothing()
    {
        var admin = await factory.UserAsync("demo.admin");
        const string file = "code,name,waterBody,controlLevel,assessment,targetClass,latitude,longitude,gridCode,stationCode\n"
            + "WR-I1,断面一,SANTUN,city,true,III,44.0,87.26,,\n"
            + "WR-I2,断面二,NOSUCH,city,true,III,44.0,87.26,,\n"
            + "WR-I3,断面三,TOUTUN,county,true,VI,44.0,87.26,,\n";
        var problem = await (await admin.UploadAsync("/api/water-sections/import", file, acceptLanguage: "en-US"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var errors = problem.Errors();
        Assert.Contains((3, "waterBody", "Water body 'NOSUCH' does not exist."), errors);
        Assert.Contains((4, "controlLevel", "'county' is not allowed; use one of: national, regional, city."), errors);
        Assert.Contains((4, "targetClass", "'VI' is not allowed; use one of: I, II, III, IV, V."), errors);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/water-sections/WR-I1", TestApi.Ct)).StatusCode);
    }

    [Fact]
    public async Task A_source_zone_that_is_not_a_polygon_is_refused()
    {
        var admin = await factory.UserAsync("demo.admin");
        var source = new
        {
            code = "WR-D1", name = "测试水源地", kind = "surface", thousandTonne = true, waterBody = (string?)null, latitude = 44.0, longitude = 87.2,
            gridCode = (string?)null, firstZone = new { type = "Point", coordinates = new[] { 87.2, 44.0 } },
        };
        var problem = await (await admin.PostAsJsonAsync("/api/water-sources", source, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("firstZone", Assert.Single(problem.Errors()).Field);
    }

    [Fact]
    public async Task A_water_body_with_sections_cannot_be_deleted()
    {
        var admin = await factory.UserAsync("demo.admin");
        await (await admin.DeleteAsync("/api/water-bodies/SANTUN", TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:in-use");
    }

    [Fact]
    public async Task A_grid_manager_sees_only_the_sections_of_his_grid_and_may_not_edit()
    {
        var grid = await factory.UserAsync("demo.grid");
        Assert.Empty(await grid.ListAsync("/api/water-sections"));
        Assert.Equal(3, (await grid.ListAsync("/api/water-bodies")).Length);
        await (await grid.GetAsync("/api/water-sections/CJ-W01", TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        var body = new { code = "WR-B9", name = "水体", kind = "river", basin = (string?)null };
        await (await grid.PostAsJsonAsync("/api/water-bodies", body, TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");
    }
}
