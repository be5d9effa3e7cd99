using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Tests.Forecast;

namespace Oasis.Tests.Emergency;

/// <summary>
/// The chain of issue #7 through the real host: a warning is issued → the demo list's non-voluntary enterprises get their
/// yellow tasks → hourly flue-gas data of the plant judge its task → an inspector records a finding → the warning is lifted →
/// the review compares expected with achieved reductions and forecast with observed AQI.
/// </summary>
public sealed class EmergencyChainTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task An_issued_warning_tasks_the_list_online_data_judge_the_task_and_the_review_compares_expected_with_achieved()
    {
        var today = EmergencyKit.BeijingToday();
        var operatorClient = await factory.UserAsync("demo.operator");
        var w = await EmergencyKit.ChangeAsync(factory, [250, 250, 250, 150, 100, 100, 100, 100, 100, 100], today.AddDays(-3));
        Assert.Equal(("issued", "yellow"), (w.Str("state"), w.Str("level")));
        var warningId = w.GetProperty("id").GetInt32();

        // Ten yellow rows are tasked; the A-grade coal chemical plant and the 引领性 oil depot reduce voluntarily and get none.
        var tasks = await operatorClient.ListAsync("/api/emergency/tasks?active=true");
        Assert.Equal(10, tasks.Length);
        Assert.DoesNotContain(tasks, t => t.Str("creditCode") is "91652301MA7KRUYR4U" or "91652301MA7AP0GK00");
        var task = Assert.Single(tasks, t => t.Str("creditCode") == EmergencyKit.Plant);
        Assert.Equal((20.0, "yellow", 103.6), (task.GetProperty("promisedPercent").GetDouble(), task.Str("level"), task.GetProperty("so2").GetDouble()));
        Assert.Equal("unmeasured", task.Str("verdict"));
        var taskId = task.GetProperty("id").GetInt32();

        // Forty-eight hours pass: the warning and its tasks are moved back two days, on the hour, and the plant's hours stored.
        var now = DateTime.UtcNow;
        var start = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(-48);
        await factory.WithDbAsync(async db =>
        {
            await db.Set<Oasis.Forecasting.Warnings.PollutionWarning>().Where(x => x.Id == warningId).ExecuteUpdateAsync(s => s.SetProperty(x => x.IssuedAt, start), TestApi.Ct);
            return await db.EmergencyTasks.Where(t => t.WarningId == warningId).ExecuteUpdateAsync(s => s.SetProperty(t => t.StartedAt, start), TestApi.Ct);
        });
        // 30 days before: SO2 40 and 60 mg/m³ on alternate days (14.4 / 21.6 kg/h at 100 m³/s → median 18), NOx 100 (36 kg/h), PM 10 (3.6 kg/h).
        await EmergencyKit.StoreHoursAsync(factory, start.AddDays(-30), 720, k => (k / 24) % 2 == 0 ? 40 : 60, _ => 100, _ => 10, 100);
        // During: SO2 36 (12.96 kg/h, −28 %), NOx 90 (32.4 kg/h, −10 %), PM 5 (1.8 kg/h, −50 %).
        await EmergencyKit.StoreHoursAsync(factory, start, 48, _ => 36, _ => 90, _ => 5, 100);

        task = await operatorClient.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/emergency/tasks/{taskId}", TestApi.Ct);
        var online = task.GetProperty("online");
        var reductions = online.GetProperty("pollutants").EnumerateArray().ToDictionary(p => p.Str("pollutant"), p => p);
        Assert.Equal(28.0, reductions["so2"].GetProperty("reductionPercent").GetDouble());
        Assert.Equal(10.0, reductions["nox"].GetProperty("reductionPercent").GetDouble());
        Assert.Equal(50.0, reductions["pm"].GetProperty("reductionPercent").GetDouble());
        Assert.Equal((48, 864.0, 622.08), (reductions["so2"].GetProperty("hours").GetInt32(), reductions["so2"].GetProperty("baselineKg").GetDouble(),
            reductions["so2"].GetProperty("actualKg").GetDouble()));
        // NOx cut 10 % where 20 % was promised: not compliant, whatever SO2 and PM achieved.
        Assert.Equal(("non-compliant", "non-compliant"), (online.Str("verdict"), task.Str("verdict")));

        // An inspection records its finding beside the online verdict, and the audit log keeps it.
        var enforcer = await factory.UserAsync("demo.enforcer");
        await (await operatorClient.PostAsJsonAsync($"/api/emergency/tasks/{taskId}/inspection", new { verdict = "compliant" }, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");
        var inspected = await WarningKit.PostAsync(enforcer, $"/api/emergency/tasks/{taskId}/inspection", new { verdict = "non-compliant", note = "2号炉未按承诺限产" });
        Assert.Equal(("non-compliant", "demo.enforcer", "2号炉未按承诺限产"), (inspected.Str("inspection"), inspected.Str("inspectedBy"), inspected.Str("inspectionNote")));
        var audit = await (await factory.UserAsync("demo.auditor")).ListAsync("/api/audit?entity=EmergencyTask&pageSize=500");
        Assert.Contains(audit, a => a.GetRawText().Contains("2号炉", StringComparison.Ordinal));

        // Lift: a later forecast stays clean; every task ends.
        Assert.Equal("lifted", (await EmergencyKit.ChangeAsync(factory, [100, 100, 100, 100, 100, 100, 100, 100, 100, 100], today)).Str("state"));
        Assert.Empty(await operatorClient.ListAsync("/api/emergency/tasks?active=true"));

        var review = await operatorClient.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/emergency/reviews/{warningId}", TestApi.Ct);
        Assert.Equal((10, 1), (review.GetProperty("tasks").GetInt32(), review.GetProperty("nonCompliant").GetInt32()));
        var so2 = review.GetProperty("pollutants").EnumerateArray().Single(p => p.Str("pollutant") == "so2");
        // Expected over the 48 measured hours: 103.6 kg/d × 2 d = 207.2 kg; achieved 48 × (18 − 12.96) = 241.92 kg.
        Assert.Equal((207.2, 241.9, 1), (so2.GetProperty("expectedMeasuredKg").GetDouble(), so2.GetProperty("achievedKg").GetDouble(), so2.GetProperty("measuredTasks").GetInt32()));
        // The days of the warning: the forecast issued before each (AQI 250 at leads 1–3), no observed air data in this host.
        var days = review.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal([today.AddDays(-2), today.AddDays(-1), today], days.Select(d => DateOnly.Parse(d.Str("date"), System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([250, 250, 250], days.Select(d => d.GetProperty("forecastAqi").GetInt32()));
        Assert.All(days, d => Assert.Equal(System.Text.Json.JsonValueKind.Null, d.GetProperty("observedAqi").ValueKind));
    }
}
