using Oasis.Forecast.Hourly;
using Oasis.Standards.Air;

namespace Oasis.Forecast.Tests;

/// <summary>Day+1 … day+3 PM2.5 as the ensemble of the daily model and the hourly model's day (decision 0434).</summary>
public sealed class HourlyDayEnsembleTests
{
    private static readonly DateOnly IssueDay = new(2016, 12, 1);

    // Clean but for PM2.5, so PM2.5 decides the AQI: PM10 50, SO2 10, NO2 30, CO 0.5, O3 8-hour 60 and 1-hour 80.
    private static DailyForecast Daily(string station, int lead, double pm25) =>
        new(station, IssueDay, IssueDay.AddDays(lead),
            DailyAirQuality.Evaluate(IssueDay.AddDays(lead), new DailyConcentrations(pm25, 50, 10, 30, 0.5, 60, 80), EditionChoice.Force2012));

    // The hourly forecast issued at an hour of the issue day, every hour of its 72 leads at the same PM2.5.
    private static IEnumerable<HourlyForecast> Hourly(string station, double pm25, int issueHour = 23, int leads = HourlyOptions.MaxLead)
    {
        var issue = IssueDay.ToDateTime(new TimeOnly(issueHour, 0));
        return Enumerable.Range(1, leads).Select(l => new HourlyForecast(station, issue, issue.AddHours(l), l, pm25));
    }

    [Fact]
    public void The_blended_pm25_is_the_mean_in_ln_space_and_the_day_is_rated_again_by_the_standard()
    {
        // ln(1 + x) halfway between ln 101 and ln 201: x = √(101 × 201) − 1 = 141.48 µg/m³. HJ 633-2012 table 1 puts 24-hour
        // PM2.5 115 → IAQI 150 and 150 → 200, so IAQI = 150 + 50 × 26.48 / 35 = 187.8, rounded up to 188: 中度污染 (from 轻度).
        var daily = Daily("A", 1, 100);
        Assert.Equal(132, daily.Aqi);
        var blended = HourlyDayEnsemble.Blend(daily, 200, EditionChoice.Force2012);

        Assert.Equal(Math.Sqrt(101 * 201.0) - 1, blended.Pm25, 9);
        Assert.Equal(188, blended.Aqi);
        Assert.Equal("中度污染", blended.Category.NameZh);
        Assert.Equal(daily.Quality.Concentrations with { Pm25 = blended.Pm25 }, blended.Quality.Concentrations);
        Assert.Equal((daily.Station, daily.IssueDate, daily.TargetDate), (blended.Station, blended.IssueDate, blended.TargetDate));
    }

    [Fact]
    public void Days_one_to_three_take_the_hourly_day_and_later_days_keep_the_daily_model()
    {
        var daily = Enumerable.Range(1, 10).Select(l => Daily("A", l, 100)).ToList();
        var result = HourlyDayEnsemble.Apply(daily, Hourly("A", 200), EditionChoice.Force2012);

        Assert.Equal(3, HourlyDayEnsemble.MaxLead);
        Assert.All(result.Take(3), d => Assert.Equal(188, d.Aqi));
        Assert.Equal(daily.Skip(3), result.Skip(3));
    }

    [Fact]
    public void Without_weather_only_day_one_is_blended()
    {
        var daily = Enumerable.Range(1, 10).Select(l => Daily("A", l, 100)).ToList();
        Assert.Equal((3, 1), (HourlyDayEnsemble.LeadsFor(targetWeather: true), HourlyDayEnsemble.LeadsFor(targetWeather: false)));
        var result = HourlyDayEnsemble.Apply(daily, Hourly("A", 200), EditionChoice.Force2012, HourlyDayEnsemble.LeadsFor(targetWeather: false));

        Assert.Equal(188, result[0].Aqi);
        Assert.Equal(daily.Skip(1), result.Skip(1));
    }

    [Fact]
    public void Only_whole_days_of_the_same_station_issued_at_the_last_hour_of_the_issue_day_are_blended()
    {
        var daily = Enumerable.Range(1, 3).Select(l => Daily("A", l, 100)).ToList();

        // Issued at 20:00, not the last hour of the issue day.
        Assert.Equal(daily, HourlyDayEnsemble.Apply(daily, Hourly("A", 200, issueHour: 20), EditionChoice.Force2012));
        // Another station's hours.
        Assert.Equal(daily, HourlyDayEnsemble.Apply(daily, Hourly("B", 200), EditionChoice.Force2012));
        // 71 leads: day+3 lacks its last hour and keeps the daily model's PM2.5.
        var partial = HourlyDayEnsemble.Apply(daily, Hourly("A", 200, leads: 71), EditionChoice.Force2012);
        Assert.Equal([188, 188, daily[2].Aqi], partial.Select(d => d.Aqi));
        // A missing (NaN) hour makes the day incomplete too.
        var gap = Hourly("A", 200).Select(h => h.Lead == 30 ? h with { Pm25 = double.NaN } : h);
        Assert.Equal([188, daily[1].Aqi, 188], HourlyDayEnsemble.Apply(daily, gap, EditionChoice.Force2012).Select(d => d.Aqi));
    }
}
