using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.Forecast;

/// <summary>The list of past hourly issues and reading one of them (decision 0410, amended), in the host of the model tests.</summary>
public sealed partial class ForecastHostTests
{
    [Fact]
    public async Task Past_hourly_issues_are_listed_newest_first_with_their_peak_and_the_verification_error_and_each_can_be_read()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = await ForecastKit.TrainAsync(monitor, "2016-02-29");
        string[] hours = ["2016-03-10T08:00", "2016-03-11T20:00", "2016-03-10T20:00"];
        foreach (var hour in hours)
        {
            await (await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = hour, modelId = model.GetProperty("id").GetInt32() }, TestApi.Ct))
                .ReadAsync<JsonElement>(HttpStatusCode.Created);
        }

        var list = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/issues?station=Dongsi&from=2016-03-10&to=2016-03-11", TestApi.Ct);
        var issues = list.GetProperty("issues").EnumerateArray().ToList();
        Assert.Equal(["2016-03-11T20:00:00+08:00", "2016-03-10T20:00:00+08:00", "2016-03-10T08:00:00+08:00"], issues.Select(i => i.Str("issueHour")));
        Assert.All(issues, i => Assert.Equal(model.GetProperty("hourly").Str("code"), i.Str("modelCode")));
        Assert.All(issues, i => Assert.Equal(("not-used", false, "model"), (i.Str("weather"), i.GetProperty("weatherForecastUsed").GetBoolean(), i.Str("blend"))));

        // Each issue read by its hour is that issue; its peak is the list's.
        foreach (var summary in issues)
        {
            var hour = summary.Str("issueHour")[..16];
            var issue = await monitor.GetFromJsonAsync<JsonElement>($"/api/forecast/hourly?station=Dongsi&issueHour={hour}", TestApi.Ct);
            Assert.Equal(summary.GetProperty("issueId").GetInt32(), issue.GetProperty("issueId").GetInt32());
            var points = issue.GetProperty("hours").EnumerateArray().ToList();
            Assert.Equal(72, points.Count);
            var peak = points.OrderByDescending(p => p.GetProperty("pm25").GetDouble()).ThenBy(p => p.GetProperty("lead").GetInt32()).First();
            Assert.Equal(peak.GetProperty("pm25").GetDouble(), summary.GetProperty("maxPm25").GetDouble());
            Assert.Equal(peak.Str("time"), summary.Str("maxPm25Time"));
        }

        // The error so far is the verification's, pooled over the lead bands: on 2016-03-11 the only issue is that of 20:00.
        var v = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/verification?station=Dongsi&from=2016-03-11&to=2016-03-11", TestApi.Ct);
        var bands = v.GetProperty("scores").EnumerateArray().Where(s => s.Str("method") == "model" && s.GetProperty("hours").GetInt32() > 0).ToList();
        var n = bands.Sum(b => b.GetProperty("hours").GetInt32());
        Assert.InRange(n, 40, 72);
        Assert.Equal(n, issues[0].GetProperty("verifiedHours").GetInt32());
        var rmse = Math.Sqrt(bands.Sum(b => b.GetProperty("hours").GetInt32() * Math.Pow(b.GetProperty("rmse").GetDouble(), 2)) / n);
        var mae = bands.Sum(b => b.GetProperty("hours").GetInt32() * b.GetProperty("mae").GetDouble()) / n;
        Assert.InRange(issues[0].GetProperty("rmse").GetDouble(), rmse - 0.1, rmse + 0.1); // the bands are rounded to 0.1 before pooling here
        Assert.InRange(issues[0].GetProperty("mae").GetDouble(), mae - 0.1, mae + 0.1);

        // The city's list; the period's default (the last 7 days) and limits; a station outside the scope; an hour without an issue.
        var city = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/issues?from=2016-03-10&to=2016-03-11", TestApi.Ct);
        Assert.Equal(("city", 3), (city.Str("station"), city.GetProperty("issues").GetArrayLength()));
        var recent = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/issues", TestApi.Ct);
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        Assert.Equal((yesterday.AddDays(-6).ToString("yyyy-MM-dd", null), yesterday.ToString("yyyy-MM-dd", null), 0),
            (recent.Str("from"), recent.Str("to"), recent.GetProperty("issues").GetArrayLength()));
        await (await monitor.GetAsync("/api/forecast/hourly/issues?from=2016-01-01&to=2016-04-02", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        await (await monitor.GetAsync("/api/forecast/hourly/issues?from=2016-03-11&to=2016-03-10", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
        var longest = await monitor.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/issues?from=2016-01-01&to=2016-04-01", TestApi.Ct); // 92 days
        Assert.Equal(3, longest.GetProperty("issues").GetArrayLength());
        var grid = await factory.UserAsync("demo.grid");
        await (await grid.GetAsync("/api/forecast/hourly/issues?station=Dongsi&from=2016-03-10&to=2016-03-11", TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        await (await grid.GetAsync("/api/forecast/hourly?station=Dongsi&issueHour=2016-03-10T08:00", TestApi.Ct)).ProblemAsync(HttpStatusCode.Forbidden, "urn:oasis:out-of-scope");
        Assert.Equal(3, (await grid.GetFromJsonAsync<JsonElement>("/api/forecast/hourly/issues?from=2016-03-10&to=2016-03-11", TestApi.Ct)).GetProperty("issues").GetArrayLength());
        await (await monitor.GetAsync("/api/forecast/hourly?issueHour=2016-03-10T09:00", TestApi.Ct)).ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
        await (await monitor.GetAsync("/api/forecast/hourly?issueHour=2016-03-10 08:30", TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation");
    }
}
