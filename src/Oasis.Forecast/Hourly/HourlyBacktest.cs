namespace Oasis.Forecast.Hourly;

/// <summary>
/// The hourly back-test and verification measures: PM2.5 RMSE and MAE per band of leads for the model, persistence
/// (the issue hour's PM2.5 for every lead) and the same-hour climatology (the station's mean of the target's month and
/// hour of day over the training days), scored on the hours where the target and the issue hour are both observed.
/// </summary>
public static class HourlyBacktest
{
    public static readonly string[] Methods = ["model", "persistence", "climatology"];

    /// <summary>Bands of leads in hours (inclusive).</summary>
    public static readonly (int From, int To)[] Bands = [(1, 6), (7, 12), (13, 24), (25, 48), (49, 72)];

    /// <summary>Forecasts for each station, issued at <paramref name="issueHourOfDay"/> on every day of [from, until].</summary>
    public static IReadOnlyList<HourlyForecast> Forecast(HourlyForecaster forecaster, IReadOnlyList<HourlyHistory> histories,
        IReadOnlyDictionary<string, HourlyClimatology> climates, DateOnly from, DateOnly until, int issueHourOfDay)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(climates);
        var requests = new List<HourlyForecaster.Request>();
        foreach (var h in histories)
        {
            for (var day = from; day <= until; day = day.AddDays(1))
            {
                var issue = day.ToDateTime(new TimeOnly(issueHourOfDay, 0));
                var maxLead = Math.Min(HourlyOptions.MaxLead, h.Hours - 1 - h.IndexOf(issue));
                if (maxLead >= 1 && h.IndexOf(issue) >= 0)
                {
                    requests.Add(new HourlyForecaster.Request(h, climates[h.Name], issue, maxLead));
                }
            }
        }

        // No truncated copies (a year of issues would copy the series 365 times): the features refuse any PM2.5 hour after
        // the issue hour (HourlyFeatures.Pm throws), and a test proves later hours do not change a forecast.
        return forecaster.Issue(requests);
    }

    /// <summary>Scores per band and method; stations missing from <paramref name="histories"/> are not scored.</summary>
    public static IReadOnlyList<BandScore> Score(IEnumerable<HourlyForecast> forecasts, IReadOnlyDictionary<string, HourlyHistory> histories,
        IReadOnlyDictionary<string, HourlyClimatology> climates)
    {
        ArgumentNullException.ThrowIfNull(forecasts);
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(climates);
        var tally = new BandTally(Methods);
        foreach (var f in forecasts)
        {
            var b = BandTally.BandOf(f.Lead);
            if (b < 0 || !histories.TryGetValue(f.Station, out var h))
            {
                continue;
            }

            var observed = h.Observed(h.IndexOf(f.TargetHour));
            var persisted = h.Observed(h.IndexOf(f.IssueHour));
            if (!(observed >= 0) || !(persisted >= 0))
            {
                continue;
            }

            tally.Add(b, observed, [f.Pm25, persisted, climates[f.Station].Mean(f.TargetHour)]);
        }

        return tally.Scores();
    }

    public static string BandName(int band) => $"{Bands[band].From}-{Bands[band].To}";
}
