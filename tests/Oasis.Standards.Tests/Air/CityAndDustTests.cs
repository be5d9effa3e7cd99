using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class CityAndDustTests
{
    [Fact]
    public void City_value_is_the_mean_of_unrounded_station_values()
    {
        // 10.4, 10.4, 11.4 → 10.733 → 11; the mean of the rounded values (10, 10, 11) would give 10.
        DailyConcentrations[] stations = [Pm25(10.4), Pm25(10.4), Pm25(11.4)];
        var city = CityAggregation.Combine(stations, 3);
        Assert.Equal(32.2 / 3, city.Pm25, 12);
        Assert.Equal(11m, GbT8170.RoundConcentration(Pollutant.Pm25, city.Pm25));
    }

    [Fact]
    public void City_value_needs_75_percent_of_the_evaluation_stations()
    {
        Assert.Equal(10, CityAggregation.Combine([Pm25(10), Pm25(10), Pm25(10), Pm25(double.NaN)], 4).Pm25);
        Assert.True(double.IsNaN(CityAggregation.Combine([Pm25(10), Pm25(10), Pm25(double.NaN), Pm25(double.NaN)], 4).Pm25));
        // Stations without data that day count: 3 reported of 4 evaluation stations is 75 %; 2 of 3 is not.
        Assert.Equal(10, CityAggregation.Combine([Pm25(10), Pm25(10), Pm25(10)], 4).Pm25);
        Assert.True(double.IsNaN(CityAggregation.Combine([Pm25(10), Pm25(10)], 3).Pm25));
    }

    [Fact]
    public void Dust_deduction_reproduces_the_plan_figure_of_77_9_percent()
    {
        // 2020 has 366 days: 284 good days, 81 polluted days, and one dust day whose PM10 makes it polluted.
        // Without deduction 284/366 = 77.596 % → 77.6 %. Deducting the dust hours re-rates the dust day from
        // SO2, NO2, CO and O3 (good) and keeps it in the denominator: 285/366 = 77.869 % → 77.9 %.
        var hours = new HourlySeries(new DateOnly(2020, 1, 1), 366);
        for (var d = 0; d < 366; d++)
        {
            var pm25 = d < 284 ? 30 : 100; // 100 → IAQI 132 (2012), 137 (2026)
            var pm10 = d == 300 ? 400 : 40; // the dust day: PM10 400 → IAQI 336 (2012)
            if (d == 300)
            {
                pm25 = 30;
            }

            Fill(hours, d, pm25, pm10);
        }

        var dust = new[] { new DustPeriod(new DateTime(2020, 10, 27), new DateTime(2020, 10, 28), null) };
        var flags = DustDeduction.HoursFor(hours, "S1", dust);
        Assert.Equal(24, flags.Count(f => f));
        foreach (var choice in new[] { EditionChoice.Force2012, EditionChoice.Force2026 })
        {
            var edition = choice == EditionChoice.Force2012 ? AirStandardEdition.Hj633_2012 : AirStandardEdition.Hj633_2026;
            var plain = PeriodEvaluation.Evaluate(DailyAirQuality.EvaluateSeries(hours, choice), edition);
            var deducted = PeriodEvaluation.Evaluate(DailyAirQuality.EvaluateSeries(hours, choice, flags), edition, dustDeducted: true);
            Assert.Equal((284, 366, 77.6m), (plain.GoodDays, plain.ValidDays, plain.GoodRatio));
            Assert.Equal((285, 366, 77.9m), (deducted.GoodDays, deducted.ValidDays, deducted.GoodRatio));
            Assert.True(deducted.DustDeducted);
        }
    }

    [Fact]
    public void Dust_period_removes_only_the_hours_it_covers_for_its_station()
    {
        var hours = new HourlySeries(new DateOnly(2020, 3, 1), 2);
        Fill(hours, 0, 30, 400);
        Fill(hours, 1, 30, 40);
        // 12 hours of day 0 for station S1: 12 PM hours remain (< 20) → PM invalid, deducted, not missing.
        var periods = new[] { new DustPeriod(new DateTime(2020, 3, 1, 6, 0, 0), new DateTime(2020, 3, 1, 18, 0, 0), "S1") };
        var flags = DustDeduction.HoursFor(hours, "S1", periods);
        Assert.Equal(12, flags.Count(f => f));
        Assert.Equal(0, DustDeduction.HoursFor(hours, "S2", periods).Count(f => f));
        var days = DailyAirQuality.EvaluateSeries(hours, EditionChoice.Force2026, flags);
        Assert.Equal(PollutantSet.Pm25 | PollutantSet.Pm10, days[0].Concentrations.DustDeducted);
        Assert.Equal(25, days[0].Aqi.Aqi); // NO2 20 → 25, O3 50 → 25: published although PM is gone
        Assert.Equal(PollutantSet.None, days[1].Concentrations.DustDeducted);
    }

    private static DailyConcentrations Pm25(double value) =>
        new(value, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    private static void Fill(HourlySeries hours, int day, double pm25, double pm10)
    {
        hours.Day(Pollutant.Pm25, day).Fill(pm25);
        hours.Day(Pollutant.Pm10, day).Fill(pm10);
        hours.Day(Pollutant.So2, day).Fill(10);
        hours.Day(Pollutant.No2, day).Fill(20);
        hours.Day(Pollutant.Co, day).Fill(0.5);
        hours.Day(Pollutant.O3, day).Fill(50);
    }
}
