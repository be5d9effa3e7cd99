using Oasis.CommandCentre.Alarms;
using Oasis.Standards.Air;
using static Oasis.Tests.CommandCentre.AlarmTestData;

namespace Oasis.Tests.CommandCentre;

public sealed class ExceedanceRuleTests
{
    private static readonly ThresholdRule Pm25Above75 = new("pm25-75", AlarmLevel.General, "PM2.5", new ConcentrationLimit(75));

    [Fact]
    public void Threshold_does_not_fire_at_the_limit_itself()
    {
        Assert.Empty(Evaluate(Pm25Above75, Series(Station("S1"), "PM2.5", Hours(75))));
    }

    [Fact]
    public void Threshold_fires_above_the_limit_with_the_value_and_limit_in_the_snapshot()
    {
        var condition = Assert.Single(Evaluate(Pm25Above75, Series(Station("S1"), "PM2.5", Hours(40, 75.5))));

        Assert.Equal(new AlarmKey("S1", "pm25-75", "PM2.5"), condition.Key);
        Assert.Equal(AlarmLevel.General, condition.Level);
        Assert.Equal(75.5, Assert.Single(condition.Values).Value);
        Assert.Equal(75, condition.Reference);
    }

    [Fact]
    public void Threshold_ignores_a_latest_hour_older_than_two_hours()
    {
        var stale = new List<Reading> { new(LatestHour.AddHours(-2), 300) };

        Assert.Empty(Evaluate(Pm25Above75, Series(Station("S1"), "PM2.5", stale)));
    }

    [Fact]
    public void Threshold_applies_only_to_its_station_kind()
    {
        var microOnly = Pm25Above75 with { StationKind = "micro" };

        Assert.Empty(Evaluate(microOnly, Series(Station("S1", kind: "city"), "PM2.5", Hours(200))));
        Assert.Single(Evaluate(microOnly, Series(Station("M1", kind: "micro"), "PM2.5", Hours(200))));
    }

    [Fact]
    public void A_disabled_rule_fires_nothing()
    {
        Assert.Empty(Evaluate(Pm25Above75 with { Enabled = false }, Series(Station("S1"), "PM2.5", Hours(200))));
    }

    [Theory]
    [InlineData("PM2.5", 60, false)] // 2026 PM2.5 breakpoint at IAQI 100 is 60 (2012: 75)
    [InlineData("PM2.5", 61, true)]
    [InlineData("PM10", 120, false)]
    [InlineData("PM10", 121, true)]
    [InlineData("CO", 10, false)] // CO 1-hour, mg/m³, one decimal
    [InlineData("CO", 10.1, true)]
    [InlineData("O3", 200, false)]
    [InlineData("O3", 201, true)]
    public void Aqi_level_threshold_fires_when_the_iaqi_reaches_lightly_polluted(string pollutant, double value, bool fires)
    {
        var rule = new ThresholdRule("aqi-3", AlarmLevel.Serious, pollutant, new AqiCategoryLimit(3));

        Assert.Equal(fires, Evaluate(rule, Series(Station("S1"), pollutant, Hours(value))).Count == 1);
    }

    [Theory]
    [InlineData(35.0)]
    [InlineData(61.0)]
    [InlineData(116.0)]
    [InlineData(249.6)]
    [InlineData(600.0)]
    public void Aqi_level_thresholds_use_the_standards_engine_iaqi(double pm25)
    {
        var engine = AirQualityIndex.RealTime(
            AirStandardEdition.Hj633_2026, new RealTimeConcentrations(pm25, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN));

        Assert.Equal(engine.SubIndices.Pm25, AqiCategoryLimit.SubIndex("PM2.5", pm25));
    }

    [Fact]
    public void Aqi_level_threshold_fires_nothing_for_a_pollutant_without_an_iaqi()
    {
        var rule = new ThresholdRule("tsp", AlarmLevel.General, "TSP", new AqiCategoryLimit(2));

        Assert.Empty(Evaluate(rule, Series(Station("S1"), "TSP", Hours(5000))));
    }

    [Fact]
    public void Aqi_category_outside_one_to_six_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AqiCategoryLimit(7));
    }

    private static readonly SustainedExceedanceRule ThreeHours =
        new("pm25-3h", AlarmLevel.Serious, "PM2.5", new ConcentrationLimit(75), 3);

    [Fact]
    public void Sustained_exceedance_fires_on_the_third_consecutive_hour()
    {
        Assert.Empty(Evaluate(ThreeHours, Series(Station("S1"), "PM2.5", Hours(50, 80, 80))));

        var condition = Assert.Single(Evaluate(ThreeHours, Series(Station("S1"), "PM2.5", Hours(50, 80, 80, 80))));
        Assert.Equal(3, condition.Values.Count);
    }

    [Fact]
    public void Sustained_exceedance_is_broken_by_one_hour_at_the_limit()
    {
        Assert.Empty(Evaluate(ThreeHours, Series(Station("S1"), "PM2.5", Hours(80, 75, 80, 80))));
    }

    [Fact]
    public void Sustained_exceedance_is_broken_by_a_missing_hour()
    {
        var hours = Hours(80, 80, 80, 80);
        hours.RemoveAt(2);

        Assert.Empty(Evaluate(ThreeHours, Series(Station("S1"), "PM2.5", hours)));
    }

    [Fact]
    public void Sustained_exceedance_takes_hours_in_any_order()
    {
        var hours = Hours(80, 80, 80);
        hours.Reverse();

        Assert.Single(Evaluate(ThreeHours, Series(Station("S1"), "PM2.5", hours)));
    }
}
