using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.Water;

/// <summary>
/// Replicate samples of one day (decision 0316), the warning for a detection limit above the limit it would prove
/// (decision 0303), and the rural sewage treatment rate entered with its evidence beside the table 2-1 water indicators.
/// </summary>
public sealed class WaterReplicateAndIndicatorTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Replicates_of_a_day_are_kept_averaged_first_and_replaced_together_by_a_new_file()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        // 5 May twice (COD 10 and 30 → 20) and 25 May once (COD 40): the month is (20 + 40) / 2 = 30 (class Ⅳ), not 26.67.
        var file = "section,date,waterbody,COD\nCJ-W05,2021-05-05,river,10\nCJ-W05,2021-05-05,river,30\nCJ-W05,2021-05-25,river,40\n";
        var result = await (await monitor.UploadAsync("/api/water/samples/import", file)).ReadAsync<JsonElement>();
        Assert.Equal(3, result.GetProperty("created").GetInt32());
        var stored = await monitor.ListAsync("/api/water/samples?site=CJ-W05&from=2021-05-01&to=2021-05-31");
        Assert.Equal([("2021-05-05", 1), ("2021-05-05", 2), ("2021-05-25", 1)], stored.Select(s => (s.Str("date"), s.GetProperty("replicate").GetInt32())));
        var may = Assert.Single(await monitor.ListAsync("/api/water/sections/CJ-W05/monthly?from=2021-05&to=2021-05"));
        Assert.Equal(30m, may.GetProperty("values").GetProperty("COD").GetDecimal());
        Assert.Equal(3, may.GetProperty("samples").GetInt32());

        // A corrected file with one row for 5 May replaces that day's two replicates by one.
        var again = await (await monitor.UploadAsync("/api/water/samples/import", "section,date,waterbody,COD\nCJ-W05,2021-05-05,river,12\n")).ReadAsync<JsonElement>();
        Assert.Equal((0, 1), (again.GetProperty("created").GetInt32(), again.GetProperty("updated").GetInt32()));
        Assert.Equal([12m, 40m], (await monitor.ListAsync("/api/water/samples?site=CJ-W05&from=2021-05-01&to=2021-05-31"))
            .Select(s => decimal.Parse(s.GetProperty("values").GetProperty("COD").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));

        // A single entry adds its own replicate; a replicate number outside 1–9 is refused.
        var second = new { site = "CJ-W05", date = "2021-05-05", waterbody = "river", replicate = 2, values = new Dictionary<string, string> { ["COD"] = "16" } };
        var created = await (await monitor.PostAsJsonAsync("/api/water/samples", second, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(2, created.GetProperty("replicate").GetInt32());
        var tenth = second with { replicate = 10 };
        await (await monitor.PostAsJsonAsync("/api/water/samples", tenth, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        may = Assert.Single(await monitor.ListAsync("/api/water/sections/CJ-W05/monthly?from=2021-05&to=2021-05"));
        Assert.Equal(27m, may.GetProperty("values").GetProperty("COD").GetDecimal()); // ((12 + 16) / 2 + 40) / 2
    }

    [Fact]
    public async Task A_detection_limit_above_the_class_i_limit_is_saved_with_a_warning()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var file = "section,date,waterbody,Hg,NH3N,Cu\nCJ-W04,2021-06-10,river,0.0001L,0.025L,0.05L\n";
        var result = await (await monitor.UploadAsync("/api/water/samples/import", file, acceptLanguage: "en-US")).ReadAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var warnings = result.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("row").GetInt32(), w.Str("field"))).ToList();
        Assert.Equal([(2, "Hg"), (2, "Cu")], warnings); // class Ⅰ Hg 0.00005 and Cu 0.01; NH3-N 0.025 is below its 0.15
        Assert.Contains("0.0001", result.GetProperty("warnings")[0].Str("message"), StringComparison.Ordinal);

        var sample = Assert.Single(await monitor.ListAsync("/api/water/samples?site=CJ-W04&from=2021-06-10&to=2021-06-10"));
        var listed = sample.GetProperty("detectionLimitWarnings").EnumerateArray().ToList();
        Assert.Equal(["Hg", "Cu"], listed.Select(w => w.Str("item")));
        Assert.Equal((0.0001m, 0.00005m), (listed[0].GetProperty("detectionLimit").GetDecimal(), listed[0].GetProperty("limit").GetDecimal()));
        var june = Assert.Single(await monitor.ListAsync("/api/water/sections/CJ-W04/monthly?from=2021-06&to=2021-06"));
        // Saved and evaluated as written: the month's mean takes half of each limit (0303), and Cu 0.025 is above class Ⅰ's 0.01.
        Assert.Equal("II", june.Str("class"));
    }

    [Fact]
    public async Task The_rural_sewage_rate_is_entered_with_its_evidence_audited_and_shown_with_the_indicators()
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "rural-sewage-rates", new { year = 2024, rate = 32.5, source = "昌吉市农村生活污水治理情况统计表（2024年度），市生态环境局" });
        var indicators = await admin.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2024", TestApi.Ct);
        var rural = indicators.GetProperty("ruralSewage");
        Assert.Equal((2024, 32.5), (rural.GetProperty("year").GetInt32(), rural.GetProperty("rate").GetDouble()));
        Assert.Contains("统计表", rural.Str("source"), StringComparison.Ordinal);
        // A later year without its own figure shows the latest one before it, with that year (the demo holds the plan's 2020 baseline).
        Assert.Equal(2024, (await admin.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2025", TestApi.Ct)).GetProperty("ruralSewage").GetProperty("year").GetInt32());
        Assert.Equal(2020, (await admin.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2023", TestApi.Ct)).GetProperty("ruralSewage").GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, (await admin.GetFromJsonAsync<JsonElement>("/api/water/indicators?year=2019", TestApi.Ct)).GetProperty("ruralSewage").ValueKind);

        var current = await admin.GetFromJsonAsync<JsonElement>("/api/rural-sewage-rates/2024", TestApi.Ct);
        Assert.Equal(32.5, current.GetProperty("rate").GetDouble());
        var auditor = await factory.UserAsync("demo.auditor");
        var audit = await auditor.GetFromJsonAsync<JsonElement>("/api/audit?entity=RuralSewageRate", TestApi.Ct);
        Assert.Contains(Items(audit), a => a.Str("action") == "create" && a.Str("entityType") == "RuralSewageRate");

        var problem = await (await admin.PostAsJsonAsync("/api/rural-sewage-rates", new { year = 2026, rate = 120.0, source = "" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["rate", "source"], problem.Errors().Select(e => e.Field).Order().ToArray());
        var grid = await factory.UserAsync("demo.grid");
        await (await grid.PostAsJsonAsync("/api/rural-sewage-rates", new { year = 2026, rate = 30.0, source = "x" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");
    }

    private static IEnumerable<JsonElement> Items(JsonElement audit) =>
        audit.ValueKind == JsonValueKind.Array ? audit.EnumerateArray() : audit.GetProperty("items").EnumerateArray();
}
