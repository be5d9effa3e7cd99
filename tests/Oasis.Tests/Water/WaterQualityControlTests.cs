using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.Water;

/// <summary>
/// A quality-control replicate (质控样, decision 0319): kept on record and audited, out of the day's mean and every
/// evaluation, counted apart in the section's monthly history; the import takes an optional <c>qualityControl</c> column
/// while the export stays the CLI's input unless asked for the flag.
/// </summary>
public sealed class WaterQualityControlTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_quality_control_replicate_is_kept_but_left_out_of_the_evaluation()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        // 6 August: COD 10 and a quality-control replicate of 50 — the month is 10 (class Ⅰ: COD ≤ 15), not (10 + 50)/2 = 30 (Ⅳ).
        var file = "section,date,waterbody,COD,qualityControl\nCJ-W02,2021-08-06,river,10,\nCJ-W02,2021-08-06,river,50,true\n";
        var result = await (await monitor.UploadAsync("/api/water/samples/import", file)).ReadAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());

        var stored = await monitor.ListAsync("/api/water/samples?site=CJ-W02&from=2021-08-01&to=2021-08-31");
        Assert.Equal([(1, false), (2, true)], stored.Select(s => (s.GetProperty("replicate").GetInt32(), s.GetProperty("qualityControl").GetBoolean())));
        var august = Assert.Single(await monitor.ListAsync("/api/water/sections/CJ-W02/monthly?from=2021-08&to=2021-08"));
        Assert.Equal(10m, august.GetProperty("values").GetProperty("COD").GetDecimal());
        Assert.Equal("I", august.Str("class"));
        Assert.Equal((1, 1), (august.GetProperty("samples").GetInt32(), august.GetProperty("qualityControl").GetInt32()));

        // The assessment of the month and the year leave it out too; the trend reads the same monthly mean.
        var assessment = await monitor.GetFromJsonAsync<JsonElement>("/api/water/assessment?year=2021&month=8", TestApi.Ct);
        var row = assessment.GetProperty("sections").EnumerateArray().Single(s => s.Str("section") == "CJ-W02");
        Assert.Equal((10m, 1), (row.GetProperty("values").GetProperty("COD").GetDecimal(), row.GetProperty("qualityControl").GetInt32()));
        var annual = Assert.Single(await monitor.ListAsync("/api/water/sections/CJ-W02/annual?from=2021&to=2021"));
        Assert.Equal(10m, annual.GetProperty("values").GetProperty("COD").GetDecimal());
    }

    [Fact]
    public async Task An_entry_marks_a_replicate_audited_and_the_export_says_so_only_when_asked()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var first = new { site = "CJ-W03", date = "2021-09-07", waterbody = "river", values = new Dictionary<string, string> { ["NH3N"] = "0.3" } };
        await (await monitor.PostAsJsonAsync("/api/water/samples", first, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var check = new { site = "CJ-W03", date = "2021-09-07", waterbody = "river", replicate = 2, qualityControl = true,
            values = new Dictionary<string, string> { ["NH3N"] = "1.9" } };
        var created = await (await monitor.PostAsJsonAsync("/api/water/samples", check, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.True(created.GetProperty("qualityControl").GetBoolean());
        // Entered again as an ordinary replicate, it is updated in place — and the audit log keeps both states.
        var plain = check with { qualityControl = false };
        await (await monitor.PostAsJsonAsync("/api/water/samples", plain, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        await (await monitor.PostAsJsonAsync("/api/water/samples", check, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var auditor = await factory.UserAsync("demo.auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?action=update&entity=ManualSample", TestApi.Ct);
        var updates = (audit.ValueKind == JsonValueKind.Array ? audit.EnumerateArray() : audit.GetProperty("items").EnumerateArray()).Take(2).ToList();
        Assert.Contains("\"QualityControl\":true", updates[0].Str("after"), StringComparison.Ordinal);
        Assert.Contains("\"QualityControl\":false", updates[0].Str("before"), StringComparison.Ordinal);

        var september = Assert.Single(await monitor.ListAsync("/api/water/sections/CJ-W03/monthly?from=2021-09&to=2021-09"));
        Assert.Equal(0.3m, september.GetProperty("values").GetProperty("NH3N").GetDecimal());

        var export = await monitor.TextAsync("/api/water/samples/export?site=CJ-W03&from=2021-09-01&to=2021-09-30");
        Assert.StartsWith("section,date,waterbody,pH,", export, StringComparison.Ordinal);
        Assert.DoesNotContain("qualityControl", export, StringComparison.Ordinal);
        Assert.Equal(2, export.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the header and the evaluated sample
        var flagged = (await monitor.TextAsync("/api/water/samples/export?site=CJ-W03&from=2021-09-01&to=2021-09-30&qualityControl=true"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",qualityControl", flagged[0], StringComparison.Ordinal);
        Assert.Equal([",false", ",true"], flagged[1..].Select(l => l[l.LastIndexOf(',')..]));
    }

    [Fact]
    public async Task A_flag_that_is_not_yes_or_no_is_refused_by_row()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var file = "section,date,waterbody,COD,qualityControl\nCJ-W02,2021-10-06,river,10,maybe\n";
        var problem = await (await monitor.UploadAsync("/api/water/samples/import", file, acceptLanguage: "en-US"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        Assert.Equal([(2, "qualityControl", "'maybe' is not true/false.")], problem.Errors());
    }
}
