using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Oasis.Forecasting.Issues;

namespace Oasis.Tests.Forecast;

/// <summary>
/// Consultation (会商) and publication through the real host on today's dates (the three-day rule reads the clock): the
/// validation in Chinese, attachments on disk, publishing, the roles, and the warning proposed from the published
/// forecast rather than the model's.
/// </summary>
public sealed class ForecastConsultationTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static string D(int days) => Today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static object Order(int issueId, object days, string meteorologySide = "meteorology") => new
    {
        issueId, heldAt = $"{D(0)} 15:00", reasoning = "静稳天气持续，逆温层低，午后扩散条件略有改善。",
        participants = new[]
        {
            new { name = "张某", organisation = "昌吉州生态环境监测站", side = "environment" },
            new { name = "李某", organisation = "昌吉州气象台", side = meteorologySide },
        },
        days,
    };

    [Fact]
    public async Task A_consultation_is_validated_recorded_with_attachments_published_and_the_warning_follows_the_published_forecast()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        // The model sees a clean week (AQI 80–95): on its own it calls for no warning.
        await WarningKit.ForecastAsync(factory, Today.AddDays(-1), 80, 90, 95, 90, 85, 80, 80, 80, 80, 80);
        var issueId = (await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/latest", TestApi.Ct)).GetProperty("id").GetInt32();

        // Bad input: one error per field, in Chinese.
        var bad = await (await monitor.PostAsJsonAsync("/api/forecast/consultations", Order(issueId, new object[]
        {
            new { targetDate = D(20), aqiLow = 80, aqiHigh = 100, primary = new[] { "PM2.5" } },
            new { targetDate = D(1), aqiLow = 120, aqiHigh = 100, primary = new[] { "PM2.5" } },
            new { targetDate = D(2), aqiLow = 90, aqiHigh = 120, primary = Array.Empty<string>() },
        }, meteorologySide: "environment"), TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        var errors = bad.Errors();
        Assert.Equal(["days[0].targetDate", "days[1].aqiHigh", "days[2].primary", "participants"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains("气象部门", errors.Single(e => e.Field == "participants").Message, StringComparison.Ordinal);
        Assert.Contains("首要污染物", errors.Single(e => e.Field == "days[2].primary").Message, StringComparison.Ordinal);

        // A record for today+1 … today+3 (leads 2–4 of yesterday's forecast): two days above 200 at the top of their ranges.
        var days = new object[]
        {
            new { targetDate = D(1), aqiLow = 180, aqiHigh = 230, primary = new[] { "PM2.5" } },
            new { targetDate = D(2), aqiLow = 210, aqiHigh = 260, primary = new[] { "PM2.5", "PM10" } },
            new { targetDate = D(3), aqiLow = 120, aqiHigh = 160, primary = new[] { "pm2.5" } },
        };
        await (await (await factory.UserAsync("demo.operator")).PostAsJsonAsync("/api/forecast/consultations", Order(issueId, days), TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:forbidden");
        var c = await (await monitor.PostAsJsonAsync("/api/forecast/consultations", Order(issueId, days), TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = c.GetProperty("id").GetInt32();
        Assert.Equal(("draft", $"{D(0)}T15:00:00+08:00"), (c.Str("state"), c.Str("heldAt")));
        var stored = c.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal([2, 3, 4], stored.Select(d => d.GetProperty("lead").GetInt32()));
        Assert.Equal([90, 95, 90], stored.Select(d => d.GetProperty("modelAqi").GetInt32()));
        Assert.Equal(("moderately-polluted", "heavily-polluted"), (stored[0].Str("categoryLow"), stored[0].Str("categoryHigh")));
        Assert.Equal(["PM2.5"], stored[2].GetProperty("primary").EnumerateArray().Select(p => p.GetString()));

        // Attachments: stored under the data directory, the same file twice is one attachment.
        var minutes = Encoding.UTF8.GetBytes("会商纪要：静稳天气持续。");
        var a1 = await (await monitor.UploadAsync($"/api/forecast/consultations/{id}/attachments", minutes, "纪要.txt")).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var a2 = await (await monitor.UploadAsync($"/api/forecast/consultations/{id}/attachments", minutes, "纪要.txt")).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(a1.Str("key"), a2.Str("key"));
        var gridManager = await factory.UserAsync("demo.grid");
        Assert.Equal(minutes, await gridManager.BytesAsync(a1.Str("url")));
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "forecast", "consultations", a1.Str("key")[..2], a1.Str("key") + ".bin")));

        // A draft that misses today+3 cannot be published; the full one can, once.
        var short_ = await (await monitor.PostAsJsonAsync("/api/forecast/consultations", Order(issueId, days[..2]), TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var refused = await (await monitor.PostAsync($"/api/forecast/consultations/{short_.GetProperty("id").GetInt32()}/publish", null, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-publication-days");
        Assert.Contains(D(3), refused.Str("detail"), StringComparison.Ordinal);
        var published = await (await monitor.PostAsync($"/api/forecast/consultations/{id}/publish", null, TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("published", "demo.monitor"), (published.Str("state"), published.Str("publishedBy")));
        Assert.Equal(DateTime.UtcNow.AddHours(8).Hour >= 20, published.GetProperty("late").GetBoolean());
        await (await monitor.PostAsync($"/api/forecast/consultations/{id}/publish", null, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-consultation-published");
        Assert.Equal(id, (await gridManager.GetFromJsonAsync<JsonElement>("/api/forecast/published", TestApi.Ct)).GetProperty("id").GetInt32());
        Assert.Single(await gridManager.ListAsync("/api/forecast/consultations"), x => x.Str("state") == "published");

        // The rules read the published days (230 and 260 > 200 for two days): yellow, though the model alone calls for nothing.
        var w = await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { region = "changji" });
        Assert.Equal(("issue", "yellow", id, issueId), (w.Str("pendingAction"), w.Str("pendingLevel"), w.GetProperty("consultationId").GetInt32(), w.GetProperty("forecastIssueId").GetInt32()));
        Assert.Equal((D(1), D(2)), (w.Str("episodeStart"), w.Str("episodeEnd")));

        var audit = await (await factory.UserAsync("demo.auditor")).ListAsync("/api/audit?entity=ForecastConsultation&pageSize=100");
        Assert.True(audit.Length >= 3, $"{audit.Length} audit records"); // two records and a publication
    }

}

/// <summary>Which forecast the warning rules read when the model's and the published forecast's issue days differ.</summary>
public sealed class ForecastPublishedWarningTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_newer_model_forecast_than_the_published_one_is_what_the_rules_read()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var day = new DateOnly(2027, 3, 1);
        await WarningKit.ForecastAsync(factory, day, 80, 80, 80, 80, 80, 80, 80, 80, 80, 80);
        var issue = await factory.WithDbAsync(db => Task.FromResult(db.Set<ForecastIssue>().Where(i => i.IssueDate == day).Max(i => i.Id)));
        await factory.WithDbAsync(async db =>
        {
            db.Add(new Oasis.Forecasting.Consultation.ForecastConsultation
            {
                IssueId = issue, IssueDate = day, State = "published", Reasoning = "r", RecordedBy = "test", PublishedAt = DateTime.UtcNow,
                Days = [.. Enumerable.Range(2, 3).Select(l => new Oasis.Forecasting.Consultation.PublishedDay
                {
                    TargetDate = day.AddDays(l), Lead = l, AqiLow = 250, AqiHigh = 280, CategoryLow = "heavily-polluted", CategoryHigh = "heavily-polluted", Primary = "PM2.5",
                })],
            });
            await db.SaveChangesAsync(TestApi.Ct);
            return 0;
        });
        Assert.Equal("yellow", (await WarningKit.PostAsync(monitor, "/api/forecast/warnings/propose", new { region = "joint" })).Str("pendingLevel"));

        // The next day's model forecast is newer than the publication: the joint region's pending change stays, Changji's reads the model (clean).
        await WarningKit.ForecastAsync(factory, day.AddDays(1), 80, 80, 80, 80, 80, 80, 80, 80, 80, 80);
        await (await monitor.PostAsJsonAsync("/api/forecast/warnings/propose", new { region = "changji" }, TestApi.Ct)).ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-warning-keep");
    }
}
