using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Oasis.Forecasting;

namespace Oasis.Tests.Forecast;

/// <summary>
/// With observed weather imported over the training window the host trains a model that reads the weather of the target
/// days, and a forecast says how much of that weather it had; the schedule trains and issues once per day.
/// </summary>
public sealed class ForecastWeatherModelTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task Imported_weather_makes_a_weather_model_and_the_forecast_says_which_days_it_covered()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var observed = ForecastKit.WeatherCsv("Dongsi", new DateOnly(2015, 7, 5), new DateOnly(2016, 3, 15));
        (await monitor.UploadAsync("/api/forecast/weather/import?kind=observed", observed, "dongsi-observed.csv")).EnsureSuccessStatusCode();

        var model = await ForecastKit.TrainAsync(monitor, "2016-02-29");
        Assert.True(model.GetProperty("targetWeather").GetBoolean());
        Assert.InRange(model.GetProperty("weatherDays").GetInt32(), 200, 240);
        Assert.Contains("-wx-", model.Str("code"));

        // Issue day 2016-03-10: the weather covers 03-11 … 03-15, five of the ten target days.
        var issue = await ForecastKit.IssueAsync(monitor, "2016-03-10", model.GetProperty("id").GetInt32());
        Assert.Equal("partial", issue.Str("weather"));
        Assert.Equal(5, issue.GetProperty("weatherDays").GetInt32());

        // A forecast file for the rest: now every target day has weather.
        var forecast = ForecastKit.WeatherCsv("Dongsi", new DateOnly(2016, 3, 16), new DateOnly(2016, 3, 20));
        (await monitor.UploadAsync("/api/forecast/weather/import?kind=forecast", forecast, "cj-20160310.csv")).EnsureSuccessStatusCode();
        var again = await ForecastKit.IssueAsync(monitor, "2016-03-10", model.GetProperty("id").GetInt32());
        Assert.Equal("imported", again.Str("weather"));
        Assert.Equal(10, again.GetProperty("weatherDays").GetInt32());
    }

    [Fact]
    public async Task The_schedule_trains_and_issues_once_for_the_last_complete_day()
    {
        await ForecastKit.SeedAsync(factory);
        var clock = new FakeTimeProvider(new DateTimeOffset(2016, 3, 21, 3, 0, 0, TimeSpan.FromHours(8)));
        var options = Options.Create(new ForecastingOptions { TrainingDays = ForecastKit.TrainingDays, Iterations = ForecastKit.Iterations, ScheduleHour = 2 });
        var scheduler = new ForecastScheduler(factory.Services.GetRequiredService<IServiceScopeFactory>(), clock, options, NullLogger<ForecastScheduler>.Instance);

        Assert.Equal((true, true), await scheduler.RunDueAsync(TestApi.Ct));
        Assert.Equal((false, false), await scheduler.RunDueAsync(TestApi.Ct));

        var monitor = await factory.UserAsync("demo.monitor");
        var models = await monitor.ListAsync("/api/forecast/models");
        var scheduled = models.Single(m => m.Str("trainedUntil") == "2016-03-20");
        Assert.Equal("system", scheduled.Str("createdBy"));
        var issues = await monitor.ListAsync("/api/forecast/issues?from=2016-03-20&to=2016-03-20");
        Assert.Equal(scheduled.GetProperty("id").GetInt32(), Assert.Single(issues).GetProperty("modelId").GetInt32());

        // Before the schedule hour nothing is due.
        clock.SetUtcNow(new DateTimeOffset(2016, 3, 22, 1, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal((false, false), await scheduler.RunDueAsync(TestApi.Ct));
    }
}
