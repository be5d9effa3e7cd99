using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

/// <summary>The single indices of the comprehensive index and the hourly concentration classes of the pollution rose.</summary>
public sealed class PeriodCompositionTests
{
    [Fact]
    public void Single_indices_are_the_terms_of_the_comprehensive_index_in_pollutant_order()
    {
        var limits = AirQualityLimits.Gb3095_2012;
        var terms = SingleIndices.Compute(limits, so2: 12m, no2: 30m, pm10: 84m, pm25: 42m, coP95: 1.6m, o3P90: 150m)!;
        Assert.Equal([42m / 35m, 84m / 70m, 12m / 60m, 30m / 40m, 1.6m / 4m, 150m / 160m], terms);
        Assert.Equal(CompositeIndex.Compute(limits, 12m, 30m, 84m, 42m, 1.6m, 150m), GbT8170.Round(terms.Sum(), 2));
        Assert.Null(SingleIndices.Compute(limits, 12m, 30m, 84m, 42m, null, 150m));
    }

    [Theory]
    [InlineData(AirStandardEdition.Hj633_2012, Pollutant.Pm25, new[] { 35.0, 75, 115, 150, 250 })]
    [InlineData(AirStandardEdition.Hj633_2026, Pollutant.Pm25, new[] { 35.0, 60, 115, 150, 250 })]
    [InlineData(AirStandardEdition.Hj633_2012, Pollutant.Pm10, new[] { 50.0, 150, 250, 350, 420 })]
    [InlineData(AirStandardEdition.Hj633_2026, Pollutant.Pm10, new[] { 50.0, 120, 250, 350, 420 })]
    [InlineData(AirStandardEdition.Hj633_2012, Pollutant.So2, new[] { 150.0, 500, 650, 800 })]
    [InlineData(AirStandardEdition.Hj633_2012, Pollutant.No2, new[] { 100.0, 200, 700, 1200, 2340 })]
    [InlineData(AirStandardEdition.Hj633_2012, Pollutant.Co, new[] { 5.0, 10, 35, 60, 90 })]
    [InlineData(AirStandardEdition.Hj633_2026, Pollutant.O3, new[] { 160.0, 200, 300, 400, 800 })]
    public void Hourly_classes_are_the_concentrations_at_iaqi_50_to_300_of_the_column(AirStandardEdition edition, Pollutant pollutant, double[] expected) =>
        Assert.Equal(expected.Select(e => (decimal)e), HourlyClasses.Bounds(edition, pollutant));

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(35.0, 0)]
    [InlineData(35.1, 1)]
    [InlineData(75.0, 1)]
    [InlineData(250.0, 4)]
    [InlineData(250.5, 5)]
    public void A_value_on_a_bound_belongs_to_the_lower_class(double value, int expected) =>
        Assert.Equal(expected, HourlyClasses.Of(value, HourlyClasses.Bounds(AirStandardEdition.Hj633_2012, Pollutant.Pm25)));
}
