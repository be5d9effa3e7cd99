using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// Issues forecasts from a trained model: day+1 … day+10 for a station from what was observed up to the end of
/// the issue day (plus the weather of the target days when the model uses it), and for the city as the mean of
/// the stations' forecast daily values, rated like an observed city day.
/// </summary>
public sealed class Forecaster(ForecastModel model, EditionChoice edition)
{
    /// <summary>One request: the station's history, its climatology and the issue day.</summary>
    public readonly record struct Request(StationHistory History, Climatology Climate, DateOnly Issue, int MaxLead);

    /// <summary>Forecasts for many requests at once (the back-test), in request order, leads ascending.</summary>
    public IReadOnlyList<DailyForecast> Issue(IReadOnlyList<Request> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var rows = new List<float[]>();
        foreach (var r in requests)
        {
            for (var lead = 1; lead <= r.MaxLead; lead++)
            {
                var f = new float[Features.Count];
                Features.Build(r.History, r.Climate, r.Issue, lead, model.TargetWeather, f);
                rows.Add(f);
            }
        }

        var logs = rows.Count == 0 ? [] : model.PredictLog(rows);
        var result = new List<DailyForecast>(rows.Count);
        var k = 0;
        foreach (var r in requests)
        {
            for (var lead = 1; lead <= r.MaxLead; lead++)
            {
                var target = r.Issue.AddDays(lead);
                var values = ClimatologyBlend.Apply(logs[k++], r.Climate, target.Month, model.BlendWeight(lead));
                var day = DailyAirQuality.Evaluate(target, values, edition);
                result.Add(new DailyForecast(r.History.Name, r.Issue, target, day));
            }
        }

        return result;
    }

    /// <summary>Day+1 … day+10 for one station.</summary>
    public IReadOnlyList<DailyForecast> Issue(StationHistory history, Climatology climate, DateOnly issue) =>
        Issue([new Request(history, climate, issue, ForecastOptions.MaxLead)]);

    /// <summary>
    /// The city's day+1 … day+10: each day's forecast values averaged over the stations (unrounded, as observed city
    /// days are) and rated by the engine.
    /// </summary>
    public IReadOnlyList<DailyForecast> IssueCity(string city, IReadOnlyList<(StationHistory History, Climatology Climate)> stations, DateOnly issue)
    {
        ArgumentNullException.ThrowIfNull(stations);
        return CityOf(city, Issue([.. stations.Select(s => new Request(s.History, s.Climate, issue, ForecastOptions.MaxLead))]), stations.Count, issue);
    }

    /// <summary>The city's day+1 … day+10 from the forecasts of its <paramref name="stations"/> stations (all leads each).</summary>
    public IReadOnlyList<DailyForecast> CityOf(string city, IReadOnlyList<DailyForecast> all, int stations, DateOnly issue)
    {
        ArgumentNullException.ThrowIfNull(all);
        var result = new List<DailyForecast>(ForecastOptions.MaxLead);
        Span<double> mean = stackalloc double[ForecastTargets.Count];
        for (var lead = 1; lead <= ForecastOptions.MaxLead; lead++)
        {
            mean.Clear();
            foreach (var f in all.Where(f => f.Lead == lead))
            {
                for (var t = 0; t < ForecastTargets.Count; t++)
                {
                    mean[t] += ForecastTargets.Of(f.Quality.Concentrations, (ForecastTarget)t) / stations;
                }
            }

            var target = issue.AddDays(lead);
            result.Add(new DailyForecast(city, issue, target, DailyAirQuality.Evaluate(target, ForecastTargets.ToConcentrations(mean), edition)));
        }

        return result;
    }
}
