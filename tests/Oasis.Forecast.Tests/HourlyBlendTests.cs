using Oasis.Forecast.Hourly;

namespace Oasis.Forecast.Tests;

/// <summary>The hourly blend of model, persistence and same-hour climatology per lead (decision 0433).</summary>
public sealed class HourlyBlendTests
{
    private static readonly DateOnly First = new(2014, 1, 1);
    private static readonly DateOnly TrainUntil = First.AddDays(59);
    private static readonly DateTime Issue = First.AddDays(70).ToDateTime(new TimeOnly(20, 0));

    // A 20-day validation window at the end of the 60-day training window: long enough to choose weights in a test.
    private static HourlyOptions Quick(bool weather) => new()
    {
        TargetWeather = weather,
        Iterations = 20,
        Leaves = 8,
        MinimumExamplesPerLeaf = 5,
        IssueStrideHours = 11,
        LeadStride = 4,
        BlendValidationDays = 20,
        BlendIssueStrideHours = 5,
    };

    private static HourlyHistory Station(string name, int seed)
    {
        var (hours, weather) = Synthetic.Series(First, 90, seed);
        return HourlyHistory.From(name, hours, weather);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_weights_of_every_lead_are_non_negative_sum_to_one_and_are_the_same_when_trained_twice(bool weather)
    {
        var stations = new[] { Station("A", 31), Station("B", 32) };
        var first = HourlyModel.Train(stations, TrainUntil, Quick(weather)).Version.Blend;
        var second = HourlyModel.Train(stations, TrainUntil, Quick(weather)).Version.Blend;
        Assert.Equal(HourlyOptions.MaxLead, first.Count);
        Assert.All(first, w =>
        {
            Assert.True(w.Model >= 0 && w.Persistence >= 0 && w.Climatology >= 0);
            Assert.Equal(1, w.Model + w.Persistence + w.Climatology, 9);
        });
        Assert.Equal(first, second);
    }

    [Fact]
    public void Without_weather_the_synthetic_stations_blend_in_persistence_at_the_first_lead()
    {
        // The synthetic PM2.5 keeps 96 % of the last hour: persistence carries most of the next hour, and the validation sees it.
        var model = HourlyModel.Train([Station("A", 33), Station("B", 34)], TrainUntil, Quick(weather: false));
        Assert.True(model.Version.Blended);
        Assert.True(model.Version.BlendAt(1).Persistence > 0, HourlyBlend.Format(model.Version.Blend));
    }

    [Fact]
    public void The_blended_forecast_is_the_weighted_sum_of_model_persistence_and_climatology_and_a_model_saved_without_weights_is_the_model_alone()
    {
        var station = Station("A", 35);
        var model = HourlyModel.Train([station], TrainUntil, Quick(weather: false));
        Assert.True(model.Version.Blended);
        using var bytes = new MemoryStream();
        model.Save(bytes);
        bytes.Position = 0;
        // A version stored before the blend existed has no weights: it loads and forecasts the model alone.
        var old = HourlyModel.Load(bytes, model.Version with { Blend = [] });
        Assert.Equal(HourlyBlendWeights.ModelOnly, old.Version.BlendAt(1));
        Assert.False(old.Version.Blended);

        var climate = HourlyClimatology.Of(station, TrainUntil);
        var raw = new HourlyForecaster(old).Issue(station, climate, Issue);
        var blended = new HourlyForecaster(model).Issue(station, climate, Issue);
        var persisted = station.Observed(station.IndexOf(Issue));
        for (var i = 0; i < blended.Count; i++)
        {
            var w = model.Version.BlendAt(blended[i].Lead);
            var expected = (w.Model * raw[i].Pm25) + (w.Persistence * persisted) + (w.Climatology * climate.Mean(blended[i].TargetHour));
            Assert.Equal(expected, blended[i].Pm25, 9);
        }
    }

    [Fact]
    public void Without_a_persistence_value_its_weight_goes_to_the_model_and_climatology_in_proportion()
    {
        Assert.Equal((0.2 * 100 + 0.3 * 40) / 0.5, HourlyBlend.Apply(100, double.NaN, 40, new HourlyBlendWeights(0.2, 0.5, 0.3)), 9);
        Assert.Equal(100, HourlyBlend.Apply(100, double.NaN, 40, new HourlyBlendWeights(0, 1, 0)), 9);
        Assert.Equal((0.2 * 100) + (0.5 * 70) + (0.3 * 40), HourlyBlend.Apply(100, 70, 40, new HourlyBlendWeights(0.2, 0.5, 0.3)), 9);
    }

    [Fact]
    public void Weights_written_as_text_read_back_the_same_and_no_text_reads_as_no_weights()
    {
        HourlyBlendWeights[] weights = [new(0.05, 0.95, 0), new(0.25, 0.45, 0.3), HourlyBlendWeights.ModelOnly];
        Assert.Equal("0.05:0.95:0,0.25:0.45:0.3,1:0:0", HourlyBlend.Format(weights));
        Assert.Equal(weights, HourlyBlend.Parse(HourlyBlend.Format(weights)));
        Assert.Empty(HourlyBlend.Parse(null));
        Assert.Empty(HourlyBlend.Parse(string.Empty));
    }
}
