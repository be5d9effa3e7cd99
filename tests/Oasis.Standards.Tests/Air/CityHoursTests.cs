using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

/// <summary>The city's hour: the mean of the evaluation stations' valid values, valid when ≥ 75 % of them have one.</summary>
public sealed class CityHoursTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static HourlySeries Station(params double[] pm25ByHour)
    {
        var series = new HourlySeries(Day, 1);
        series.Of(Pollutant.Pm25).Fill(double.NaN);
        pm25ByHour.CopyTo(series.Of(Pollutant.Pm25));
        return series;
    }

    [Fact]
    public void Three_of_four_stations_make_a_valid_city_hour_and_two_of_four_do_not()
    {
        var stations = new[] { Station(10, 10), Station(20, 20), Station(30, double.NaN), Station(double.NaN, double.NaN) };

        var city = CityAggregation.CombineHours(stations, Day, 1).Of(Pollutant.Pm25);

        Assert.Equal(20, city[0]); // (10 + 20 + 30) / 3, 3 of 4 = 75 %
        Assert.True(double.IsNaN(city[1])); // 2 of 4 = 50 %
        Assert.True(double.IsNaN(city[2])); // nobody
    }
}
