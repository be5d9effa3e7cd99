using Oasis.CommandCentre.Alarms;
using static Oasis.Tests.CommandCentre.AlarmTestData;

namespace Oasis.Tests.CommandCentre;

public sealed class StationRuleTests
{
    private static readonly DataMissingRule HalfAnHour = new("missing-30", AlarmLevel.General, 30);

    [Fact]
    public void Data_missing_fires_after_the_given_minutes_of_silence()
    {
        var condition = Assert.Single(Evaluate(HalfAnHour, Series(Station("S1"), "PM2.5", [], Now.AddMinutes(-30))));

        Assert.Null(condition.Pollutant);
        Assert.Equal(Now.AddMinutes(-30), condition.LastSeen);
    }

    [Fact]
    public void Data_missing_does_not_fire_a_minute_before()
    {
        Assert.Empty(Evaluate(HalfAnHour, Series(Station("S1"), "PM2.5", [], Now.AddMinutes(-29))));
    }

    [Fact]
    public void Data_missing_fires_for_a_station_never_seen()
    {
        var never = new StationData(Station("S1"), new Dictionary<string, IReadOnlyList<Reading>>(), new Dictionary<string, Reading>(), null);

        Assert.Single(Evaluate(HalfAnHour, never));
    }

    [Theory]
    [InlineData("F", true)]
    [InlineData("D", true)]
    [InlineData("C", true)]
    [InlineData("M", true)]
    [InlineData("T", true)]
    [InlineData("N", false)]
    [InlineData(null, false)]
    public void Device_flags_fire_on_F_D_C_M_T_only(string? flag, bool fires)
    {
        var rule = new DeviceFlagRule("flags", AlarmLevel.General, null, DeviceFlagRule.DeviceFlags);

        Assert.Equal(fires, Evaluate(rule, Flagged(Station("S1"), ("SO2", flag))).Count == 1);
    }

    [Fact]
    public void Device_flags_give_one_condition_per_flagged_pollutant()
    {
        var rule = new DeviceFlagRule("flags", AlarmLevel.General, null, DeviceFlagRule.DeviceFlags);

        var conditions = Evaluate(rule, Flagged(Station("S1"), ("SO2", "D"), ("NO2", "N"), ("CO", "C")));

        Assert.Equal(["CO", "SO2"], conditions.Select(c => c.Pollutant));
    }

    [Fact]
    public void Device_flags_older_than_an_hour_fire_nothing()
    {
        var rule = new DeviceFlagRule("flags", AlarmLevel.General, null, DeviceFlagRule.DeviceFlags);
        var latest = new Dictionary<string, Reading>
        {
            ["SO2"] = new(Now.AddMinutes(-61), 10, "D"),
            ["NO2"] = new(Now.AddMinutes(-60), 10, "D"),
        };

        var conditions = Evaluate(rule, new StationData(Station("S1"), new Dictionary<string, IReadOnlyList<Reading>>(), latest, Now));

        Assert.Equal("NO2", Assert.Single(conditions).Pollutant);
    }

    [Fact]
    public void Device_flag_rule_on_one_pollutant_ignores_the_others()
    {
        var rule = new DeviceFlagRule("so2-fault", AlarmLevel.Serious, "SO2", new HashSet<string> { "D" });

        Assert.Empty(Evaluate(rule, Flagged(Station("S1"), ("NO2", "D"), ("SO2", "C"))));
        Assert.Single(Evaluate(rule, Flagged(Station("S1"), ("SO2", "D"))));
    }

    [Fact]
    public void A_registry_station_maps_to_the_evaluator_station()
    {
        var station = new Oasis.Monitoring.Stations.Station { Code = "S1", Name = "一号站", Kind = "micro", Latitude = 44.01, Longitude = 87.31, GridCode = "G7" };

        Assert.Equal(new AlarmStation("S1", "micro", 44.01, 87.31, "G7"), AlarmStation.From(station));
    }
}
