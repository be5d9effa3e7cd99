using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Forecasting.Weather;

namespace Oasis.Tests.Forecast;

/// <summary>The weather bureau's files: stored as given (dew point from humidity when only humidity is given), or refused whole with one error per bad row.</summary>
public sealed class ForecastWeatherImportTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task A_forecast_file_is_stored_hour_by_hour_in_beijing_time()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        const string csv = "time,temperature,humidity,pressure,windSpeed,windDirection,precipitation,boundaryLayerHeight\n"
            + "2027-01-05 00:00,-12.5,80,1021.3,1.2,NNW,0,350\n"
            + "2027-01-05 01:00,-13,85,1021.0,0,,0,300\n"
            + "2027-01-05 02:00,-13.4,90,1020.8,2.5,315,,\n";
        var created = await (await monitor.UploadAsync("/api/forecast/weather/import?kind=forecast", csv, "cj-20270104.csv")).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal(3, created.GetProperty("hours").GetInt32());
        Assert.Equal("forecast", created.Str("kind"));
        Assert.True(created.GetProperty("hasBoundaryLayer").GetBoolean());
        Assert.Equal("2027-01-05T00:00:00+08:00", created.Str("firstHour"));

        var hours = await monitor.ListAsync($"/api/forecast/weather/{created.GetProperty("id").GetInt32()}");
        Assert.Equal(["2027-01-05T00:00:00+08:00", "2027-01-05T01:00:00+08:00", "2027-01-05T02:00:00+08:00"], hours.Select(h => h.Str("time")));
        Assert.Equal(337.5, hours[0].GetProperty("windDirection").GetDouble());
        Assert.Equal(JsonValueKind.Null, hours[1].GetProperty("windDirection").ValueKind); // calm
        Assert.Equal(315, hours[2].GetProperty("windDirection").GetDouble());
        Assert.Equal(JsonValueKind.Null, hours[2].GetProperty("precipitation").ValueKind);

        // Dew point from temperature and humidity by the Magnus formula the engine turns back into humidity.
        var dew = hours[0].GetProperty("dewPoint").GetDouble();
        Assert.Equal(80, Oasis.Forecast.DailyWeather.RelativeHumidity(-12.5, dew), 6);
        Assert.True(dew < -12.5);
    }

    [Fact]
    public async Task Date_and_hour_columns_and_observed_weather_are_accepted()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        const string csv = "date,hour,temperature,dewPoint,pressure,windSpeed,windDirection\n2027-02-01,0,-5,-9,1015,3,N\n2027-02-01,23,-6,-10,1016,2,S\n";
        var created = await (await monitor.UploadAsync("/api/forecast/weather/import?kind=observed", csv, "obs.csv")).ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("observed", created.Str("kind"));
        Assert.Equal("2027-02-01T23:00:00+08:00", created.Str("lastHour"));
    }

    [Fact]
    public async Task A_file_with_bad_rows_is_refused_whole_with_one_chinese_error_per_problem()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var before = await factory.WithDbAsync(db => db.Set<WeatherHour>().CountAsync(TestApi.Ct));
        const string csv = "time,temperature,humidity,dewPoint,pressure,windSpeed,windDirection\n"
            + "2027-03-01 00:00,1,50,,1010,2,N\n"       // good
            + "2027-03-01 00:30,1,50,,1010,2,N\n"       // not on the hour
            + "2027-03-01 02:00,abc,50,,1010,2,N\n"     // not a number
            + "2027-03-01 03:00,1,,,1010,2,N\n"         // neither humidity nor dew point
            + "2027-03-01 04:00,1,50,,1010,2,XYZ\n"     // not a direction
            + "2027-03-01 05:00,1,150,,1010,2,N\n"      // humidity out of range
            + "2027-03-01 00:00,1,50,,1010,2,N\n"       // duplicate of line 2
            + "2027-03-01 06:00,1,50,,1010\n";          // short row
        var problem = await (await monitor.UploadAsync("/api/forecast/weather/import", csv, "bad.csv")).ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var errors = problem.Errors();
        Assert.Equal(
            [(3, "time"), (4, "temperature"), (5, "humidity"), (6, "windDirection"), (7, "humidity"), (8, "time"), (9, "*")],
            errors.Select(e => (e.Row ?? 0, e.Field)).ToList());
        Assert.Contains("不是整点时间", errors[0].Message);
        Assert.Contains("不是数字", errors[1].Message);
        Assert.Contains("第 2 行", errors[5].Message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Set<WeatherHour>().CountAsync(TestApi.Ct)));
    }

    [Fact]
    public async Task A_header_without_the_required_columns_is_refused()
    {
        var monitor = await factory.UserAsync("demo.monitor");
        var problem = await (await monitor.UploadAsync("/api/forecast/weather/import", "time,temperature,cloud\n2027-03-01 00:00,1,3\n", "h.csv", "en-US"))
            .ProblemAsync(HttpStatusCode.BadRequest, "urn:oasis:import-failed");
        var fields = problem.Errors().Select(e => e.Field).ToList();
        Assert.Equal(["cloud", "pressure", "windSpeed", "humidity|dewPoint"], fields);
        Assert.Contains("Unknown column 'cloud'", problem.Errors()[0].Message);
    }
}
