using Oasis.Standards.Air;

namespace Oasis.Forecast.Tests;

public sealed class NoLookAheadTests
{
    private static readonly DateOnly First = new(2014, 1, 1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Features_of_a_forecast_issued_on_D_are_the_same_when_every_observation_after_D_is_removed(bool targetWeather)
    {
        var full = Synthetic.History("A", First, 200, seed: 1);
        var climate = Climatology.Of(full, First.AddDays(99));
        var issue = First.AddDays(150);
        var truncated = full.ObservedUntil(issue);
        var a = new float[Features.Count];
        var b = new float[Features.Count];
        for (var lead = 1; lead <= ForecastOptions.MaxLead; lead++)
        {
            Features.Build(full, climate, issue, lead, targetWeather, a);
            Features.Build(truncated, climate, issue, lead, targetWeather, b);
            Assert.Equal(a, b);
            Assert.Contains(a, x => !float.IsNaN(x));
        }
    }

    [Fact]
    public void Without_target_weather_no_weather_after_D_is_used_either()
    {
        var (hours, weather) = Synthetic.Series(First, 200, seed: 2);
        var issue = First.AddDays(150);
        var original = StationHistory.From("A", hours, weather, EditionChoice.Force2012);
        for (var i = (issue.DayNumber - First.DayNumber + 1) * 24; i < weather.WindSpeed.Length; i++)
        {
            weather.WindSpeed[i] = 30;
            weather.Temperature[i] = -40;
            weather.DewPoint[i] = -45;
        }

        var changed = StationHistory.From("A", hours, weather, EditionChoice.Force2012);
        var climate = Climatology.Of(original, First.AddDays(99));
        var a = new float[Features.Count];
        var b = new float[Features.Count];
        for (var lead = 1; lead <= ForecastOptions.MaxLead; lead++)
        {
            Features.Build(original, climate, issue, lead, targetWeather: false, a);
            Features.Build(changed, climate, issue, lead, targetWeather: false, b);
            Assert.Equal(a, b);
        }
    }

    [Fact]
    public void A_forecast_issued_on_D_does_not_change_when_the_air_quality_after_D_changes()
    {
        var training = new[] { Synthetic.History("A", First, 240, seed: 3), Synthetic.History("B", First, 240, seed: 4) };
        var model = ForecastModel.Train(training, First.AddDays(179), Synthetic.Quick(weather: true));
        var forecaster = new Forecaster(model, EditionChoice.Force2012);
        var station = Synthetic.History("C", First, 240, seed: 5);
        var climate = Climatology.Of(station, First.AddDays(179));
        var issue = First.AddDays(200);

        var withFuture = forecaster.Issue(station, climate, issue);
        var withoutFuture = forecaster.Issue(station.ObservedUntil(issue), climate, issue);

        Assert.Equal(withFuture.Select(f => f.Quality.Concentrations), withoutFuture.Select(f => f.Quality.Concentrations));
        Assert.Equal(Enumerable.Range(1, 10), withFuture.Select(f => f.Lead));
    }

    [Fact]
    public void Reading_an_observation_after_the_issue_day_is_refused()
    {
        // The guard inside Features: every air-quality read goes through it, so a future edit that looks ahead fails loudly.
        var history = Synthetic.History("A", First, 30, seed: 6);
        var values = history.Daily[(int)ForecastTarget.Pm25];
        Assert.Equal(values[10], Features.Observed(values, 10, 10));
        Assert.Throws<InvalidOperationException>(() => Features.Observed(values, 11, 10));
    }
}
