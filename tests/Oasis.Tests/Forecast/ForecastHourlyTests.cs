using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Forecasting.Hourly;

namespace Oasis.Tests.Forecast;

/// <summary>
/// The 72-hour PM2.5 forecast through the real host (decision 0410): the hourly model trained with a version, issued and
/// stored per version and issue hour, read per station and for the city, on two PRSA stations.
/// </summary>
public sealed class ForecastHourlyTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_version_carries_an_hourly_model_that_issues_72_hours_per_station_and_the_city()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        // Before anything is issued there is nothing to read (the other test of this host only stores refusals).
        var missing = await monitor.GetAsync("/api/forecast/hourly", TestApi.Ct);
        await missing.ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
        var model = await ForecastKit.TrainAsync(monitor, "2016-02-29");
        var hourly = model.GetProperty("hourly");
        Assert.StartsWith("pmh-20150705-20160229-nowx-", hourly.Str("code"));
        Assert.Equal(ForecastKit.Iterations / 2, hourly.GetProperty("iterations").GetInt32());
        var scores = hourly.GetProperty("scores").EnumerateArray().ToList();
        Assert.Equal(["model", "persistence", "climatology"], scores.Where(s => s.Str("band") == "1-6").Select(s => s.Str("method")));
        Assert.All(scores, s => Assert.True(s.GetProperty("hours").GetInt32() > 0));

        var response = await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2016-03-05T20:00" }, TestApi.Ct);
        var issue = await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("2016-03-05T20:00:00+08:00", issue.Str("issueHour"));
        Assert.Equal(hourly.Str("code"), issue.Str("modelCode"));
        Assert.Equal("not-used", issue.Str("weather"));
        // 240 days are too short for a validation year (decision 0433): no weights, the model alone, and the forecast says so.
        Assert.Empty(hourly.GetProperty("blend").EnumerateArray());
        Assert.Equal("model", issue.Str("blend"));
        Assert.EndsWith("未混合：各时效均为模型值（验证年未显示混合更优，或训练期太短无法选定混合权重）。", issue.Str("statement"), StringComparison.Ordinal);
        var city = issue.GetProperty("hours").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 72), city.Select(h => h.GetProperty("lead").GetInt32()));
        Assert.Equal("2016-03-05T21:00:00+08:00", city[0].Str("time"));
        Assert.Equal("2016-03-08T20:00:00+08:00", city[^1].Str("time"));

        // The city's hour is the mean of the stations' hours (each rounded once, so within one µg/m³).
        var a = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly?station=Dongsi", TestApi.Ct);
        var b = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly?station=Tiantan", TestApi.Ct);
        for (var i = 0; i < 72; i++)
        {
            var mean = (Pm(a, i) + Pm(b, i)) / 2;
            Assert.InRange(city[i].GetProperty("pm25").GetDouble(), mean - 1, mean + 1);
        }

        // Stored per version and issue hour: issuing the same hour again replaces it with the same numbers (fixed seed, one thread).
        var again = await (await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2016-03-05T20:00" }, TestApi.Ct))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(issue.GetProperty("hours").GetRawText(), again.GetProperty("hours").GetRawText());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<HourlyForecastIssue>().CountAsync(TestApi.Ct)));
        Assert.Equal(3 * 72, await factory.WithDbAsync(db => db.Set<HourlyForecastHour>().CountAsync(TestApi.Ct)));

        // Verification of the stored issues against the observed hours (decision 0431): a second issue a day later, then
        // the band scores of Dongsi, recomputed here from the stored hours and the station's hourly layer.
        await (await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2016-03-06T20:00" }, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var v = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/verification?station=Dongsi&from=2016-03-05&to=2016-03-06", TestApi.Ct);
        Assert.Equal(2, v.GetProperty("issues").GetInt32());
        var (errors, layer) = await factory.WithDbAsync(async db => (
            await db.Set<HourlyForecastHour>().Where(h => h.Station == "Dongsi" && h.Lead <= 6).Join(db.Set<HourlyForecastIssue>(), h => h.IssueId, i => i.Id, (h, i) => new { h.TargetHourUtc, h.Pm25, i.IssueHourUtc }).ToListAsync(TestApi.Ct),
            (await Oasis.Forecasting.ForecastHistories.LoadHourlyAsync(db, ["Dongsi"], new DateOnly(2016, 3, 5), new DateOnly(2016, 3, 10), null, TestApi.Ct)).Single()));
        double Observed(DateTime utc) => layer.Observed(layer.IndexOf(utc.AddHours(8)));
        var scored = errors.Where(e => Observed(e.TargetHourUtc) >= 0 && Observed(e.IssueHourUtc) >= 0).Select(e => e.Pm25 - Observed(e.TargetHourUtc)).ToList();
        var band = v.GetProperty("scores").EnumerateArray().Single(s => s.Str("band") == "1-6" && s.Str("method") == "model");
        Assert.Equal(scored.Count, band.GetProperty("hours").GetInt32());
        Assert.InRange(scored.Count, 1, 12);
        Assert.Equal(Math.Round(Math.Sqrt(scored.Average(e => e * e)), 1), band.GetProperty("rmse").GetDouble());
        Assert.Equal(Math.Round(scored.Average(Math.Abs), 1), band.GetProperty("mae").GetDouble());
        Assert.Equal(["model", "persistence"], v.GetProperty("scores").EnumerateArray().Where(s => s.Str("band") == "49-72").Select(s => s.Str("method")));
    }

    [Fact]
    public async Task Hourly_issues_inside_the_training_window_malformed_hours_and_unknown_stations_are_refused_and_store_nothing()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = (await ForecastKit.TrainAsync(monitor, "2016-02-29", 200)).GetProperty("id").GetInt32();

        var inside = await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2016-02-29T20:00", modelId = model }, TestApi.Ct);
        await inside.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-issue-in-training");
        var bad = await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2016-03-05 20:30" }, TestApi.Ct);
        Assert.Equal(["issueHour"], (await bad.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors().Select(e => e.Field));
        var quiet = await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2017-06-01T20:00", modelId = model }, TestApi.Ct);
        await quiet.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-no-observations");
        var unknown = await monitor.GetAsync("/api/forecast/hourly?station=NOPE", TestApi.Ct);
        await unknown.ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<HourlyForecastIssue>().CountAsync(i => i.ModelId == model, TestApi.Ct)));
    }

    private static double Pm(JsonElement forecast, int i) => forecast.GetProperty("hours")[i].GetProperty("pm25").GetDouble();
}
