using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Oasis.Forecasting.Consultation;
using Oasis.Standards.Air;

namespace Oasis.Tests.Forecast;

/// <summary>
/// Published forecasts on two PRSA stations' November 2016, published by the service under a fake clock (the deadline
/// and the three-day rule read it), verified against what was observed beside the model, by lead, season and level.
/// </summary>
public sealed class ForecastPublishedVerificationTests(OasisFactory factory) : IClassFixture<OasisFactory>
{
    private static readonly DateOnly First = new(2016, 11, 1);

    [Fact]
    public async Task Published_forecasts_are_flagged_late_after_20_00_and_verified_by_lead_season_and_level()
    {
        await ForecastKit.SeedAsync(factory);
        var monitor = await factory.UserAsync("demo.monitor");
        var late = new List<bool>();
        for (var i = 0; i < 10; i++)
        {
            var issueDay = First.AddDays(i);
            await WarningKit.ForecastAsync(factory, issueDay, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120);
            // Published the next day, at 19:59 on even days and 20:00 on odd ones (Beijing).
            var clock = new FakeTimeProvider(new DateTimeOffset(issueDay.AddDays(1).ToDateTime(new TimeOnly(i % 2 == 0 ? 19 : 20, i % 2 == 0 ? 59 : 0)), TimeSpan.FromHours(8)));
            var consultations = new Consultations(clock);
            late.Add(await factory.WithDbAsync(async db =>
            {
                var issueId = db.Set<Oasis.Forecasting.Issues.ForecastIssue>().Where(x => x.IssueDate == issueDay).Max(x => x.Id);
                var c = await consultations.RecordAsync(db, new ConsultationOrder(issueId, null, "会商", [new("甲", "生态环境局", "environment"), new("乙", "气象台", "meteorology")],
                [
                    new(Day(issueDay.AddDays(2)), 40, 160, ["PM2.5"]), new(Day(issueDay.AddDays(3)), 100, 120, ["PM2.5"]), new(Day(issueDay.AddDays(4)), 300, 400, ["PM2.5"]),
                ]), "demo.monitor", TestApi.Ct);
                return (await consultations.PublishAsync(db, c.Id, "demo.monitor", TestApi.Ct)).Late;
            }));
        }

        Assert.Equal(Enumerable.Range(0, 10).Select(i => i % 2 == 1), late);

        var v = await monitor.GetFromJsonAsync<JsonElement>($"/api/forecast/verification?station=city&from={Day(First)}&to={Day(First.AddDays(9))}", TestApi.Ct);
        var days = v.GetProperty("days").EnumerateArray().Where(d => d.GetProperty("publishedAqiLow").ValueKind == JsonValueKind.Number
            && d.GetProperty("observedAqi").ValueKind == JsonValueKind.Number).ToList();
        Assert.Equal(30, v.GetProperty("days").EnumerateArray().Count(d => d.GetProperty("publishedAqiLow").ValueKind == JsonValueKind.Number));
        var published = v.GetProperty("published").EnumerateArray().ToList();
        foreach (var lead in (int[])[2, 3, 4])
        {
            // Recount from the days: the observed level within the levels of the range is a hit.
            var rows = days.Where(d => d.GetProperty("lead").GetInt32() == lead).ToList();
            var hits = rows.Count(d => Level(d, "observedAqi") >= Level(d, "publishedAqiLow") && Level(d, "observedAqi") <= Level(d, "publishedAqiHigh"));
            var inRange = rows.Count(d => d.GetProperty("observedAqi").GetInt32() >= d.GetProperty("publishedAqiLow").GetInt32()
                && d.GetProperty("observedAqi").GetInt32() <= d.GetProperty("publishedAqiHigh").GetInt32());
            var score = published[lead - 1].GetProperty("published");
            Assert.Equal(rows.Count, score.GetProperty("days").GetInt32());
            Assert.True(rows.Count >= 8, $"lead {lead}: {rows.Count} observed days");
            Assert.Equal(Math.Round(100.0 * hits / rows.Count, 1), score.GetProperty("exactPercent").GetDouble());
            Assert.Equal(Math.Round(100.0 * inRange / rows.Count, 1), score.GetProperty("inRangePercent").GetDouble());
            var model = published[lead - 1].GetProperty("modelSameDays");
            Assert.Equal(Math.Round(100.0 * rows.Count(d => Level(d, "observedAqi") == 3) / rows.Count, 1), model.GetProperty("exactPercent").GetDouble()); // model AQI 120: level 3
        }

        Assert.Equal(0, published[0].GetProperty("published").GetProperty("days").GetInt32());

        // November is the heating season; every published day falls in one observed level.
        var seasons = v.GetProperty("seasons").EnumerateArray().ToDictionary(s => s.Str("group"));
        Assert.Equal(days.Count, seasons["heating"].GetProperty("published").GetProperty("days").GetInt32());
        Assert.Equal(0, seasons["nonheating"].GetProperty("model").GetProperty("days").GetInt32());
        var levels = v.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(AirQualityCategory.Categories.Select(c => c.Code), levels.Select(l => l.Str("group")));
        Assert.Equal(days.Count, levels.Sum(l => l.GetProperty("published").GetProperty("days").GetInt32()));
        foreach (var level in levels)
        {
            var code = level.Str("group");
            Assert.Equal(days.Count(d => AirQualityCategory.For(d.GetProperty("observedAqi").GetInt32()).Code == code), level.GetProperty("published").GetProperty("days").GetInt32());
        }
    }

    private static int Level(JsonElement day, string property) => AirQualityCategory.For(day.GetProperty(property).GetInt32()).Level;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
