using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Forecast;
using Oasis.Forecasting;
using Oasis.Standards.Air;

namespace Oasis.Tests.Forecast;

/// <summary>The back-test over the city's own history (decision 0430), in the host of the model tests (same seeded stations).</summary>
public sealed partial class ForecastHostTests
{
    [Fact]
    public async Task A_back_test_over_the_city_history_gives_the_table_of_the_shared_runner_on_the_same_days()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var order = new { trainUntil = "2016-01-31", trainingDays = ForecastKit.TrainingDays, testFrom = "2016-02-01", testUntil = "2016-02-20", iterations = ForecastKit.Iterations };
        var queued = await (await monitor.PostAsJsonAsync("/api/forecast/backtests", order, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        Assert.Equal("queued", queued.Str("state"));
        var job = await WaitForBacktestAsync(monitor, queued.GetProperty("id").GetInt32());

        Assert.Equal("done", job.Str("state"));
        Assert.Equal(100, job.GetProperty("percent").GetInt32());
        Assert.Equal("none", job.Str("weather")); // no weather imported in this host: said so
        Assert.Equal("2015-06-06", job.Str("trainFrom"));
        Assert.Equal(ForecastKit.Stations, job.GetProperty("stations").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2 * 20 * 10, job.GetProperty("forecasts").GetInt32());

        // The engine's shared runner on the same hourly layer, rated daily by the same engine, with the hourly model (0434).
        var (trainUntil, testFrom, testUntil) = (new DateOnly(2016, 1, 31), new DateOnly(2016, 2, 1), new DateOnly(2016, 2, 20));
        var tally = await factory.WithDbAsync(async db =>
        {
            var histories = await ForecastHistories.LoadAsync(db, ForecastKit.Stations, new DateOnly(2015, 6, 6), testUntil.AddDays(10), null, TestApi.Ct);
            var hours = await ForecastHistories.LoadHourlyAsync(db, ForecastKit.Stations, new DateOnly(2015, 6, 6), testUntil.AddDays(10), null, TestApi.Ct);
            var run = BacktestRun.Train(histories, histories, trainUntil, new ForecastOptions { Iterations = ForecastKit.Iterations }, EditionChoice.Auto, hours);
            return run.Score(run.Forecast(histories, testFrom, testUntil), histories);
        });
        var scores = job.GetProperty("scores");
        var methods = (string[])["model", "persistence", "climatology"];
        for (var m = 0; m < methods.Length; m++)
        {
            var leads = scores.GetProperty(methods[m]).EnumerateArray().ToList();
            Assert.Equal(10, leads.Count);
            foreach (var row in leads)
            {
                var expected = tally.Score(row.GetProperty("lead").GetInt32(), m);
                Assert.Equal(expected.Days, row.GetProperty("days").GetInt32());
                Assert.InRange(expected.Days, 30, 40);
                Assert.Equal(N(expected.ExactPercent), N(row, "exactPercent"));
                Assert.Equal(N(expected.WithinOnePercent), N(row, "withinOnePercent"));
                Assert.Equal(N(expected.Pm25Rmse), N(row, "pm25Rmse"));
                Assert.Equal(N(expected.Pm25Mae), N(row, "pm25Mae"));
            }
        }

        Assert.All(scores.GetProperty("model").EnumerateArray(), r => Assert.NotNull(N(r, "pm25Rmse")));
        Assert.Contains((await monitor.ListAsync("/api/forecast/backtests")), b => b.GetProperty("id").GetInt32() == job.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_back_test_with_dates_out_of_order_or_without_history_is_refused_in_chinese()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");

        var order = await monitor.PostAsJsonAsync("/api/forecast/backtests", new { trainUntil = "2016-03-01", testFrom = "2016-02-01", testUntil = "2016-02-20" }, TestApi.Ct);
        var errors = (await order.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors();
        Assert.Equal("testFrom", Assert.Single(errors).Field);
        Assert.Contains("训练截止日", errors[0].Message);

        var bad = await monitor.PostAsJsonAsync("/api/forecast/backtests", new { trainUntil = "2016-02-30", testFrom = "2016-03-01", trainingDays = 10 }, TestApi.Ct);
        Assert.Equal(["trainUntil", "testUntil", "trainingDays"], (await bad.ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors().Select(e => e.Field));

        var early = await monitor.PostAsJsonAsync("/api/forecast/backtests", new { trainUntil = "2012-12-31", testFrom = "2013-01-01", testUntil = "2013-01-31" }, TestApi.Ct);
        Assert.Contains("监测历史", (await early.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-no-history")).Str("detail"));

        var empty = await monitor.PostAsJsonAsync("/api/forecast/backtests", new { trainUntil = "2016-01-31", testFrom = "2017-06-01", testUntil = "2017-06-30", trainingDays = 240 }, TestApi.Ct);
        Assert.Contains("没有任何监测日", (await empty.ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-backtest-no-test-days")).Str("detail"));

        await (await monitor.GetAsync("/api/forecast/backtests/999999", TestApi.Ct)).ProblemAsync(HttpStatusCode.NotFound, "urn:oasis:not-found");
    }

    [Fact]
    public async Task A_leave_stations_out_back_test_trains_on_the_stations_asked_and_scores_exactly_the_others_and_a_cancelled_one_stops()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        object Order(string[]? train) => new { trainUntil = "2016-01-31", trainingDays = ForecastKit.TrainingDays, testFrom = "2016-02-01", testUntil = "2016-02-10", iterations = ForecastKit.Iterations, trainStations = train };

        // Cancelled at once (queued, or loading if the worker was quicker): it says so, and the worker stops before training.
        var first = await (await monitor.PostAsJsonAsync("/api/forecast/backtests", Order(null), TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        var cancelled = await (await monitor.PostAsync($"/api/forecast/backtests/{first.GetProperty("id").GetInt32()}/cancel", null, TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal("cancelled", cancelled.Str("state"));
        var key = first.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await factory.WithDbAsync(db => db.AuditRecords.Where(a => a.EntityType == "ForecastBacktest" && a.EntityKey == key && a.Action == "update")
            .Select(a => new { a.UserName, a.After }).ToListAsync(TestApi.Ct));
        Assert.Contains(audit, a => a.UserName == "demo.monitor" && a.After!.Contains("cancelled", StringComparison.Ordinal));

        var queued = await (await monitor.PostAsJsonAsync("/api/forecast/backtests", Order(["Dongsi"]), TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.Accepted);
        Assert.Equal(["Dongsi"], queued.GetProperty("trainStations").EnumerateArray().Select(s => s.GetString()));
        var job = await WaitForBacktestAsync(monitor, queued.GetProperty("id").GetInt32());
        Assert.Equal("done", job.Str("state"));
        Assert.Equal(["Tiantan"], job.GetProperty("stations").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(1 * 10 * 10, job.GetProperty("forecasts").GetInt32());

        // The worker runs one job at a time, oldest first: the cancelled one has ended, without a table.
        var stopped = await (await monitor.GetAsync($"/api/forecast/backtests/{first.GetProperty("id").GetInt32()}", TestApi.Ct)).ReadAsync<JsonElement>();
        Assert.Equal(("cancelled", 0, JsonValueKind.Null), (stopped.Str("state"), stopped.GetProperty("forecasts").GetInt32(), stopped.GetProperty("scores").ValueKind));
        await (await monitor.PostAsync($"/api/forecast/backtests/{job.GetProperty("id").GetInt32()}/cancel", null, TestApi.Ct))
            .ProblemAsync(HttpStatusCode.Conflict, "urn:oasis:forecast-backtest-finished");

        // The shared runner trained on Dongsi alone (both models), scored on Tiantan alone.
        var (trainUntil, testFrom, testUntil) = (new DateOnly(2016, 1, 31), new DateOnly(2016, 2, 1), new DateOnly(2016, 2, 10));
        var tally = await factory.WithDbAsync(async db =>
        {
            var histories = await ForecastHistories.LoadAsync(db, ForecastKit.Stations, new DateOnly(2015, 6, 6), testUntil.AddDays(10), null, TestApi.Ct);
            var hours = await ForecastHistories.LoadHourlyAsync(db, ForecastKit.Stations, new DateOnly(2015, 6, 6), testUntil.AddDays(10), null, TestApi.Ct);
            var run = BacktestRun.Train(histories, [histories[0]], trainUntil, new ForecastOptions { Iterations = ForecastKit.Iterations }, EditionChoice.Auto, hours);
            return run.Score(run.Forecast([histories[1]], testFrom, testUntil), [histories[1]]);
        });
        foreach (var row in job.GetProperty("scores").GetProperty("model").EnumerateArray())
        {
            var expected = tally.Score(row.GetProperty("lead").GetInt32(), 0);
            Assert.Equal((expected.Days, N(expected.ExactPercent), N(expected.Pm25Rmse)), (row.GetProperty("days").GetInt32(), N(row, "exactPercent"), N(row, "pm25Rmse")));
        }
    }

    [Fact]
    public async Task Training_stations_that_are_unknown_or_leave_none_to_score_are_refused_in_chinese_and_english()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        async Task<(string Field, string Message)> RefusedAsync(string[] train, string language)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/forecast/backtests")
            {
                Content = JsonContent.Create(new { trainUntil = "2016-01-31", testFrom = "2016-02-01", testUntil = "2016-02-10", trainStations = train }),
            };
            request.Headers.AcceptLanguage.ParseAdd(language);
            var (_, field, message) = Assert.Single((await (await monitor.SendAsync(request, TestApi.Ct)).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:validation")).Errors());
            return (field, message);
        }

        var unknown = await RefusedAsync(["Dongsi", "NOPE"], "zh-CN");
        Assert.Equal("trainStations", unknown.Field);
        Assert.Contains("不是本市的评价点位：NOPE", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("not evaluation stations of the city: NOPE", (await RefusedAsync(["NOPE"], "en-US")).Message, StringComparison.Ordinal);
        Assert.Contains("至少要留出一个点位", (await RefusedAsync(ForecastKit.Stations, "zh-CN")).Message, StringComparison.Ordinal);
        Assert.Contains("leave at least one out", (await RefusedAsync(ForecastKit.Stations, "en-US")).Message, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ForecastBacktests.CountAsync(b => b.TrainStations != null && b.TrainStations.Contains("NOPE"), TestApi.Ct)));
    }

    // A window without the target's month has no climatological PM2.5: null in the table, NaN in the tally.
    private static double? N(double v) => double.IsNaN(v) ? null : Math.Round(v, 1);

    private static double? N(JsonElement row, string property) =>
        row.GetProperty(property) is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;

    /// <summary>Polls the job until it has finished (a bound, not a timing assertion: a slow machine only waits longer).</summary>
    private static async Task<JsonElement> WaitForBacktestAsync(HttpClient client, int id)
    {
        for (var i = 0; ; i++)
        {
            var job = await (await client.GetAsync($"/api/forecast/backtests/{id}", TestApi.Ct)).ReadAsync<JsonElement>();
            if (job.Str("state") is "done" or "failed" || i == 3000)
            {
                return job;
            }

            await Task.Delay(200, TestApi.Ct);
        }
    }
}
