using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Oasis.Tests.Air;

/// <summary>
/// The life of a dust period (decision 0504): proposed by monitoring staff, approved by a leader, confirmed by the national
/// centre's decisions; what each source level deducts, on the targets' progress and on <c>/api/air/daily</c>. A host of
/// its own: its approvals would change the figures <see cref="AirTargetTests"/> checks.
/// </summary>
public sealed class AirDustTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private const string Station = TargetYear.Station;

    private Task SeedOnceAsync() => TargetYear.SeedOnceAsync(factory);

    [Fact]
    public async Task An_approved_dust_day_is_deducted_from_the_targets_figures_and_a_proposed_one_is_not()
    {
        await SeedOnceAsync();
        var monitor = await factory.UserAsync("demo.monitor");
        var proposal = new { start = "2025-06-30T00:00:00+08:00", end = "2025-07-01T00:00:00+08:00", station = (string?)null, evidence = "PM10/PM2.5 比值与气象沙尘预报" };
        var created = await (await monitor.PostAsJsonAsync("/api/air/dust-periods", proposal, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(("proposed", "demo.monitor"), (created.Str("status"), created.Str("proposedBy")));

        await using var host = TargetYear.OnFirstJuly2025(factory);
        var operatorClient = await TargetYear.LoginAsync(host, "demo.operator");
        var before = Indicator(await operatorClient.GetFromJsonAsync<JsonElement>("/api/air/targets/progress", TestApi.Ct), "good-ratio");
        Assert.Equal(150, before.GetProperty("count").GetInt32());
        // Periods of other stations (another test confirms some) count as in force but leave the city's one station alone.
        var periodsBefore = before.GetProperty("dustPeriods").GetInt32();

        var leader = await factory.UserAsync("demo.leader");
        var approved = await (await leader.PostAsync($"/api/air/dust-periods/{id}/approve", null, TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("approved", "demo.leader"), (approved.Str("status"), approved.Str("decidedBy")));
        await (await leader.PostAsync($"/api/air/dust-periods/{id}/approve", null, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:dust-period-state");

        var progress = await operatorClient.GetFromJsonAsync<JsonElement>("/api/air/targets/progress", TestApi.Ct);
        var good = Indicator(progress, "good-ratio");
        // 30 June re-rated without its PM10 and PM2.5: NO2 20 and O3-8h 50 → AQI 25, good; it stays in the denominator (181).
        Assert.Equal((151, 181, 49, 1, "approved"), (good.GetProperty("count").GetInt32(), good.GetProperty("validDays").GetInt32(),
            good.GetProperty("allowedDays").GetInt32(), good.GetProperty("dustPeriods").GetInt32() - periodsBefore, good.Str("dustSource")));
        // Its PM2.5 leaves the mean: (46.5 × (180 + 184) − 12300) / 184 = 25.14.
        var pm25 = Indicator(progress, "pm25");
        Assert.Equal((180, 25.14m), (pm25.GetProperty("validDays").GetInt32(), pm25.GetProperty("remainingMeanLimit").GetDecimal()));

        // The same deduction on /api/air/daily, which says so; `include` (the default) keeps the day as measured.
        var deducted = Assert.Single(await operatorClient.ListAsync($"/api/air/daily?station={Station}&from=2025-06-30&to=2025-06-30&dust=deduct"));
        Assert.Equal((25, "deduct", "approved"), (deducted.GetProperty("aqi").GetInt32(), deducted.Str("dust"), deducted.Str("dustSource")));
        var measured = Assert.Single(await operatorClient.ListAsync($"/api/air/daily?station={Station}&from=2025-06-30&to=2025-06-30"));
        Assert.Equal((210, "include"), (measured.GetProperty("aqi").GetInt32(), measured.Str("dust")));
        // Only confirmed periods: none yet.
        var confirmedOnly = Assert.Single(await operatorClient.ListAsync($"/api/air/daily?station={Station}&from=2025-06-30&to=2025-06-30&dust=deduct&dustSource=confirmed"));
        Assert.Equal(210, confirmedOnly.GetProperty("aqi").GetInt32());

        // Audited: the proposal (its key is not known before the insert, so it is found by its content) and the approval.
        var audit = await factory.WithDbAsync(db => db.AuditRecords.Where(a => a.EntityType == "DustEpisode").Select(a => new { a.Action, a.EntityKey, a.After }).ToListAsync(TestApi.Ct));
        Assert.Contains(audit, a => a.Action == "create" && a.After!.Contains("PM10/PM2.5", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == "update" && a.EntityKey == id.ToString(CultureInfo.InvariantCulture) && a.After!.Contains("approved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task National_decisions_confirm_the_matching_period_and_add_those_oasis_did_not_have()
    {
        var admin = await factory.UserAsync("demo.admin");
        await Records.CreateAsync(admin, "stations", Records.New("stations", "TGT-2"));
        var monitor = await factory.UserAsync("demo.monitor");
        var proposal = new { start = "2025-04-01T00:00:00+08:00", end = "2025-04-02T00:00:00+08:00", station = "TGT-2", evidence = "沙尘天气过程" };
        var id = (await (await monitor.PostAsJsonAsync("/api/air/dust-periods", proposal, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var csv = "start,end,station,confirmation\n" +
            "2025-04-01T00:00:00+08:00,2025-04-02T00:00:00+08:00,TGT-2,总站〔2025〕12号\n" +
            "2025-04-05T06:00:00+08:00,2025-04-05T18:00:00+08:00,TGT-2,总站〔2025〕13号\n";
        var result = await (await monitor.UploadAsync("/api/air/dust-periods/confirmations", csv, "decisions.csv")).ReadAsync<JsonElement>();
        Assert.Equal((1, 1), (result.GetProperty("confirmed").GetInt32(), result.GetProperty("created").GetInt32()));

        var confirmed = await monitor.ListAsync("/api/air/dust-periods?from=2025-04-01&to=2025-04-30&status=confirmed");
        Assert.Equal([id], confirmed.Where(p => p.Str("evidence") == "沙尘天气过程").Select(p => p.GetProperty("id").GetInt32()));
        Assert.Equal(["总站〔2025〕12号", "总站〔2025〕13号"], confirmed.Select(p => p.Str("confirmation")));
        Assert.Equal("2025-04-05T06:00:00+08:00", confirmed[1].Str("start"));

        // A confirmed period is the national centre's: a leader no longer decides it.
        var leader = await factory.UserAsync("demo.leader");
        await (await leader.PostAsync($"/api/air/dust-periods/{id}/reject", null, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:dust-period-state");
    }

    [Fact]
    public async Task A_bad_confirmation_file_is_refused_whole_with_its_rows()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var csv = "start,end,station,confirmation\n" +
            "2025-04-10T00:30:00+08:00,2025-04-11T00:00:00+08:00,,总站〔2025〕20号\n" +
            "2025-04-12T00:00:00+08:00,2025-04-11T00:00:00+08:00,NOPE,\n";
        var problem = await (await monitor.UploadAsync("/api/air/dust-periods/confirmations", csv, "decisions.csv")).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        Assert.Equal([(2, "start"), (3, "confirmation"), (3, "end"), (3, "station")], problem.Errors().Select(e => (e.Row ?? 0, e.Field)).Order().ToArray());
        Assert.Empty(await monitor.ListAsync("/api/air/dust-periods?from=2025-04-10&to=2025-04-12"));
    }

    private static JsonElement Indicator(JsonElement progress, string indicator) => TargetYear.Indicator(progress, indicator);
}
