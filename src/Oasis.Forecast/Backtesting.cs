using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// The back-test of a trained model: forecasts for each station and issue day of a test window from what was
/// observed up to the end of that day, scored against the observed days with persistence and climatology (decision
/// 0404). Used by <c>oasis forecast backtest</c> and by the host for the scores kept with a model version.
/// </summary>
public static class Backtesting
{
    /// <summary>Day+1 … day+10 (targets after a station's last day omitted) for every station and issue day in [from, until].</summary>
    public static IReadOnlyList<DailyForecast> Forecast(Forecaster forecaster, IReadOnlyList<StationHistory> histories,
        IReadOnlyDictionary<string, Climatology> climates, DateOnly from, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(climates);
        var requests = new List<Forecaster.Request>();
        foreach (var h in histories)
        {
            for (var issue = from; issue <= until; issue = issue.AddDays(1))
            {
                var maxLead = Math.Min(ForecastOptions.MaxLead, h.LastDay.DayNumber - issue.DayNumber);
                if (maxLead >= 1 && issue >= h.FirstDay)
                {
                    requests.Add(new Forecaster.Request(h, climates[h.Name], issue, maxLead));
                }
            }
        }

        return forecaster.Issue(requests);
    }

    /// <summary>
    /// Scores the forecasts of the given stations on the days whose target and issue day both have an observed AQI:
    /// method 0 the model, 1 persistence (the issue day's level and PM2.5), 2 climatology (the month's modal level
    /// and mean PM2.5 over the training days).
    /// </summary>
    public static SkillTally Score(IReadOnlyList<DailyForecast> forecasts, IReadOnlyDictionary<string, StationHistory> histories,
        IReadOnlyDictionary<string, Climatology> climates)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(climates);
        var table = new SkillTally();
        foreach (var f in forecasts)
        {
            if (!histories.TryGetValue(f.Station, out var h) || h.ObservedAqi(f.TargetDate) is not int observed || h.ObservedAqi(f.IssueDate) is not int issued)
            {
                continue;
            }

            var pm25 = h.Value(ForecastTarget.Pm25, f.TargetDate);
            var climate = climates[f.Station];
            table.Add(f.Lead, 0, observed, f.Category.Level, pm25, f.Pm25);
            table.Add(f.Lead, 1, observed, AirQualityCategory.For(issued).Level, pm25, h.Value(ForecastTarget.Pm25, f.IssueDate));
            table.Add(f.Lead, 2, observed, climate.ModalLevel(f.TargetDate.Month), pm25, climate.MeanPm25(f.TargetDate.Month));
        }

        return table;
    }
}
