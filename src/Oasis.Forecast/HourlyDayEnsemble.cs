using Oasis.Forecast.Hourly;
using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// Day+1 … day+3 PM2.5 (day+1 only without a weather forecast) from two models (decision 0434): the daily model's value and the mean of the hourly model's 24
/// forecast hours of the target day, issued at the last hour of the issue day (so it reads what the daily model reads),
/// averaged with equal weights in ln(1 + x), the space both models are trained in. The AQI, category and primary
/// pollutant are then rated again by the standards engine. The other six daily values stay the daily model's; a day
/// the hourly forecast does not cover in full keeps the daily model's PM2.5.
/// </summary>
public static class HourlyDayEnsemble
{
    /// <summary>The leads the 72 hourly leads cover whole when issued at the last hour of the issue day: blended with weather.</summary>
    public const int MaxLead = HourlyOptions.MaxLead / 24;

    /// <summary>
    /// Without a weather forecast only day+1 is blended: there the hourly model still reads the evening's build-up, later
    /// it is mostly persistence and climatology chosen for squared error, and it cost day+2 and day+3 their exact level
    /// (decision 0434).
    /// </summary>
    public const int MaxLeadWithoutWeather = 1;

    /// <summary>The last lead blended for a model with (<paramref name="targetWeather"/>) or without the target days' weather.</summary>
    public static int LeadsFor(bool targetWeather) => targetWeather ? MaxLead : MaxLeadWithoutWeather;

    /// <summary>The hourly model's weight in ln space: equal weights, not tuned (decision 0434 gives the sensitivity).</summary>
    public const double HourlyWeight = 0.5;

    /// <summary>The hour the hourly forecast for issue day <paramref name="issueDay"/> is issued at: its last (Beijing, hour starting 23:00).</summary>
    public static DateTime IssueHour(DateOnly issueDay) => issueDay.ToDateTime(new TimeOnly(23, 0));

    /// <summary>
    /// <paramref name="daily"/> with the PM2.5 of each day+1 … day+<paramref name="maxLead"/> blended with the hourly forecast
    /// issued at <see cref="IssueHour"/> of its issue day for the same station, where that forecast covers the target day's 24 hours.
    /// </summary>
    public static IReadOnlyList<DailyForecast> Apply(IReadOnlyList<DailyForecast> daily, IEnumerable<HourlyForecast> hourly, EditionChoice edition,
        int maxLead = MaxLead)
    {
        ArgumentNullException.ThrowIfNull(daily);
        ArgumentNullException.ThrowIfNull(hourly);
        var days = new Dictionary<(string Station, DateOnly Issue, DateOnly Target), (double Sum, int Hours)>();
        foreach (var h in hourly)
        {
            var issueDay = DateOnly.FromDateTime(h.IssueHour);
            if (h.IssueHour != IssueHour(issueDay) || !(h.Pm25 >= 0))
            {
                continue;
            }

            var key = (h.Station, issueDay, DateOnly.FromDateTime(h.TargetHour));
            var (sum, hours) = days.GetValueOrDefault(key);
            days[key] = (sum + h.Pm25, hours + 1);
        }

        var result = new DailyForecast[daily.Count];
        for (var i = 0; i < daily.Count; i++)
        {
            var d = daily[i];
            result[i] = d.Lead <= maxLead && days.TryGetValue((d.Station, d.IssueDate, d.TargetDate), out var day) && day.Hours == 24
                ? Blend(d, day.Sum / 24, edition)
                : d;
        }

        return result;
    }

    /// <summary>One day with its PM2.5 blended with the hourly model's daily mean, rated again.</summary>
    public static DailyForecast Blend(DailyForecast daily, double hourlyMean, EditionChoice edition)
    {
        ArgumentNullException.ThrowIfNull(daily);
        var log = ((1 - HourlyWeight) * Math.Log(1 + daily.Pm25)) + (HourlyWeight * Math.Log(1 + hourlyMean));
        var concentrations = daily.Quality.Concentrations with { Pm25 = Math.Exp(log) - 1 };
        return daily with { Quality = DailyAirQuality.Evaluate(daily.TargetDate, concentrations, edition) };
    }
}
