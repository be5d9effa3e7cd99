using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Oasis.Browser.Tests;

/// <summary>
/// The 预报预警 page over two months of seeded history (<c>oasis seed history</c>): a small model trained and earlier
/// forecasts issued through the API, the day's forecast issued from the page, then the forecast table and chart, the
/// verification of the earlier forecasts against what was observed, the model version, a forecast published from
/// the 会商与发布 tab, and a back-test run from the 回测 tab.
/// </summary>
public sealed class ForecastPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Monitor_issues_the_forecast_and_sees_it_beside_the_verification_of_earlier_forecasts()
    {
        var (exit, output) = await fixture.Host.RunCliAsync("seed", "history", "--days", "60", "--minute-days", "0", "--alarms-per-day", "0");
        Assert.True(exit == 0, output);

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-1);
        using var api = await ApiAsync("demo.monitor");
        var model = await PostAsync(api, "/api/forecast/models", new { trainUntil = Day(yesterday.AddDays(-12)), trainingDays = 45, iterations = 30 });
        for (var d = yesterday.AddDays(-11); d <= yesterday.AddDays(-2); d = d.AddDays(1))
        {
            await PostAsync(api, "/api/forecast/issues", new { issueDate = Day(d) });
        }

        // An earlier hourly issue, to be chosen again from the 72-hour panel's list of past issues.
        var earlier = Day(yesterday.AddDays(-2)) + "T20:00";
        await PostAsync(api, "/api/forecast/hourly", new { issueHour = earlier });

        var page = await fixture.LoggedInPageAsync("demo.monitor", fixture.Host.DemoPasswords["demo.monitor"]);
        await page.GotoAsync("/forecast");
        await Assertions.Expect(page.Locator("[data-testid=forecast-controls][data-ready=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("重污染天气预报预警")).ToBeVisibleAsync();
        await page.GetByTestId("forecast-issue").ClickAsync();

        // Today is day+1 of the forecast issued for yesterday, the last complete day.
        var rows = page.Locator("[data-testid=forecast-table][data-station=city] tbody tr[data-lead]");
        await Assertions.Expect(rows).ToHaveCountAsync(10);
        await Assertions.Expect(rows.First).ToHaveAttributeAsync("data-target", Day(yesterday.AddDays(1)));
        await Assertions.Expect(page.GetByTestId("forecast-latest")).ToContainTextAsync("预报日 " + Day(yesterday));
        await Assertions.Expect(page.GetByTestId("forecast-weather")).ToHaveAttributeAsync("data-weather", "not-used");
        // Day+1 … day+3 PM2.5 joined the version's hourly model (decision 0434), and the page says so.
        await Assertions.Expect(page.GetByTestId("forecast-hourly-blend")).ToHaveAttributeAsync("data-blended", "true");
        await Assertions.Expect(page.GetByTestId("forecast-hourly-blend")).ToContainTextAsync("小时模型");
        await Assertions.Expect(page.Locator("[data-testid=forecast-latest] svg").First).ToBeVisibleAsync();

        // The ten earlier forecasts, verified: day+1 of each has been observed.
        var lead1 = page.Locator("[data-testid=verification-table] tbody tr[data-lead='1']");
        await Assertions.Expect(lead1).ToHaveAttributeAsync("data-days", "10");
        await Assertions.Expect(page.Locator("[data-testid=verification-table] tbody tr[data-lead]")).ToHaveCountAsync(10);
        await Assertions.Expect(page.GetByTestId("forecast-models")).ToContainTextAsync(model.GetProperty("code").GetString()!);

        // The 72-hour PM2.5 forecast, issued from the page for the hour that ended last, drawn as a chart.
        var title = page.GetByTestId("forecast-hourly-title");
        await Assertions.Expect(title).ToHaveAttributeAsync("data-issue-hour", earlier);
        await page.GetByTestId("forecast-hourly-issue").ClickAsync();
        await Assertions.Expect(title).Not.ToHaveAttributeAsync("data-issue-hour", earlier);
        var hourly = page.Locator("[data-testid=forecast-hourly][data-station=city]");
        await Assertions.Expect(hourly).ToHaveAttributeAsync("data-hours", "72");
        await Assertions.Expect(hourly.Locator("svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("forecast-hourly-weather")).ToHaveAttributeAsync("data-weather", "not-used");
        // A 45-day window is too short to choose blend weights (decision 0433): the panel says the forecast is not blended.
        await Assertions.Expect(page.GetByTestId("forecast-hourly-weather")).ToHaveAttributeAsync("data-blend", "model");
        await Assertions.Expect(page.GetByTestId("forecast-hourly-weather")).ToContainTextAsync("未混合");
        // The past issue chosen from the list: its own 72 hours and issue time.
        await Assertions.Expect(page.Locator("[data-testid=forecast-hourly-past] option")).ToHaveCountAsync(2);
        await page.GetByTestId("forecast-hourly-past").SelectOptionAsync(await page.Locator("[data-testid=forecast-hourly-past] option").Nth(1).GetAttributeAsync("value") ?? "");
        await Assertions.Expect(title).ToHaveAttributeAsync("data-issue-hour", earlier);
        await Assertions.Expect(hourly).ToHaveAttributeAsync("data-hours", "72");
        await Assertions.Expect(page.GetByTestId("forecast-emergency-link")).ToHaveAttributeAsync("href", "/emergency");

        // The rule table reads the forecast just issued: a proposal appears, or the page says there is nothing to change.
        await page.GetByTestId("warning-propose").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=warning-message], [data-testid=forecast-warnings] tr[data-warning]").First).ToBeVisibleAsync();

        // Another station from the list shows its own rows.
        var station = await page.Locator("[data-testid=forecast-station] option").Nth(1).GetAttributeAsync("value");
        await page.GetByTestId("forecast-station").SelectOptionAsync(station!);
        await Assertions.Expect(page.Locator($"[data-testid=forecast-table][data-station='{station}'] tbody tr[data-lead]")).ToHaveCountAsync(10);

        // 会商与发布: the model's days as starting values; adjust today+1, name both bureaus, attach the minutes, publish.
        await page.Locator(".mud-tab", new() { HasText = "会商与发布" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=consultation-form][data-ready=true]")).ToHaveCountAsync(1);
        var dayRows = page.Locator("[data-testid=consultation-days] tbody tr[data-target]");
        await Assertions.Expect(dayRows).ToHaveCountAsync(10);
        var tomorrow = page.Locator($"[data-testid=consultation-days] tbody tr[data-target='{Day(yesterday.AddDays(2))}']");
        await tomorrow.GetByTestId("consult-low").FillAsync("85");
        await tomorrow.GetByTestId("consult-high").FillAsync("115");
        await tomorrow.GetByTestId("consult-primary").FillAsync("PM2.5");
        await Assertions.Expect(tomorrow).ToContainTextAsync("良至轻度污染");
        await page.GetByTestId("consult-name").Nth(0).FillAsync("张某");
        await page.GetByTestId("consult-organisation").Nth(0).FillAsync("昌吉州生态环境监测站");
        await page.GetByTestId("consult-name").Nth(1).FillAsync("李某");
        await page.GetByTestId("consult-organisation").Nth(1).FillAsync("昌吉州气象台");
        await page.GetByTestId("consult-reasoning").FillAsync("静稳天气持续，夜间逆温。");
        await page.GetByTestId("consult-files").SetFileWhenReadyAsync(new FilePayload { Name = "纪要.txt", MimeType = "text/plain", Buffer = "会商纪要"u8.ToArray() });
        await page.GetByTestId("consult-publish").ClickAsync();

        var published = page.Locator("[data-testid=consultations] [data-consultation][data-state=published]");
        await Assertions.Expect(published).ToHaveCountAsync(1);
        await Assertions.Expect(published).ToContainTextAsync("AQI 85–115 良至轻度污染");
        await Assertions.Expect(published).ToContainTextAsync("李某（昌吉州气象台）");
        await Assertions.Expect(published.GetByTestId("consult-attachment")).ToHaveTextAsync("纪要.txt");
        await Assertions.Expect(published).ToHaveAttributeAsync("data-late", DateTime.UtcNow.AddHours(8).Hour >= 20 ? "true" : "false");
        await Assertions.Expect(page.Locator("[data-testid=published-by-season] tr[data-group=heating]")).ToHaveCountAsync(1);
        using var reader = await ApiAsync("demo.operator");
        var official = await reader.GetFromJsonAsync<JsonElement>("/api/forecast/published", TestContext.Current.CancellationToken);
        Assert.Equal(85, official.GetProperty("days").EnumerateArray().Single(d => d.GetProperty("targetDate").GetString() == Day(yesterday.AddDays(2))).GetProperty("aqiLow").GetInt32());

        // 回测: a back-test over the seeded history started from the page, followed to its table per lead.
        await page.Locator(".mud-tab", new() { HasText = "回测" }).ClickAsync();
        await page.GetByTestId("backtest-train-until").FillAsync(Day(yesterday.AddDays(-20)));
        await page.GetByTestId("backtest-training-days").FillAsync("60");
        await page.GetByTestId("backtest-test-from").FillAsync(Day(yesterday.AddDays(-19)));
        await page.GetByTestId("backtest-test-until").FillAsync(Day(yesterday.AddDays(-12)));
        await page.GetByTestId("backtest-start").ClickAsync();
        var table = page.Locator("[data-testid=backtest-table] tbody tr[data-lead]");
        await Assertions.Expect(table).ToHaveCountAsync(10, new() { Timeout = 180_000 });
        await Assertions.Expect(page.GetByTestId("backtest-caption")).ToContainTextAsync("不使用气象");
        await Assertions.Expect(page.Locator("[data-testid=backtest-list] tr[data-state=done]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Monitor_uploads_weather_on_the_page_a_bad_row_stores_nothing_and_a_good_file_is_listed()
    {
        // Observed hours of a past winter day: outside every training window of the other test, which counts on no weather.
        const string Header = "time,temperature,humidity,pressure,windSpeed,windDirection\n";
        var page = await fixture.LoggedInPageAsync("demo.monitor", fixture.Host.DemoPasswords["demo.monitor"]);
        await page.GotoAsync("/forecast");
        await Assertions.Expect(page.Locator("[data-testid=forecast-controls][data-ready=true]")).ToHaveCountAsync(1);
        await page.GetByTestId("weather-kind").SelectOptionAsync("observed");
        // MudFileUpload adds a fresh input after each upload: the last one is live.
        var upload = page.Locator("[data-testid=weather-form] input[type=file]").Last;

        await upload.SetFileWhenReadyAsync(WeatherCsv("bad-weather.csv", Header + "2025-01-01 00:00,-12,80,1020,2,NW\n2025-01-01 01:00,-12,180,1020,2,NW\n"));
        await Assertions.Expect(page.GetByTestId("weather-error")).ToContainTextAsync("humidity");
        await Assertions.Expect(page.Locator("[data-testid=weather-imports] td", new() { HasText = "bad-weather.csv" })).ToHaveCountAsync(0);

        await upload.SetFileWhenReadyAsync(WeatherCsv("good-weather.csv",
            Header + "2025-01-01 00:00,-12,80,1020,2,NW\n2025-01-01 01:00,-13,82,1021,1.5,NNW\n2025-01-01 02:00,-13,85,1021,0.2,C\n"));
        await Assertions.Expect(page.GetByTestId("weather-uploaded")).ToContainTextAsync("已导入 good-weather.csv：3 小时（实况）");
        await Assertions.Expect(page.GetByTestId("weather-error")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("weather-imports")).ToContainTextAsync("good-weather.csv");

        using var api = await ApiAsync("demo.monitor");
        var imports = await api.GetFromJsonAsync<JsonElement[]>("/api/forecast/weather", TestContext.Current.CancellationToken);
        var stored = imports!.Single(i => i.GetProperty("fileName").GetString() == "good-weather.csv");
        Assert.Equal(("observed", 3, "demo.monitor"), (stored.GetProperty("kind").GetString(), stored.GetProperty("hours").GetInt32(), stored.GetProperty("importedBy").GetString()));
    }

    private static FilePayload WeatherCsv(string name, string text) =>
        new() { Name = name, MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(text) };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiAsync(string user)
    {
        var client = new HttpClient { BaseAddress = new Uri(fixture.Host.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = user, password = fixture.Host.DemoPasswords[user] });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
