using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;

namespace Oasis.Tests.Forecast;

/// <summary>Synthetic city forecasts, stored as issued forecasts, drive the warning life through the real host.</summary>
internal static class WarningKit
{
    /// <summary>Stores a forecast of the city issued on <paramref name="issueDate"/> with these daily AQIs for day+1 onwards.</summary>
    public static Task ForecastAsync(OasisFactory factory, DateOnly issueDate, params int[] aqi) => factory.WithDbAsync(async db =>
    {
        var model = db.Set<ForecastModelRecord>().OrderBy(m => m.Id).FirstOrDefault();
        if (model is null)
        {
            model = new ForecastModelRecord
            {
                Code = "aqf-synthetic", TrainedFrom = new DateOnly(2026, 1, 1), TrainedUntil = new DateOnly(2026, 12, 31), Stations = "CJ-A01",
                Examples = "1,1,1,1,1,1,1", BlendWeights = "1,1,1,1,1,1,1,1,1,1", FileName = "synthetic.zip", Sha256 = new string('0', 64),
                CreatedBy = "test", Seed = 1, Iterations = 10, Leaves = 31, LearningRate = 0.05,
            };
            db.Add(model);
            await db.SaveChangesAsync(TestApi.Ct);
        }

        db.Add(new ForecastIssue
        {
            ModelId = model.Id, IssueDate = issueDate, Weather = ForecastWeather.NotUsed, Stations = "CJ-A01", IssuedBy = "test",
            Days = [.. aqi.Select((a, i) => new ForecastDay
            {
                Station = "city", TargetDate = issueDate.AddDays(i + 1), Lead = i + 1, Aqi = a, Category = "x", Primary = "PM2.5", Edition = "2026",
            })],
        });
        await db.SaveChangesAsync(TestApi.Ct);
        return 0;
    });

    public static async Task<JsonElement> PostAsync(HttpClient client, string path, object? body = null, HttpStatusCode status = HttpStatusCode.OK) =>
        await (await client.PostAsJsonAsync(path, body ?? new { }, TestApi.Ct)).ReadAsync<JsonElement>(status);
}

