using Oasis.Standards.Air;

namespace Oasis.Forecast.Tests;

public sealed class DeterminismTests
{
    private static readonly DateOnly First = new(2014, 1, 1);

    [Fact]
    public void The_same_seed_gives_identical_forecasts()
    {
        var stations = new[] { Synthetic.History("A", First, 220, seed: 11), Synthetic.History("B", First, 220, seed: 12) };
        var until = First.AddDays(179);
        var first = Forecast(stations, until, seed: 7);
        var second = Forecast(stations, until, seed: 7);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_model_version_records_window_stations_and_settings()
    {
        var stations = new[] { Synthetic.History("A", First, 120, seed: 13) };
        var model = ForecastModel.Train(stations, First.AddDays(99), Synthetic.Quick(weather: false));
        var v = model.Version;
        Assert.Equal(First, v.TrainedFrom);
        Assert.Equal(First.AddDays(99), v.TrainedUntil);
        Assert.Equal(["A"], v.Stations);
        Assert.Equal(10, v.BlendWeights.Count);
        Assert.StartsWith("aqf-20140101-20140410-nowx-", v.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void The_city_forecast_is_rated_from_the_mean_of_the_station_forecasts()
    {
        var stations = new[] { Synthetic.History("A", First, 220, seed: 14), Synthetic.History("B", First, 220, seed: 15) };
        var until = First.AddDays(179);
        var model = ForecastModel.Train(stations, until, Synthetic.Quick(weather: false));
        var forecaster = new Forecaster(model, EditionChoice.Force2012);
        var inputs = stations.Select(s => (s, Climatology.Of(s, until))).ToList();
        var issue = First.AddDays(200);
        var city = forecaster.IssueCity("city", inputs, issue);
        var a = forecaster.Issue(stations[0], inputs[0].Item2, issue);
        var b = forecaster.Issue(stations[1], inputs[1].Item2, issue);
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal((a[i].Pm25 + b[i].Pm25) / 2, city[i].Pm25, 9);
            var expected = AirQualityIndex.Daily(AirStandardEdition.Hj633_2012, city[i].Quality.Concentrations);
            Assert.Equal(expected.Aqi, city[i].Aqi);
        }
    }

    private static List<(double Pm25, int Aqi)> Forecast(StationHistory[] stations, DateOnly until, int seed)
    {
        var model = ForecastModel.Train(stations, until, Synthetic.Quick(weather: true) with { Seed = seed });
        var forecaster = new Forecaster(model, EditionChoice.Force2012);
        var requests = stations.Select(s => new Forecaster.Request(s, Climatology.Of(s, until), until.AddDays(20), 10)).ToList();
        return [.. forecaster.Issue(requests).Select(f => (f.Pm25, f.Aqi))];
    }
}
