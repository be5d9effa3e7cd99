using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Oasis.Tests.Forecast;

/// <summary>
/// The hourly forecast without weather says so and says it is blended (issue #7, decision 0433): a version trained on a
/// window long enough for a validation year keeps its blend weights, and the API states the weather and the blend.
/// </summary>
public sealed class ForecastHourlyBlendTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    [Fact]
    public async Task An_hourly_forecast_without_weather_states_that_it_used_none_and_is_blended_towards_persistence_and_climatology()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        // 800 days: the last 365 choose the weights with a model trained on the 435 before them.
        var model = await ForecastKit.TrainAsync(monitor, "2016-02-29", 800);
        var blend = model.GetProperty("hourly").GetProperty("blend").EnumerateArray().Select(l => l.EnumerateArray().Select(w => w.GetDouble()).ToList()).ToList();
        Assert.Equal(72, blend.Count);
        Assert.All(blend, w => Assert.Equal(1, w.Sum(), 9));
        Assert.Contains(blend, w => w[0] < 1);

        var response = await monitor.PostAsJsonAsync("/api/forecast/hourly", new { issueHour = "2016-03-05T20:00" }, TestApi.Ct);
        var issue = await response.ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.Equal("not-used", issue.Str("weather"));
        Assert.False(issue.GetProperty("weatherForecastUsed").GetBoolean());
        Assert.Equal("persistence-climatology", issue.Str("blend"));
        var model1 = blend[0][0].ToString("0.##", CultureInfo.InvariantCulture);
        Assert.StartsWith("未使用气象条件", issue.Str("statement"), StringComparison.Ordinal);
        Assert.Contains($"短时效偏向持续性（预报时次的 PM2.5），时效越长越偏向同月同时次的气候态；模型权重 +1 小时 {model1}", issue.Str("statement"), StringComparison.Ordinal);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/forecast/hourly?station=Dongsi");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var english = await (await monitor.SendAsync(request, TestApi.Ct)).ReadAsync<JsonElement>(HttpStatusCode.OK);
        Assert.Equal("persistence-climatology", english.Str("blend"));
        Assert.Contains("Weather not used", english.Str("statement"), StringComparison.Ordinal);
        Assert.Contains($"Blended by lead: towards persistence (the issue hour's PM2.5) at short leads and towards the same month-and-hour climatology as the lead grows; model weight {model1} at +1 h",
            english.Str("statement"), StringComparison.Ordinal);
    }
}
