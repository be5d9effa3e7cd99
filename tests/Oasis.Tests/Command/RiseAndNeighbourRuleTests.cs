using Oasis.CommandCentre.Alarms;
using static Oasis.Tests.CommandCentre.AlarmTestData;

namespace Oasis.Tests.CommandCentre;

public sealed class RiseAndNeighbourRuleTests
{
    [Theory]
    [InlineData(80, true)]
    [InlineData(79.9, false)]
    public void Sudden_rise_by_an_absolute_amount_fires_at_the_amount(double latest, bool fires)
    {
        var rule = new SuddenRiseRule("rise", AlarmLevel.General, "PM10", 2, Absolute: 30, Relative: null);

        var conditions = Evaluate(rule, Series(Station("S1"), "PM10", Hours(50, 60, latest)));

        Assert.Equal(fires, conditions.Count == 1);
    }

    [Theory]
    [InlineData(75, true)]
    [InlineData(74, false)]
    public void Sudden_rise_by_a_ratio_fires_at_the_ratio(double latest, bool fires)
    {
        var rule = new SuddenRiseRule("rise", AlarmLevel.General, "PM10", 1, Absolute: null, Relative: 0.5);

        var conditions = Evaluate(rule, Series(Station("S1"), "PM10", Hours(50, latest)));

        Assert.Equal(fires, conditions.Count == 1);
        if (fires)
        {
            Assert.Equal(50, conditions[0].Reference);
            Assert.Equal(2, conditions[0].Values.Count);
        }
    }

    [Fact]
    public void Sudden_rise_needs_the_earlier_hour()
    {
        var rule = new SuddenRiseRule("rise", AlarmLevel.General, "PM10", 3, Absolute: 10, Relative: null);

        Assert.Empty(Evaluate(rule, Series(Station("S1"), "PM10", Hours(10, 500))));
    }

    private static readonly NeighbourDeviationRule TwiceTheMedian =
        new("neighbours", AlarmLevel.Serious, "PM2.5", Factor: 2, RadiusKm: 5, MinNeighbours: 3);

    // About 1.1, 2.2 and 3.3 km north of S1, and one 11 km away whose value must not count.
    private static StationData[] City(double s1, double farValue = 1) =>
    [
        Series(Station("S1", lat: 44.00), "PM2.5", Hours(s1)),
        Series(Station("N1", lat: 44.01, kind: "micro"), "PM2.5", Hours(20)),
        Series(Station("N2", lat: 44.02), "PM2.5", Hours(30)),
        Series(Station("N3", lat: 44.03), "PM2.5", Hours(40)),
        Series(Station("FAR", lat: 44.10), "PM2.5", Hours(farValue)),
    ];

    [Fact]
    public void Neighbour_deviation_fires_above_k_times_the_median_of_the_neighbours_within_the_radius()
    {
        var conditions = Evaluate(TwiceTheMedian, City(61));

        var condition = Assert.Single(conditions, c => c.Station.Code == "S1");
        Assert.Equal(30, condition.Reference);
    }

    [Fact]
    public void Neighbour_deviation_does_not_fire_at_k_times_the_median()
    {
        Assert.DoesNotContain(Evaluate(TwiceTheMedian, City(60)), c => c.Station.Code == "S1");
    }

    [Fact]
    public void Neighbour_deviation_needs_enough_neighbours_with_the_same_hour()
    {
        var stations = City(500);
        stations[3] = Series(stations[3].Station, "PM2.5", [new Reading(LatestHour.AddHours(-1), 40)]);

        Assert.DoesNotContain(Evaluate(TwiceTheMedian, stations), c => c.Station.Code == "S1");
    }

    [Fact]
    public void Neighbour_median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(25, NeighbourDeviationRule.Median([40, 10, 20, 30]));
    }

    [Fact]
    public void Haversine_distance_of_one_degree_of_longitude_on_the_equator_is_111_km()
    {
        Assert.Equal(111.195, Geo.DistanceKm(0, 0, 0, 1), 3);
        Assert.InRange(Geo.DistanceKm(44.00, 87.3, 44.03, 87.3), 3.3, 3.4);
    }
}