public sealed class ForecastWarningTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_warning_is_proposed_approved_issued_upgraded_downgraded_and_lifted_as_the_forecast_changes()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var leader = await factory.UserAsync("demo.leader");
        var day = new DateOnly(2027, 1, 10);

        // Two days above 200: yellow.
        await WarningKit.ForecastAsync(factory, day, 250, 260, 150, 120, 100, 90, 80, 80, 80, 80);
        var w = await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { region = "changji" });
        var id = w.GetProperty("id").GetInt32();
        Assert.Equal(("proposed", "issue", "yellow"), (w.Str("state"), w.Str("pendingAction"), w.Str("pendingLevel")));
        Assert.Equal("2027-01-11", w.Str("episodeStart"));

        // Not yet approved: refused. A second proposal while one is pending: refused.
        await (await leader.PostAsync($"/api/forecast/warnings/{id}/issue", null, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-warning-not-approved");
        await (await monitor.PostAsJsonAsync("/api/forecast/warnings/propose", new { }, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-warning-pending");

        await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { party = "changji" });
        w = await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/issue");
        Assert.Equal(("issued", "yellow"), (w.Str("state"), w.Str("level")));
        Assert.Equal(JsonValueKind.Null, w.GetProperty("pendingAction").ValueKind);

        // The same forecast again: nothing to change.
        var keep = await (await monitor.PostAsJsonAsync("/api/forecast/warnings/propose", new { }, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-warning-keep");
        Assert.Contains("黄色", keep.Str("detail"));

        // Four days above 200, two above 300: red — an upgrade.
        await WarningKit.ForecastAsync(factory, day.AddDays(1), 320, 330, 280, 250, 150, 100, 90, 80, 80, 80);
        w = await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { });
        Assert.Equal((id, "upgrade", "red"), (w.GetProperty("id").GetInt32(), w.Str("pendingAction"), w.Str("pendingLevel")));
        await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { });
        Assert.Equal("red", (await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/issue")).Str("level"));

        // Three days above 200, none above 300: yellow — a downgrade.
        await WarningKit.ForecastAsync(factory, day.AddDays(2), 220, 230, 240, 100, 90, 80, 80, 80, 80, 80);
        Assert.Equal("downgrade", (await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { })).Str("pendingAction"));
        await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { });
        Assert.Equal("yellow", (await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/issue")).Str("level"));

        // One clean day is not enough to lift (36 hours = two days); two are.
        await WarningKit.ForecastAsync(factory, day.AddDays(3), 150, 210, 220, 100, 90, 80, 80, 80, 80, 80);
        await (await monitor.PostAsJsonAsync("/api/forecast/warnings/propose", new { }, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-warning-keep");
        await WarningKit.ForecastAsync(factory, day.AddDays(4), 120, 100, 90, 80, 80, 80, 80, 80, 80, 80);
        Assert.Equal("lift", (await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { })).Str("pendingAction"));
        await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { });
        w = await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/issue");
        Assert.Equal("lifted", w.Str("state"));

        Assert.Equal(
            ["propose-issue", "approve", "issue", "propose-upgrade", "approve", "upgrade", "propose-downgrade", "approve", "downgrade", "propose-lift", "approve", "lift"],
            w.GetProperty("steps").EnumerateArray().Select(s => s.Str("action")));

        // Every step audited; leaders told of proposals, operators of what was issued.
        var auditor = await factory.UserAsync("demo.auditor");
        var audit = await auditor.ListAsync("/api/audit?entity=PollutionWarning&pageSize=500");
        Assert.True(audit.Length >= 12, $"{audit.Length} audit records");
        var leaderNotices = await leader.ListAsync("/api/notifications");
        Assert.Equal(4, leaderNotices.Count(n => n.Str("kind") == "warning" && n.Str("text").Contains("提出", StringComparison.Ordinal)));
        var operatorNotices = await (await factory.UserAsync("demo.operator")).ListAsync("/api/notifications");
        Assert.Equal(4, operatorNotices.Count(n => n.Str("kind") == "warning"));
    }
}

public sealed class ForecastJointWarningTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task The_joint_warning_takes_the_higher_party_level_and_needs_both_parties_approval()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var leader = await factory.UserAsync("demo.leader");
        await WarningKit.ForecastAsync(factory, new DateOnly(2027, 2, 1), 250, 260, 150, 120, 100, 90, 80, 80, 80, 80);

        // Changji's forecast calls for yellow; Wujiaqu's own forecast for orange: the joint warning is orange.
        var w = await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { region = "joint", wujiaquLevel = "orange" });
        var id = w.GetProperty("id").GetInt32();
        Assert.Equal(("joint", "orange"), (w.Str("region"), w.Str("pendingLevel")));

        await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { party = "changji" });
        await (await leader.PostAsync($"/api/forecast/warnings/{id}/issue", null, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-warning-not-approved");
        var missing = await (await leader.PostAsJsonAsync($"/api/forecast/warnings/{id}/approve", new { party = "wujiaqu" }, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal("signatory", missing.Errors().Single().Field);

        w = await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/approve", new { party = "wujiaqu", signatory = "五家渠市生态环境局 王某" });
        Assert.Equal(("demo.leader", "五家渠市生态环境局 王某"), (w.Str("changjiApprovedBy"), w.Str("wujiaquApprovedBy")));
        w = await WarningKit.PostAsync(leader, $"/api/forecast/warnings/{id}/issue");
        Assert.Equal(("issued", "orange"), (w.Str("state"), w.Str("level")));
        var approvals = w.GetProperty("steps").EnumerateArray().Where(s => s.Str("action") == "approve").Select(s => s.Str("party")).ToList();
        Assert.Equal(["changji", "wujiaqu"], approvals);

        // Approving is a leader's act.
        await (await monitor.PostAsJsonAsync($"/api/forecast/warnings/{id}/approve", new { }, TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");
    }
}
