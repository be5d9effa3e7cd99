using System.Net.Http.Json;
using Oasis.Forecasting.Consultation;
using Oasis.Forecasting.Issues;
using Oasis.Forecasting.Models;

namespace Oasis.Tests;

/// <summary>
/// The forecast module's rows of the matrix. The matrix host has no air history, so a training the policy admits is
/// refused by the rule (409 forecast-no-history), and an issue from the version made here, which has no file, by 409
/// forecast-model-file (an hourly issue likewise): both prove the policy let the caller through. A back-test is refused likewise (409 forecast-no-history), and cancelling the matrix's failed back-test by 409 forecast-backtest-finished. Reading needs a version, an issue and a back-test, made here
/// directly in the database. Proposing a warning from that issue (city AQI 80) is a 409: nothing to change, or the
/// Changji warning made here is pending. One warning waits for approval and one is approved for the leader's cells.
/// </summary>
public sealed partial class AuthorizationMatrixTests
{
    private static readonly (string Endpoint, string Expected)[] ForecastTable =
    [
        //                              anon Admin Sec  Aud  Lead Oper Grid Mon  Enf  Risk Ent
        ("forecast weather-import",    "401 201 403 403 403 403 403 201 403 403 403"),
        ("forecast weather-list",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast weather-get",       "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast models-train",      "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast models-list",       "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast models-get",        "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast backtests-create",  "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast backtests-list",    "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast backtests-get",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast backtests-cancel",  "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast issues-create",     "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast issues-list",       "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast issues-get",        "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast latest",            "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast hourly-create",     "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast hourly-latest",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast hourly-verification", "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast hourly-issues",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast hourly-at",         "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast verification",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast warnings-list",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast warnings-get",      "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast warnings-propose",  "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast warnings-approve",  "401 403 403 403 200 403 403 403 403 403 403"),
        ("forecast warnings-issue",    "401 403 403 403 200 403 403 403 403 403 403"),
        ("forecast consultations-create",  "401 201 403 403 403 403 403 201 403 403 403"),
        ("forecast consultations-list",    "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast consultations-get",     "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast consultations-publish", "401 409 403 403 403 403 403 409 403 403 403"),
        ("forecast consultations-attach",  "401 201 403 403 403 403 403 201 403 403 403"),
        ("forecast consultations-file",    "401 200 403 403 200 200 200 200 200 200 403"),
        ("forecast published",             "401 200 403 403 200 200 200 200 200 200 403"),
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _forecast = new(StringComparer.Ordinal);

    private static string WeatherFile(int n) =>
        $"time,temperature,humidity,pressure,windSpeed,windDirection\n2027-01-{n + 1:D2} 00:00,-10,70,1020,1.5,NW\n";

    private async Task ForecastSetupAsync()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var weather = await (await monitor.UploadAsync("/api/forecast/weather/import", WeatherFile(30), "mx.csv")).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestApi.Ct);
        _forecast["weather"] = weather.GetProperty("id").GetInt32();
        await factory.WithDbAsync(async db =>
        {
            var model = new ForecastModelRecord
            {
                Code = "aqf-matrix", TrainedFrom = new DateOnly(2019, 1, 1), TrainedUntil = new DateOnly(2019, 12, 31), Stations = "CJ-A01", Examples = "1,1,1,1,1,1,1",
                BlendWeights = "1,1,1,1,1,1,1,1,1,1", FileName = "absent.zip", Sha256 = new string('0', 64), CreatedBy = "matrix", Seed = 1, Iterations = 10,
                Leaves = 31, LearningRate = 0.05, HourlyCode = "pmh-matrix", HourlyFileName = "absent-hourly.zip", HourlySha256 = new string('0', 64),
            };
            db.Add(model);
            await db.SaveChangesAsync(TestApi.Ct);
            var issue = new ForecastIssue
            {
                ModelId = model.Id, IssueDate = new DateOnly(2020, 1, 1), Weather = ForecastWeather.NotUsed, Stations = "CJ-A01", IssuedBy = "matrix",
                Days = [new ForecastDay { Station = "city", TargetDate = new DateOnly(2020, 1, 2), Lead = 1, Aqi = 80, Category = "good", Primary = "PM2.5", Edition = "2012" }],
            };
            db.Add(issue);
            db.Add(new Oasis.Forecasting.Hourly.HourlyForecastIssue
            {
                ModelId = model.Id, IssueHourUtc = new DateTime(2020, 1, 1, 12, 0, 0, DateTimeKind.Utc), Weather = ForecastWeather.NotUsed, Stations = "CJ-A01",
                IssuedBy = "matrix", Hours = [new Oasis.Forecasting.Hourly.HourlyForecastHour { Station = "city", Lead = 1, TargetHourUtc = new DateTime(2020, 1, 1, 13, 0, 0, DateTimeKind.Utc), Pm25 = 40 }],
            });
            await db.SaveChangesAsync(TestApi.Ct);
            var pending = new Oasis.Forecasting.Warnings.PollutionWarning
            {
                Region = "changji", State = "proposed", Level = "yellow", PendingAction = "issue", PendingLevel = "yellow", ForecastIssueId = issue.Id,
            };
            var approved = new Oasis.Forecasting.Warnings.PollutionWarning
            {
                Region = "joint", State = "proposed", Level = "orange", PendingAction = "issue", PendingLevel = "orange", ForecastIssueId = issue.Id,
                ChangjiApprovedBy = "matrix", WujiaquApprovedBy = "matrix",
            };
            db.AddRange(pending, approved);
            await db.SaveChangesAsync(TestApi.Ct);
            var backtest = new Oasis.Forecasting.Backtests.ForecastBacktest
            {
                State = "failed", TrainFrom = new DateOnly(2019, 1, 1), TrainUntil = new DateOnly(2019, 12, 31), TestFrom = new DateOnly(2020, 1, 1),
                TestUntil = new DateOnly(2020, 1, 31), Iterations = 10, CreatedBy = "matrix", ErrorKey = "Forecast.NoHistory", ErrorArgs = "[\"2019-01-01\",\"2019-12-31\",\"30\"]",
            };
            db.Add(backtest);
            await db.SaveChangesAsync(TestApi.Ct);
            _forecast["backtest"] = backtest.Id;
            _forecast["pending"] = pending.Id;
            _forecast["approved"] = approved.Id;
            _forecast["model"] = model.Id;
            _forecast["issue"] = issue.Id;
            var draft = Consultation(issue.Id, "draft");
            var published = Consultation(issue.Id, "published");
            db.AddRange(draft, published);
            await db.SaveChangesAsync(TestApi.Ct);
            _forecast["draft"] = draft.Id;
            _forecast["published"] = published.Id;
            return 0;
        });
        var attachment = await (await monitor.UploadAsync($"/api/forecast/consultations/{_forecast["published"]}/attachments", "会商纪要", "minutes.txt"))
            .Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestApi.Ct);
        _attachment = attachment.GetProperty("key").GetString()!;
    }

    private static string _attachment = "";

    /// <summary>A consultation on the matrix issue (its only day 2020-01-02): publishing the draft is refused by the three-day rule (409).</summary>
    private static ForecastConsultation Consultation(int issueId, string state) => new()
    {
        IssueId = issueId, IssueDate = new DateOnly(2020, 1, 1), State = state, Reasoning = "matrix", RecordedBy = "matrix",
        PublishedAt = state == "published" ? DateTime.UtcNow : null,
        Participants = [new ConsultationParticipant { Name = "甲", Organisation = "昌吉州生态环境局", Side = "environment" }],
        Days = [new PublishedDay { TargetDate = new DateOnly(2020, 1, 2), Lead = 1, AqiLow = 70, AqiHigh = 90, CategoryLow = "good", CategoryHigh = "good", Primary = "PM2.5" }],
    };

    private static object ConsultationOrder(int issueId) => new
    {
        issueId, reasoning = "逆温维持，扩散条件差。",
        participants = new[] { new { name = "甲", organisation = "昌吉州生态环境监测站", side = "environment" }, new { name = "乙", organisation = "昌吉州气象台", side = "meteorology" } },
        days = new[] { new { targetDate = "2020-01-02", aqiLow = 70, aqiHigh = 95, primary = new[] { "PM2.5" } } },
    };

    private async Task<HttpResponseMessage> ForecastSendAsync(string operation, int roleIndex, HttpClient client)
    {
        var ct = TestApi.Ct;
        return operation switch
        {
            "weather-import" => await client.UploadAsync("/api/forecast/weather/import", WeatherFile(roleIndex), $"mx{roleIndex}.csv"),
            "weather-list" => await client.GetAsync("/api/forecast/weather", ct),
            "weather-get" => await client.GetAsync($"/api/forecast/weather/{_forecast["weather"]}", ct),
            "models-train" => await client.PostAsJsonAsync("/api/forecast/models", new { trainingDays = 60, iterations = 10 }, ct),
            "models-list" => await client.GetAsync("/api/forecast/models", ct),
            "models-get" => await client.GetAsync($"/api/forecast/models/{_forecast["model"]}", ct),
            "backtests-create" => await client.PostAsJsonAsync("/api/forecast/backtests", new { trainUntil = "2019-12-31", testFrom = "2020-01-01", testUntil = "2020-01-31" }, ct),
            "backtests-list" => await client.GetAsync("/api/forecast/backtests", ct),
            "backtests-get" => await client.GetAsync($"/api/forecast/backtests/{_forecast["backtest"]}", ct),
            "backtests-cancel" => await client.PostAsync($"/api/forecast/backtests/{_forecast["backtest"]}/cancel", null, ct),
            "issues-create" => await client.PostAsJsonAsync("/api/forecast/issues", new { issueDate = "2020-01-05", modelId = _forecast["model"] }, ct),
            "issues-list" => await client.GetAsync("/api/forecast/issues", ct),
            "issues-get" => await client.GetAsync($"/api/forecast/issues/{_forecast["issue"]}", ct),
            "latest" => await client.GetAsync("/api/forecast/latest", ct),
            "hourly-create" => await client.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2020-01-05T20:00", modelId = _forecast["model"] }, ct),
            "hourly-latest" => await client.GetAsync("/api/forecast/hourly?station=city", ct),
            "hourly-verification" => await client.GetAsync("/api/forecast/hourly/verification?station=city&from=2020-01-01&to=2020-01-07", ct),
            "hourly-issues" => await client.GetAsync("/api/forecast/hourly/issues?station=city&from=2020-01-01&to=2020-01-07", ct),
            "hourly-at" => await client.GetAsync("/api/forecast/hourly?station=city&issueHour=2020-01-01T20:00", ct),
            "verification" => await client.GetAsync("/api/forecast/verification?station=city&from=2020-01-01&to=2020-01-31", ct),
            "warnings-list" => await client.GetAsync("/api/forecast/warnings", ct),
            "warnings-get" => await client.GetAsync($"/api/forecast/warnings/{_forecast["pending"]}", ct),
            "warnings-propose" => await client.PostAsJsonAsync("/api/forecast/warnings/propose", new { region = "changji" }, ct),
            "warnings-approve" => await client.PostAsJsonAsync($"/api/forecast/warnings/{_forecast["pending"]}/approve", new { party = "changji" }, ct),
            "warnings-issue" => await client.PostAsync($"/api/forecast/warnings/{_forecast["approved"]}/issue", null, ct),
            "consultations-create" => await client.PostAsJsonAsync("/api/forecast/consultations", ConsultationOrder(_forecast["issue"]), ct),
            "consultations-list" => await client.GetAsync("/api/forecast/consultations", ct),
            "consultations-get" => await client.GetAsync($"/api/forecast/consultations/{_forecast["draft"]}", ct),
            "consultations-publish" => await client.PostAsync($"/api/forecast/consultations/{_forecast["draft"]}/publish", null, ct),
            "consultations-attach" => await client.UploadAsync($"/api/forecast/consultations/{_forecast["draft"]}/attachments", $"附件 {roleIndex}", $"a{roleIndex}.txt"),
            "consultations-file" => await client.GetAsync($"/api/forecast/consultations/{_forecast["published"]}/attachments/{_attachment}", ct),
            "published" => await client.GetAsync("/api/forecast/published", ct),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }
}
