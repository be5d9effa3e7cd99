using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Oasis.Forecasting.Models;

namespace Oasis.Tests.Forecast;

/// <summary>
/// Day+1 PM2.5 of an issued forecast as the ensemble with the version's hourly model (decision 0434): this host has no
/// weather, so only day+1 (day+1 … day+3 with weather).
/// </summary>
public sealed partial class ForecastHostTests
{
    [Fact]
    public async Task An_issue_without_weather_blends_the_hourly_model_into_day_one_pm25_only_and_says_so()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var model = (await ForecastKit.TrainAsync(monitor, "2016-02-29")).GetProperty("id").GetInt32();
        var blended = await ForecastKit.IssueAsync(monitor, "2016-03-14", model);
        Assert.True(blended.GetProperty("hourlyBlended").GetBoolean());

        // The same version without its hourly model: the daily model alone, and the issue says so.
        var hourlyFile = await factory.WithDbAsync(db => db.Set<ForecastModelRecord>().Where(m => m.Id == model).Select(m => m.HourlyFileName).SingleAsync(TestApi.Ct));
        await factory.WithDbAsync(db => db.Set<ForecastModelRecord>().Where(m => m.Id == model).ExecuteUpdateAsync(s => s.SetProperty(m => m.HourlyFileName, (string?)null), TestApi.Ct));
        JsonElement alone;
        try
        {
            alone = await ForecastKit.IssueAsync(monitor, "2016-03-14", model);
        }
        finally
        {
            await factory.WithDbAsync(db => db.Set<ForecastModelRecord>().Where(m => m.Id == model).ExecuteUpdateAsync(s => s.SetProperty(m => m.HourlyFileName, hourlyFile), TestApi.Ct));
        }

        Assert.False(alone.GetProperty("hourlyBlended").GetBoolean());
        var a = Days(blended);
        var b = Days(alone);
        Assert.Equal(b.Keys.Order(), a.Keys.Order());
        foreach (var (key, day) in a)
        {
            var other = b[key];
            // Every value but PM2.5 is the daily model's at every lead; PM2.5 too after day+1 (a model without weather).
            foreach (var p in (string[])["pm10", "so2", "no2", "co", "o3_8h", "o3_1h"])
            {
                Assert.Equal(other.GetProperty(p).GetDouble(), day.GetProperty(p).GetDouble());
            }

            if (key.Lead > Oasis.Forecast.HourlyDayEnsemble.MaxLeadWithoutWeather)
            {
                Assert.Equal(other.GetRawText(), day.GetRawText());
            }
        }

        // The hourly model moved day+1 PM2.5 of the stations, and the city (their mean) with them.
        Assert.Equal(1, Oasis.Forecast.HourlyDayEnsemble.MaxLeadWithoutWeather);
        foreach (var station in (string[])["Dongsi", "Tiantan", "city"])
        {
            Assert.NotEqual(b[(station, 1)].GetProperty("pm25").GetDouble(), a[(station, 1)].GetProperty("pm25").GetDouble());
        }
    }

    private static Dictionary<(string Station, int Lead), JsonElement> Days(JsonElement issue) =>
        issue.GetProperty("days").EnumerateArray().ToDictionary(d => (d.Str("station"), d.GetProperty("lead").GetInt32()));
}
