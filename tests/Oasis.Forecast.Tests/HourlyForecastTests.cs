using Oasis.Forecast.Hourly;
using Oasis.Standards.Air;

namespace Oasis.Forecast.Tests;

public sealed class HourlyForecastTests
{
    private static readonly DateOnly First = new(2014, 1, 1);
    private static readonly DateOnly TrainUntil = First.AddDays(59);
    private static readonly DateTime Issue = First.AddDays(70).ToDateTime(new TimeOnly(20, 0));

    private static HourlyOptions Quick(bool weather, int seed = 7) => new()
    {
        TargetWeather = weather,
        Seed = seed,
        Iterations = 20,
        Leaves = 8,
        MinimumExamplesPerLeaf = 5,
        IssueStrideHours = 11,
        LeadStride = 4,
    };

    private static HourlyHistory Station(string name, int seed)
    {
        var (hours, weather) = Synthetic.Series(First, 90, seed);
        return HourlyHistory.From(name, hours, weather);
    }

    [Fact]
    public void The_same_seed_gives_identical_hourly_forecasts()
    {
        var stations = new[] { Station("A", 21), Station("B", 22) };
        Assert.Equal(Forecast(stations, Quick(weather: true)), Forecast(stations, Quick(weather: true)));
    }

    [Fact]
    public void An_hourly_forecast_has_72_hours_after_the_issue_hour_and_a_version_with_its_window()
    {
        var station = Station("A", 23);
        var model = HourlyModel.Train([station], TrainUntil, Quick(weather: false));
        var hours = new HourlyForecaster(model).Issue(station, HourlyClimatology.Of(station, TrainUntil), Issue);
        Assert.Equal(Enumerable.Range(1, 72), hours.Select(h => h.Lead));
        Assert.Equal(Issue.AddHours(72), hours[^1].TargetHour);
        Assert.All(hours, h => Assert.True(h.Pm25 >= 0));
        Assert.Equal(First, model.Version.TrainedFrom);
        Assert.Equal(TrainUntil, model.Version.TrainedUntil);
        Assert.StartsWith("pmh-20140101-20140301-nowx-", model.Version.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Changing_PM25_after_the_issue_hour_does_not_change_the_forecast(bool weather)
    {
        var (hours, wx) = Synthetic.Series(First, 90, 24);
        var original = HourlyHistory.From("A", hours, wx);
        var model = HourlyModel.Train([original], TrainUntil, Quick(weather));
        var pm = hours.Of(Pollutant.Pm25);
        for (var i = original.IndexOf(Issue) + 1; i < pm.Length; i++)
        {
            pm[i] = 900 - pm[i];
        }

        var perturbed = HourlyHistory.From("A", hours, wx);
        var climate = HourlyClimatology.Of(original, TrainUntil);
        var forecaster = new HourlyForecaster(model);
        Assert.Equal(forecaster.Issue(original, climate, Issue).Select(h => h.Pm25), forecaster.Issue(perturbed, climate, Issue).Select(h => h.Pm25));
    }

    [Fact]
    public void Without_target_weather_the_weather_after_the_issue_hour_is_not_read()
    {
        var (hours, wx) = Synthetic.Series(First, 90, 25);
        var original = HourlyHistory.From("A", hours, wx);
        var model = HourlyModel.Train([original], TrainUntil, Quick(weather: false));
        for (var i = original.IndexOf(Issue) + 1; i < wx.WindSpeed.Length; i++)
        {
            wx.WindSpeed[i] = 30;
            wx.Temperature[i] = -40;
            wx.Rain[i] = 20;
        }

        var perturbed = HourlyHistory.From("A", hours, wx);
        var climate = HourlyClimatology.Of(original, TrainUntil);
        var forecaster = new HourlyForecaster(model);
        Assert.Equal(forecaster.Issue(original, climate, Issue).Select(h => h.Pm25), forecaster.Issue(perturbed, climate, Issue).Select(h => h.Pm25));
    }

    [Fact]
    public void A_saved_hourly_model_forecasts_the_same_after_loading()
    {
        var station = Station("A", 26);
        var model = HourlyModel.Train([station], TrainUntil, Quick(weather: true));
        using var bytes = new MemoryStream();
        model.Save(bytes);
        bytes.Position = 0;
        var loaded = HourlyModel.Load(bytes, model.Version);
        var climate = HourlyClimatology.Of(station, TrainUntil);
        Assert.Equal(new HourlyForecaster(model).Issue(station, climate, Issue), new HourlyForecaster(loaded).Issue(station, climate, Issue));
    }

    [Fact]
    public void The_backtest_scores_persistence_as_the_issue_hour_and_climatology_as_the_month_hour_mean()
    {
        var station = Station("A", 27);
        var climate = HourlyClimatology.Of(station, TrainUntil);
        var target = Issue.AddHours(3);
        var forecast = new HourlyForecast("A", Issue, target, 3, Pm25: 50);
        var observed = station.Observed(station.IndexOf(target));
        var persisted = station.Observed(station.IndexOf(Issue));
        var scores = HourlyBacktest.Score([forecast], new Dictionary<string, HourlyHistory> { ["A"] = station },
            new Dictionary<string, HourlyClimatology> { ["A"] = climate });
        var band = scores.Where(s => s.Band == "1-6").ToDictionary(s => s.Method);
        Assert.Equal(Math.Abs(50 - observed), band["model"].Mae, 9);
        Assert.Equal(Math.Abs(persisted - observed), band["persistence"].Rmse, 9);
        Assert.Equal(Math.Abs(climate.Mean(target) - observed), band["climatology"].Mae, 9);
        Assert.Equal(0, scores.Single(s => s.Band == "49-72" && s.Method == "model").Hours);
    }

    private static List<double> Forecast(HourlyHistory[] stations, HourlyOptions options)
    {
        var model = HourlyModel.Train(stations, TrainUntil, options);
        var climates = stations.ToDictionary(s => s.Name, s => HourlyClimatology.Of(s, TrainUntil));
        return [.. HourlyBacktest.Forecast(new HourlyForecaster(model), stations, climates, TrainUntil.AddDays(1), TrainUntil.AddDays(3), 20).Select(f => f.Pm25)];
    }
}
