using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class SpecialRuleTests
{
    private const AirStandardEdition E2012 = AirStandardEdition.Hj633_2012;
    private const AirStandardEdition E2026 = AirStandardEdition.Hj633_2026;

    [Fact]
    public void Daily_aqi_uses_one_hour_o3_when_eight_hour_exceeds_800_under_2012()
    {
        // O3 8h 850 has no IAQI under 2012; O3 1h 900: 300 + 100/200 × 100 = 350.
        var result = AirQualityIndex.Daily(E2012, TestDays.Daily(10, 20, 10, 20, 0.5, 850, 900));
        Assert.Null(result.SubIndices.O3);
        Assert.Equal(350, result.SubIndices.O3OneHour);
        Assert.Equal(350, result.Aqi);
        Assert.Equal(PollutantSet.O3, result.PrimaryPollutants);
    }

    [Fact]
    public void Daily_o3_eight_hour_above_800_rates_300_under_2026()
    {
        var result = AirQualityIndex.Daily(E2026, TestDays.Daily(10, 20, 10, 20, 0.5, 850, 900));
        Assert.Equal(300, result.SubIndices.O3);
        Assert.Null(result.SubIndices.O3OneHour);
        Assert.Equal(300, result.Aqi);
    }

    [Fact]
    public void Daily_aqi_rates_the_one_hour_o3_maximum_under_2012_only()
    {
        // O3 8h 100 → 50; O3 1h 250 → 100 + 50/100 × (250 − 200) = 125.
        var day = TestDays.Daily(10, 20, 10, 20, 0.5, 100, 250);
        Assert.Equal(125, AirQualityIndex.Daily(E2012, day).Aqi);
        Assert.Equal(50, AirQualityIndex.Daily(E2026, day).Aqi);
    }

    [Fact]
    public void Real_time_so2_above_800_falls_back_to_the_24_hour_mean_under_2012()
    {
        var hour = new RealTimeConcentrations(10, 20, 900, 20, 0.5, 50) { So2MovingDay = 300, Pm25MovingDay = 10, Pm10MovingDay = 20, O3MovingEightHour = 50 };
        var result = AirQualityIndex.RealTime(E2012, hour);
        // SO2 24h 300: 100 + 50/325 × 150 = 123.08 → 124.
        Assert.Equal(124, result.SubIndices.So2);
        Assert.Equal(124, result.Aqi);
    }

    [Fact]
    public void Real_time_so2_above_800_rates_200_under_2026()
    {
        var result = AirQualityIndex.RealTime(E2026, new RealTimeConcentrations(10, 20, 801, 20, 0.5, 50));
        Assert.Equal(200, result.SubIndices.So2);
        Assert.Equal(200, result.Aqi);
        Assert.Equal(PollutantSet.So2, result.PrimaryPollutants);
    }

    [Fact]
    public void Real_time_pm_uses_the_one_hour_value_against_daily_breakpoints_under_2026()
    {
        // PM2.5 1h 61 → 101 (daily breakpoints 60/115); the 24-hour moving means are ignored.
        var hour = new RealTimeConcentrations(61, 20, 10, 20, 0.5, 50) { Pm25MovingDay = 500 };
        Assert.Equal(101, AirQualityIndex.RealTime(E2026, hour).Aqi);
    }

    [Fact]
    public void Real_time_pm_uses_the_24_hour_moving_mean_under_2012()
    {
        // PM2.5 24h 61 → 83, not the 1-hour 500.
        var hour = new RealTimeConcentrations(500, 20, 10, 20, 0.5, 50) { Pm25MovingDay = 61, Pm10MovingDay = 20, O3MovingEightHour = 50 };
        Assert.Equal(83, AirQualityIndex.RealTime(E2012, hour).Aqi);
    }

    [Fact]
    public void Iaqi_is_500_at_and_above_the_top_breakpoint()
    {
        Assert.Equal(500, AirQualityIndex.SubIndex(E2012, AqiIndicator.Pm25Daily, 500m));
        Assert.Equal(500, AirQualityIndex.SubIndex(E2026, AqiIndicator.Pm25Daily, 9999m));
        Assert.Equal(500, AirQualityIndex.Daily(E2026, TestDays.Daily(800, 20, 10, 20, 0.5, 50, 50)).Aqi);
    }

    [Fact]
    public void Missing_pollutant_gives_na_when_the_others_are_at_most_100_under_2026()
    {
        var day = TestDays.Daily(double.NaN, 20, 10, 20, 0.5, 50, 50);
        var result = AirQualityIndex.Daily(E2026, day);
        Assert.Null(result.Aqi);
        Assert.Null(result.Category);
        Assert.Equal(PollutantSet.None, result.PrimaryPollutants);
        Assert.Equal(PollutantSet.Pm25, result.MissingPollutants);
        // With O3 8h 200 (100 + 50/55 × 40 = 136.4 → 137 > 100) the AQI is published despite the gap.
        Assert.Equal(137, AirQualityIndex.Daily(E2026, day with { O3Max8h = 200 }).Aqi);
    }

    [Fact]
    public void Missing_pollutant_keeps_the_maximum_of_the_others_under_2012()
    {
        var result = AirQualityIndex.Daily(E2012, TestDays.Daily(double.NaN, 20, 10, 20, 0.5, 50, 60));
        Assert.Equal(25, result.Aqi); // PM10 20, SO2 10, NO2 25, CO 13, O3 8h 25, O3 1h 19
        Assert.Null(AirQualityIndex.Daily(E2012, DailyConcentrations.Empty).Aqi);
    }

    [Fact]
    public void Pollutant_outside_the_monitoring_plan_is_not_missing_under_2026()
    {
        var day = TestDays.Daily(10, 20, 10, 20, double.NaN, 50, 50);
        Assert.Null(AirQualityIndex.Daily(E2026, day).Aqi);
        Assert.Equal(25, AirQualityIndex.Daily(E2026, day, PollutantSet.All & ~PollutantSet.Co).Aqi);
    }

    [Fact]
    public void Aqi_is_at_least_1_under_2026_and_may_be_0_under_2012()
    {
        var zero = TestDays.Daily(0, 0, 0, 0, 0, 0, 0);
        Assert.Equal(1, AirQualityIndex.Daily(E2026, zero).Aqi);
        Assert.Equal(0, AirQualityIndex.Daily(E2012, zero).Aqi);
    }

    [Fact]
    public void Tied_primary_pollutants_are_all_listed_in_standard_order()
    {
        // PM10 150 → 100 and NO2 80 → 100 under 2012; O3 8h 160 → 100.
        var result = AirQualityIndex.Daily(E2012, TestDays.Daily(10, 150, 10, 80, 0.5, 160, 160));
        Assert.Equal(100, result.Aqi);
        Assert.Equal(PollutantSet.Pm10 | PollutantSet.No2 | PollutantSet.O3, result.PrimaryPollutants);
        Assert.Equal("PM10;NO2;O3", result.PrimaryPollutants.JoinCodes(";"));
    }

    [Fact]
    public void No_primary_pollutant_at_aqi_50_or_below()
    {
        var result = AirQualityIndex.Daily(E2012, TestDays.Daily(35, 20, 10, 20, 0.5, 50, 50));
        Assert.Equal(50, result.Aqi);
        Assert.Equal(PollutantSet.None, result.PrimaryPollutants);
    }

    [Theory]
    [InlineData(0, "优", "#00E400")]
    [InlineData(50, "优", "#00E400")]
    [InlineData(51, "良", "#FFFF00")]
    [InlineData(100, "良", "#FFFF00")]
    [InlineData(101, "轻度污染", "#FF7E00")]
    [InlineData(150, "轻度污染", "#FF7E00")]
    [InlineData(151, "中度污染", "#FF0000")]
    [InlineData(200, "中度污染", "#FF0000")]
    [InlineData(201, "重度污染", "#99004C")]
    [InlineData(300, "重度污染", "#99004C")]
    [InlineData(301, "严重污染", "#7E0023")]
    [InlineData(500, "严重污染", "#7E0023")]
    public void Category_boundaries_follow_hj_633_table_2(int aqi, string name, string colour)
    {
        var category = AirQualityCategory.For(aqi);
        Assert.Equal(name, category.NameZh);
        Assert.Equal(colour, category.Colour);
        Assert.False(string.IsNullOrWhiteSpace(category.HealthAdviceZh));
        Assert.False(string.IsNullOrWhiteSpace(category.HealthAdviceEn));
    }

    [Theory]
    [InlineData(2026, 2, 28, EditionChoice.Auto, AirStandardEdition.Hj633_2012)]
    [InlineData(2026, 3, 1, EditionChoice.Auto, AirStandardEdition.Hj633_2026)]
    [InlineData(2013, 3, 1, EditionChoice.Force2026, AirStandardEdition.Hj633_2026)]
    [InlineData(2030, 1, 1, EditionChoice.Force2012, AirStandardEdition.Hj633_2012)]
    public void Edition_is_chosen_by_date_with_cut_over_on_2026_03_01_unless_forced(int y, int m, int d, EditionChoice choice, AirStandardEdition expected) =>
        Assert.Equal(expected, EditionSelector.For(new DateOnly(y, m, d), choice));

    [Fact]
    public void Edition_of_an_instant_is_judged_on_its_beijing_date()
    {
        // 2026-02-28 16:00 UTC is 2026-03-01 00:00 in Beijing.
        Assert.Equal(E2026, EditionSelector.For(new DateTimeOffset(2026, 2, 28, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal(E2012, EditionSelector.For(new DateTimeOffset(2026, 2, 28, 15, 59, 0, TimeSpan.Zero)));
    }
}
