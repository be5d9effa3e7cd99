namespace Oasis.Forecast.Hourly;

/// <summary>One hour of an hourly forecast: PM2.5 (µg/m³, unrounded) of the hour starting at <see cref="TargetHour"/>.</summary>
public sealed record HourlyForecast(string Station, DateTime IssueHour, DateTime TargetHour, int Lead, double Pm25);

/// <summary>
/// Issues hourly forecasts: hours +1 … +72 after the issue hour (the last hour whose PM2.5 may be read), per station,
/// and for the city as the mean of the stations' hours. Each hour is the model's value blended with persistence and the
/// same-hour climatology by the version's weights of its lead (decision 0433; the model alone where it has none).
/// </summary>
public sealed class HourlyForecaster(HourlyModel model)
{
    /// <summary>One request: a station, its climatology, the issue hour and how many leads.</summary>
    public readonly record struct Request(HourlyHistory History, HourlyClimatology Climate, DateTime IssueHour, int MaxLead);

    public IReadOnlyList<HourlyForecast> Issue(IReadOnlyList<Request> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var rows = new List<float[]>();
        foreach (var r in requests)
        {
            var issue = r.History.IndexOf(r.IssueHour);
            for (var lead = 1; lead <= r.MaxLead; lead++)
            {
                var f = new float[HourlyFeatures.Count];
                HourlyFeatures.Build(r.History, r.Climate, issue, lead, model.Version.TargetWeather, f);
                rows.Add(f);
            }
        }

        var values = rows.Count == 0 ? [] : model.Predict(rows);
        var result = new List<HourlyForecast>(rows.Count);
        var k = 0;
        foreach (var r in requests)
        {
            var persisted = HourlyBlend.Persisted(r.History, r.History.IndexOf(r.IssueHour));
            for (var lead = 1; lead <= r.MaxLead; lead++)
            {
                var target = r.IssueHour.AddHours(lead);
                var value = HourlyBlend.Apply(values[k++], persisted, r.Climate.Mean(target), model.Version.BlendAt(lead));
                result.Add(new HourlyForecast(r.History.Name, r.IssueHour, target, lead, value));
            }
        }

        return result;
    }

    /// <summary>The 72 hours after <paramref name="issueHour"/> for one station.</summary>
    public IReadOnlyList<HourlyForecast> Issue(HourlyHistory history, HourlyClimatology climate, DateTime issueHour) =>
        Issue([new Request(history, climate, issueHour, HourlyOptions.MaxLead)]);

    /// <summary>The city's 72 hours: each hour the mean of the stations' forecasts.</summary>
    public IReadOnlyList<HourlyForecast> IssueCity(string city, IReadOnlyList<(HourlyHistory History, HourlyClimatology Climate)> stations, DateTime issueHour)
    {
        ArgumentNullException.ThrowIfNull(stations);
        var all = Issue([.. stations.Select(s => new Request(s.History, s.Climate, issueHour, HourlyOptions.MaxLead))]);
        return [.. all.GroupBy(f => f.Lead).OrderBy(g => g.Key)
            .Select(g => new HourlyForecast(city, issueHour, issueHour.AddHours(g.Key), g.Key, g.Average(f => f.Pm25)))];
    }
}
