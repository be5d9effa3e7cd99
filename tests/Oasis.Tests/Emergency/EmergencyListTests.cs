using System.Net;
using System.Net.Http.Json;

namespace Oasis.Tests.Emergency;

/// <summary>The list's sufficiency flags, its registry rules, and tasks that follow upgrades, downgrades and the lift, each enterprise seeing its own.</summary>
public sealed class EmergencyListTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task The_demo_list_is_flagged_short_per_level_and_pollutant_without_counting_voluntary_reductions()
    {
        var cells = await (await factory.UserAsync("demo.leader")).ListAsync("/api/emergency/sufficiency");
        var flags = cells.ToDictionary(c => c.Str("level") + " " + c.Str("pollutant"));
        // Yellow: every pollutant above 10 %. Orange: every one below 20 %.
        Assert.All(cells.Where(c => c.Str("level") == "yellow"), c => Assert.False(c.GetProperty("shortfall").GetBoolean()));
        Assert.All(cells.Where(c => c.Str("level") == "orange"), c => Assert.True(c.GetProperty("shortfall").GetBoolean()));
        // Red SO2: 599 kg/d of 2000 = 29.95 % < 30 %: short, although the A-grade plant's voluntary 90 kg/d would lift it to 34.5 %.
        var so2 = flags["red so2"];
        Assert.Equal((599.0, 90.0, 30.0, 30.0), (so2.GetProperty("expectedKgPerDay").GetDouble(), so2.GetProperty("voluntaryKgPerDay").GetDouble(),
            so2.GetProperty("sharePercent").GetDouble(), so2.GetProperty("requiredPercent").GetDouble()));
        Assert.True(so2.GetProperty("shortfall").GetBoolean());
        Assert.False(flags["red nox"].GetProperty("shortfall").GetBoolean());

        // Without a baseline the share is unknown, not a pass.
        var admin = await factory.UserAsync("demo.admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/emergency-baselines/vocs", TestApi.Ct)).StatusCode);
        cells = await admin.ListAsync("/api/emergency/sufficiency");
        Assert.All(cells.Where(c => c.Str("pollutant") == "vocs"), c => Assert.Equal(System.Text.Json.JsonValueKind.Null, c.GetProperty("shortfall").ValueKind));
        await Records.CreateAsync(admin, "emergency-baselines", new { pollutant = "vocs", kgPerDay = 1500.0, year = 2025, source = "test" });
    }

    [Fact]
    public async Task A_row_must_name_a_known_enterprise_its_code_and_one_grade_per_enterprise()
    {
        var enforcer = await factory.UserAsync("demo.enforcer");
        var problem = await (await enforcer.PostAsJsonAsync("/api/emergency-measures", new
        {
            code = "91652301MA7GATHL86-x", creditCode = "91652301MA7GATHL86", grade = "A", level = "yellow", cutPercent = 120.0, pm = 1.0, so2 = 0.0, nox = 0.0, vocs = 0.0,
        }, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        Assert.Equal(["code", "cutPercent", "grade"], problem.Errors().Select(e => e.Field).Order(StringComparer.Ordinal));
        var csv = await enforcer.TextAsync("/api/emergency-measures/export?format=csv");
        Assert.StartsWith("code,creditCode,grade,level,cutPercent,shutdown,offPeak,stoppedSteps,note,pm,so2,nox,vocs", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tasks_follow_upgrade_and_downgrade_end_on_lift_and_an_enterprise_sees_and_is_told_only_its_own()
    {
        // demo.enterprise's enterprise joins the list (yellow and orange), so that its account has a task to see.
        var enterpriseCode = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "demo.enterprise").EnterpriseCode!));
        var enforcer = await factory.UserAsync("demo.enforcer");
        foreach (var (level, cut) in new[] { ("yellow", 20.0), ("orange", 40.0) })
        {
            await Records.CreateAsync(enforcer, "emergency-measures", new
            {
                code = $"{enterpriseCode}-{level}", creditCode = enterpriseCode, grade = "C", level, cutPercent = cut, shutdown = false, offPeak = true,
                stoppedSteps = "燎毛", pm = 2.0, so2 = 1.0, nox = 1.5, vocs = 0.5,
            });
        }

        var today = EmergencyKit.BeijingToday();
        var operatorClient = await factory.UserAsync("demo.operator");
        var company = await factory.UserAsync("demo.enterprise");
        await EmergencyKit.ChangeAsync(factory, [250, 250, 150, 100, 100, 100, 100, 100, 100, 100], today.AddDays(-1));
        Assert.Equal(11, (await operatorClient.ListAsync("/api/emergency/tasks?active=true")).Length);
        var own = Assert.Single(await company.ListAsync("/api/emergency/tasks"));
        Assert.Equal((enterpriseCode, "yellow", 20.0), (own.Str("creditCode"), own.Str("level"), own.GetProperty("promisedPercent").GetDouble()));
        var plantTask = (await operatorClient.ListAsync("/api/emergency/tasks?active=true")).Single(t => t.Str("creditCode") == EmergencyKit.Plant);
        await (await company.GetAsync($"/api/emergency/tasks/{plantTask.GetProperty("id").GetInt32()}", TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        Assert.Single(await company.ListAsync("/api/emergency-measures?level=yellow"));
        await (await company.GetAsync("/api/emergency/sufficiency", TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");

        // Upgrade to orange: the yellow tasks end, orange ones start with the orange measures.
        Assert.Equal("orange", (await EmergencyKit.ChangeAsync(factory, [250, 350, 250, 100, 100, 100, 100, 100, 100, 100], today)).Str("level"));
        var active = await company.ListAsync("/api/emergency/tasks?active=true");
        Assert.Equal(("orange", 40.0), (Assert.Single(active).Str("level"), active[0].GetProperty("promisedPercent").GetDouble()));
        Assert.Equal(2, (await company.ListAsync("/api/emergency/tasks")).Length);

        // Downgrade to yellow, then lift: nothing stays in force.
        Assert.Equal("yellow", (await EmergencyKit.ChangeAsync(factory, [250, 250, 100, 100, 100, 100, 100, 100, 100, 100], today.AddDays(1))).Str("level"));
        Assert.Equal("yellow", Assert.Single(await company.ListAsync("/api/emergency/tasks?active=true")).Str("level"));
        Assert.Equal("lifted", (await EmergencyKit.ChangeAsync(factory, [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], today.AddDays(2))).Str("state"));
        Assert.Empty(await operatorClient.ListAsync("/api/emergency/tasks?active=true"));

        // The enterprise was told of each task and of the end; the enforcers of every change.
        var notices = (await company.ListAsync("/api/notifications")).Where(n => n.Str("kind") == "emergency").ToList();
        Assert.Equal(4, notices.Count);
        Assert.Contains(notices, n => n.Str("text").Contains("燎毛", StringComparison.Ordinal));
        Assert.Equal(4, (await enforcer.ListAsync("/api/notifications")).Count(n => n.Str("kind") == "emergency"));
    }
}
