using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class PeriodStatisticsTests
{
    [Fact]
    public void Annual_figures_of_a_constructed_year_match_the_arithmetic()
    {
        // 2019: SO2 12, NO2 40, PM10 70, CO 1.0, O3-8h 160 every day; PM2.5 76 on the first 10 days, 35 after.
        var days = Year(2019, AirStandardEdition.Hj633_2012);
        var s = PeriodEvaluation.Evaluate(days, AirStandardEdition.Hj633_2012);
        Assert.Equal(365, s.ValidDays);
        // PM2.5 mean (10 × 76 + 355 × 35) / 365 = 36.12 → 36; P95 k = 1 + 364 × 0.95 = 346.8 → 35.
        Assert.Equal(36m, s.Pm25.Mean);
        Assert.Equal(35m, s.Pm25.Percentile);
        Assert.Equal(10, s.Pm25.ExceedanceDays);
        Assert.Equal(0, s.O3.ExceedanceDays); // 160 is not above 160
        // PM2.5 76 → IAQI 102: 355 good days, 355/365 = 97.26 % → 97.3 %.
        Assert.Equal((355, 97.3m, 0, 0.0m), (s.GoodDays, s.GoodRatio, s.HeavyDays, s.HeavyRatio));
        // 12/60 + 40/40 + 70/70 + 36/35 + 1.0/4 + 160/160 = 4.4786 → 4.48.
        Assert.Equal(4.48m, s.CompositeIndex);
        Assert.True(s.MeetsAnnualValidity);
    }

    [Fact]
    public void Primary_days_count_each_primary_pollutant_of_days_above_50()
    {
        // The constructed 2019: PM2.5 76 (IAQI 102) on 10 days, O3-8h 160 (IAQI 100) every day, PM10 70 (IAQI 60),
        // PM2.5 35 (IAQI 50) after: PM2.5 is primary on the first 10 days, O3 on the other 355 (its 100 beats PM10's 60).
        var days = Year(2019, AirStandardEdition.Hj633_2012);
        var counts = PeriodEvaluation.PrimaryDays(days);
        Assert.Equal(10, counts[(int)Pollutant.Pm25]);
        Assert.Equal(355, counts[(int)Pollutant.O3]);
        Assert.Equal(0, counts[(int)Pollutant.Pm10]);
        // Only the included days count.
        Assert.Equal(5, PeriodEvaluation.PrimaryDays(days, d => d.Day <= 5 && d.Month == 1)[(int)Pollutant.Pm25]);
    }

    [Fact]
    public void Composite_index_uses_the_gb_3095_2026_transition_limits_under_2026()
    {
        var days = Year(2019, AirStandardEdition.Hj633_2026);
        var s = PeriodEvaluation.Evaluate(days, AirStandardEdition.Hj633_2026);
        // 12/60 + 40/40 + 70/60 + 36/30 + 1.0/4 + 160/160 = 4.8167 → 4.82.
        Assert.Equal(4.82m, s.CompositeIndex);
        // PM10 70 ≤ 120 and PM2.5 35 ≤ 60: the 2026 limits; PM2.5 76 > 60 on 10 days.
        Assert.Equal(10, s.Pm25.ExceedanceDays);
    }

    [Fact]
    public void Heating_season_defaults_to_15_october_to_15_april_inclusive()
    {
        var season = HeatingSeason.Default;
        Assert.True(season.Contains(new DateOnly(2019, 10, 15)));
        Assert.True(season.Contains(new DateOnly(2019, 4, 15)));
        Assert.False(season.Contains(new DateOnly(2019, 4, 16)));
        Assert.False(season.Contains(new DateOnly(2019, 10, 14)));
        Assert.True(new HeatingSeason(6, 1, 8, 31).Contains(new DateOnly(2019, 7, 1)));
        Assert.False(new HeatingSeason(6, 1, 8, 31).Contains(new DateOnly(2019, 9, 1)));
    }

    [Fact]
    public void Heating_and_non_heating_figures_split_the_year()
    {
        var days = Year(2019, AirStandardEdition.Hj633_2012);
        var heating = PeriodEvaluation.Evaluate(days, AirStandardEdition.Hj633_2012, HeatingSeason.Default.Contains);
        var rest = PeriodEvaluation.Evaluate(days, AirStandardEdition.Hj633_2012, d => !HeatingSeason.Default.Contains(d));
        // 1 Jan–15 Apr = 105 days, 15 Oct–31 Dec = 78 days.
        Assert.Equal(183, heating.ValidDays);
        Assert.Equal(182, rest.ValidDays);
        Assert.Equal(10, heating.Pm25.ExceedanceDays);
        Assert.Equal(0, rest.Pm25.ExceedanceDays);
        Assert.False(heating.MeetsAnnualValidity);
    }

    [Fact]
    public void Weighted_composite_index_triples_pm25_and_doubles_no2_and_o3()
    {
        // 12/60 + 2 × 40/40 + 70/70 + 3 × 35/35 + 1.0/4 + 2 × 160/160 = 8.45.
        Assert.Equal(8.45m, CompositeIndex.ComputeWeighted(AirQualityLimits.Gb3095_2012, 12, 40, 70, 35, 1.0m, 160));
        Assert.Null(CompositeIndex.Compute(AirQualityLimits.Gb3095_2012, null, 40, 70, 35, 1.0m, 160));
    }

    private static DailyAirQuality[] Year(int year, AirStandardEdition edition)
    {
        var first = new DateOnly(year, 1, 1);
        var days = new DailyAirQuality[365];
        var choice = edition == AirStandardEdition.Hj633_2012 ? EditionChoice.Force2012 : EditionChoice.Force2026;
        for (var i = 0; i < days.Length; i++)
        {
            var c = new DailyConcentrations(i < 10 ? 76 : 35, 70, 12, 40, 1.0, 160, 160);
            days[i] = DailyAirQuality.Evaluate(first.AddDays(i), c, choice);
        }

        return days;
    }
}
