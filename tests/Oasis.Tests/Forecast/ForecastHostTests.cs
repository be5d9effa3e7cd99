using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;
using Oasis.Platform.Configuration;
using Oasis.Standards.Air;

namespace Oasis.Tests.Forecast;

/// <summary>
/// Model versions trained from the host's own hourly layer, forecasts issued and stored per version and issue day,
/// and their verification against the observed days, through the real host on two PRSA stations.
/// </summary>
public sealed partial class ForecastHostTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_model_version_keeps_its_window_settings_scores_and_file()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = await ForecastKit.TrainAsync(monitor, "2016-02-29");

        Assert.Equal("2015-07-05", model.Str("trainedFrom"));
        Assert.Equal("2016-02-29", model.Str("trainedUntil"));
        Assert.Equal(ForecastKit.Stations, model.GetProperty("stations").EnumerateArray().Select(s => s.GetString()));
        Assert.False(model.GetProperty("targetWeather").GetBoolean()); // no weather imported in this host
        Assert.Equal(20170228, model.GetProperty("seed").GetInt32());
        Assert.Equal(ForecastKit.Iterations, model.GetProperty("iterations").GetInt32());
        Assert.Equal(10, model.GetProperty("blendWeights").GetArrayLength());
        Assert.StartsWith("aqf-20150705-20160229-nowx-", model.Str("code"));

        // The back-test of the held-out last 60 days, by a model trained before them, with the CLI's three methods.
        Assert.Equal("2015-12-31", model.Str("backtestFrom"));
        Assert.Equal("2016-02-28", model.Str("backtestUntil"));
        var scores = model.GetProperty("scores");
        foreach (var method in (string[])["model", "persistence", "climatology"])
        {
            var leads = scores.GetProperty(method).EnumerateArray().ToList();
            Assert.Equal(Enumerable.Range(1, 10), leads.Select(l => l.GetProperty("lead").GetInt32()));
            Assert.All(leads, l => Assert.InRange(l.GetProperty("days").GetInt32(), 2 * 30, 2 * 60));
            Assert.All(leads, l => Assert.InRange(l.GetProperty("exactPercent").GetDouble(), 0, 100));
        }

        var record = await factory.WithDbAsync(db => db.Set<ForecastModelRecord>().SingleAsync(m => m.Id == model.GetProperty("id").GetInt32(), TestApi.Ct));
        var file = Path.Combine(factory.Services.GetRequiredService<OasisPaths>().DataDirectory, "forecast", "models", record.FileName);
        Assert.Equal(record.Size, new FileInfo(file).Length);
        Assert.Equal(record.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file, TestApi.Ct))));
        Assert.Equal(model.Str("code"), (await monitor.ListAsync("/api/forecast/models")).Single(m => m.GetProperty("id").GetInt32() == record.Id).Str("code"));
    }

    [Fact]
    public async Task Training_twice_on_the_same_data_gives_the_same_version_and_the_same_forecast()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var a = await ForecastKit.TrainAsync(monitor, "2016-01-31", 200);
        var b = await ForecastKit.TrainAsync(monitor, "2016-01-31", 200);
        Assert.NotEqual(a.GetProperty("id").GetInt32(), b.GetProperty("id").GetInt32());
        Assert.Equal(a.Str("code"), b.Str("code"));
        Assert.Equal(a.GetProperty("scores").GetRawText(), b.GetProperty("scores").GetRawText());

        var fa = await ForecastKit.IssueAsync(monitor, "2016-02-05", a.GetProperty("id").GetInt32());
        var fb = await ForecastKit.IssueAsync(monitor, "2016-02-05", b.GetProperty("id").GetInt32());
        Assert.Equal(fa.GetProperty("days").GetRawText(), fb.GetProperty("days").GetRawText());
    }

    [Fact]
    public async Task An_issued_forecast_holds_ten_days_per_station_and_the_city_rated_by_the_standards_engine()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = await ForecastKit.TrainAsync(monitor, "2016-02-29");
        var issue = await ForecastKit.IssueAsync(monitor, "2016-03-10", model.GetProperty("id").GetInt32());

        Assert.Equal("not-used", issue.Str("weather")); // the model was trained without weather and says so
        Assert.Equal(ForecastKit.Stations, issue.GetProperty("stations").EnumerateArray().Select(s => s.GetString()));
        var days = issue.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(30, days.Count);
        Assert.Equal(["city", "Dongsi", "Tiantan"], days.Select(d => d.Str("station")).Distinct());
        foreach (var d in days)
        {
            var lead = d.GetProperty("lead").GetInt32();
            Assert.Equal(new DateOnly(2016, 3, 10).AddDays(lead).ToString("yyyy-MM-dd"), d.Str("targetDate"));
            var concentrations = new DailyConcentrations(d.GetProperty("pm25").GetDouble(), d.GetProperty("pm10").GetDouble(), d.GetProperty("so2").GetDouble(),
                d.GetProperty("no2").GetDouble(), d.GetProperty("co").GetDouble(), d.GetProperty("o3_8h").GetDouble(), d.GetProperty("o3_1h").GetDouble());
            var rated = DailyAirQuality.Evaluate(DateOnly.Parse(d.Str("targetDate")), concentrations, EditionChoice.Auto);
            Assert.Equal(rated.Aqi.Aqi, d.GetProperty("aqi").GetInt32());
            Assert.Equal(rated.Aqi.Category!.Code, d.Str("category"));
            Assert.Equal("2012", d.Str("edition"));
        }

        // The city is the mean of the stations' values (rounded values here, so within rounding).
        var city = days.Single(d => d.Str("station") == "city" && d.GetProperty("lead").GetInt32() == 1).GetProperty("pm25").GetDouble();
        var mean = days.Where(d => d.Str("station") != "city" && d.GetProperty("lead").GetInt32() == 1).Average(d => d.GetProperty("pm25").GetDouble());
        Assert.InRange(city, mean - 1, mean + 1);

        var latest = await (await monitor.GetAsync("/api/forecast/latest", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.True(latest.Str("issueDate").CompareTo("2016-03-10") >= 0);
    }

    [Fact]
    public async Task Issuing_again_replaces_the_forecast_of_that_model_and_day()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = (await ForecastKit.TrainAsync(monitor, "2016-02-29")).GetProperty("id").GetInt32();
        var first = await ForecastKit.IssueAsync(monitor, "2016-03-12", model);
        var second = await ForecastKit.IssueAsync(monitor, "2016-03-12", model);
        Assert.NotEqual(first.GetProperty("id").GetInt32(), second.GetProperty("id").GetInt32());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Set<ForecastIssue>().CountAsync(i => i.ModelId == model && i.IssueDate == new DateOnly(2016, 3, 12), TestApi.Ct)));
        Assert.Equal(first.GetProperty("days").GetRawText(), second.GetProperty("days").GetRawText());
    }

    [Fact]
    public async Task Verification_compares_stored_forecasts_with_the_observed_days()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = (await ForecastKit.TrainAsync(monitor, "2016-02-29")).GetProperty("id").GetInt32();
        foreach (var day in (string[])["2016-04-01", "2016-04-02", "2016-04-03"])
        {
            await ForecastKit.IssueAsync(monitor, day, model);
        }

        var leader = await factory.UserAsync("demo.leader");
        var v = await (await leader.GetAsync("/api/forecast/verification?station=Dongsi&from=2016-04-01&to=2016-04-03", TestApi.Ct)).ReadAsync<JsonElement>();
        var days = v.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(30, days.Count);
        var observed = (await leader.ListAsync("/api/air/daily?station=Dongsi&from=2016-04-02&to=2016-04-13"))
            .ToDictionary(d => d.Str("date"), d => d.GetProperty("aqi").GetInt32());
        foreach (var d in days)
        {
            Assert.Equal(observed[d.Str("targetDate")], d.GetProperty("observedAqi").GetInt32());
        }

        // Scores by lead from the same rows: three issue days per lead.
        var model1 = v.GetProperty("model").EnumerateArray().First();
        Assert.Equal(3, model1.GetProperty("days").GetInt32());
        var hits = days.Where(d => d.GetProperty("lead").GetInt32() == 1)
            .Count(d => AirQualityCategory.For(d.GetProperty("forecastAqi").GetInt32()).Level == AirQualityCategory.For(d.GetProperty("observedAqi").GetInt32()).Level);
        Assert.Equal(Math.Round(100.0 * hits / 3, 1), model1.GetProperty("exactPercent").GetDouble());
        Assert.Equal(3, v.GetProperty("persistence").EnumerateArray().First().GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task Refusals_say_why_in_chinese()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = (await ForecastKit.TrainAsync(monitor, "2016-02-29")).GetProperty("id").GetInt32();

        var inside = await monitor.PostAsJsonAsync("/api/forecast/issues", new { issueDate = "2016-02-01", modelId = model }, TestApi.Ct);
        var problem = await inside.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-issue-in-training");
        Assert.Contains("训练窗口", problem.Str("detail"));

        var early = await monitor.PostAsJsonAsync("/api/forecast/models", new { trainUntil = "2012-12-31", trainingDays = 100 }, TestApi.Ct);
        Assert.Contains("监测历史", (await early.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-no-history")).Str("detail"));

        var bad = await monitor.PostAsJsonAsync("/api/forecast/models", new { trainUntil = "2099-01-01", trainingDays = 10, iterations = 1 }, TestApi.Ct);
        var errors = (await bad.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors();
        Assert.Equal(["trainUntil", "trainingDays", "iterations"], errors.Select(e => e.Field));

        var quiet = await monitor.PostAsJsonAsync("/api/forecast/issues", new { issueDate = "2017-06-01", modelId = model }, TestApi.Ct);
        await quiet.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-no-observations");
    }
}
