using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests.Air;

/// <summary>
/// Targets as data and the year's progress (decision 0503), and the life of dust periods that the targets' dust basis
/// deducts (decision 0504), through the real host on 1 July 2025 (Beijing time).
/// </summary>
public sealed class AirTargetTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private Task SeedOnceAsync() => TargetYear.SeedOnceAsync(factory);

    [Fact]
    public async Task The_plans_targets_and_baselines_of_table_2_1_are_seeded()
    {
        var targets = await (await factory.UserAsync("demo.operator")).ListAsync("/api/air-targets");
        var values = targets.ToDictionary(t => t.Str("code"), t => (t.Str("indicator"), t.GetProperty("year").GetInt32(), t.Str("role"), t.GetProperty("value").GetDouble(), t.Str("kind"), t.Str("dust")));
        Assert.Equal(("good-ratio", 2020, "baseline", 77.9, "binding", "deduct"), values["CJ-14-GOOD-2020"]);
        Assert.Equal(("good-ratio", 2025, "target", 78.4, "binding", "deduct"), values["CJ-14-GOOD-2025"]);
        Assert.Equal(("pm25", 2020, "baseline", 49.0, "binding", "deduct"), values["CJ-14-PM25-2020"]);
        Assert.Equal(("pm25", 2025, "target", 46.8, "binding", "deduct"), values["CJ-14-PM25-2025"]);
        Assert.Equal(("heavy-ratio", 2020, "baseline", 11.7, "expected", "deduct"), values["CJ-14-HEAVY-2020"]);
        Assert.Equal(("heavy-ratio", 2025, "target", 7.7, "expected", "deduct"), values["CJ-14-HEAVY-2025"]);
    }

    [Fact]
    public async Task A_leader_sets_an_annual_target_and_a_bad_one_is_refused_field_by_field()
    {
        var leader = await factory.UserAsync("demo.leader");
        var target = new { code = "CJ-GOOD-2027", indicator = "good-ratio", year = 2027, role = "target", value = 80.0, kind = "binding", edition = "2026", dust = "deduct", plan = (string?)null, source = "年度目标" };
        (await leader.PostAsJsonAsync("/api/air-targets", target, TestApi.Ct)).EnsureSuccessStatusCode();
        var bad = target with { code = "CJ-BAD", indicator = "ozone", value = 120.0 };
        var problem = await (await leader.PostAsJsonAsync("/api/air-targets", bad, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["indicator", "value"], problem.Errors().Select(e => e.Field).Order().ToArray());
        var audit = await factory.WithDbAsync(db => db.AuditRecords.CountAsync(a => a.EntityType == "AirTarget" && a.EntityKey == "CJ-GOOD-2027", TestApi.Ct));
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task Progress_on_1_july_says_how_many_non_good_days_and_what_pm25_mean_the_rest_of_2025_allows()
    {
        await SeedOnceAsync();
        await using var host = OnFirstJuly2025();
        var progress = await (await LoginAsync(host, "demo.operator")).GetFromJsonAsync<JsonElement>("/api/air/targets/progress", TestApi.Ct);

        Assert.Equal(2025, progress.GetProperty("year").GetInt32());
        Assert.Equal("2025-06-30", progress.Str("through"));
        Assert.Equal((181, 184), (progress.GetProperty("evaluatedDays").GetInt32(), progress.GetProperty("remainingDays").GetInt32()));
        var good = Indicator(progress, "good-ratio");
        // 150/181 = 82.87 → 82.9; 286 of 365 reports 78.4: 136 of the 184 days left must be good, 48 may not.
        Assert.Equal((82.9m, 150, 48), (good.GetProperty("soFar").GetDecimal(), good.GetProperty("count").GetInt32(), good.GetProperty("allowedDays").GetInt32()));
        Assert.Equal(("2012", "deduct", 0), (good.Str("edition"), good.Str("dust"), good.GetProperty("dustPeriods").GetInt32()));
        var heavy = Indicator(progress, "heavy-ratio");
        // 31 heavy days already exceed the 28 that 7.7 % of 365 allows.
        Assert.Equal((17.1m, JsonValueKind.Null, false), (heavy.GetProperty("soFar").GetDecimal(), heavy.GetProperty("allowedDays").ValueKind, heavy.GetProperty("reachable").GetBoolean()));
        var pm25 = Indicator(progress, "pm25");
        // (150 × 50 + 31 × 160) / 181 = 68.8 → 69; the year may end at 46.5 (→ 46): (46.5 × 365 − 12460) / 184 = 24.524.
        Assert.Equal((69m, 24.52m, true), (pm25.GetProperty("soFar").GetDecimal(), pm25.GetProperty("remainingMeanLimit").GetDecimal(), pm25.GetProperty("limitInclusive").GetBoolean()));
        Assert.Equal(181, progress.GetProperty("days").GetArrayLength());
        Assert.Equal(82.9m, progress.GetProperty("days")[180].GetProperty("goodRatio").GetDecimal());
    }

    [Fact]
    public async Task Period_compares_with_last_year_rated_by_this_periods_edition_and_by_its_own()
    {
        await SeedOnceAsync();
        var client = await factory.UserAsync("demo.operator");
        var period = await client.GetFromJsonAsync<JsonElement>($"/api/air/period?station={TargetYear.Station}&from=2026-03-01&to=2026-03-31", TestApi.Ct);
        Assert.Equal(("2026", "include", 0), (period.Str("edition"), period.Str("dust"), period.GetProperty("validDays").GetInt32()));
        var same = period.GetProperty("previous").GetProperty("sameBasis");
        var other = period.GetProperty("previous").GetProperty("otherBasis");
        Assert.Equal(("2025-03-01", "2025-03-31", "2026", "2012"), (same.Str("from"), same.Str("to"), same.Str("edition"), other.Str("edition")));
        var as2026 = await client.GetFromJsonAsync<JsonElement>($"/api/air/period?station={TargetYear.Station}&from=2025-03-01&to=2025-03-31&standard=2026", TestApi.Ct);
        var asMeasured = await client.GetFromJsonAsync<JsonElement>($"/api/air/period?station={TargetYear.Station}&from=2025-03-01&to=2025-03-31", TestApi.Ct);
        foreach (var field in (string[])["validDays", "pm25", "pm25P95", "goodDays", "goodRatio", "heavyDays", "compositeIndex"])
        {
            Assert.Equal(as2026.GetProperty(field).GetRawText(), same.GetProperty(field).GetRawText());
            Assert.Equal(asMeasured.GetProperty(field).GetRawText(), other.GetProperty(field).GetRawText());
        }

        Assert.Equal(31, same.GetProperty("validDays").GetInt32());
        Assert.False(same.TryGetProperty("previous", out _));
    }

    private WebApplicationFactory<Program> OnFirstJuly2025() => TargetYear.OnFirstJuly2025(factory);

    private static Task<HttpClient> LoginAsync(WebApplicationFactory<Program> host, string user) => TargetYear.LoginAsync(host, user);

    private static JsonElement Indicator(JsonElement progress, string indicator) => TargetYear.Indicator(progress, indicator);
}
