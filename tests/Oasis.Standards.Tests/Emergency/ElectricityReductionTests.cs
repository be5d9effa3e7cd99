using Oasis.Standards.Emergency;

namespace Oasis.Standards.Tests.Emergency;

/// <summary>Compliance of an emergency-reduction task from electricity use (decision 0425), on numbers computed by hand.</summary>
public sealed class ElectricityReductionTests
{
    private static MeterUse Hour(string meter, int day, int hour, double kwh) => new(meter, new DateTime(2026, 12, day, hour, 0, 0), kwh);

    private static MeterUse Day(string meter, int day, double kwh) => new(meter, new DateTime(2026, 12, day), kwh);

    [Fact]
    public void Each_meter_is_compared_with_its_own_same_hour_median_and_the_sums_are_added()
    {
        // Line 1 at 08:00: 100, 120, 400 kWh → median 120; line 2 at 08:00: 50, 70 → 60.
        var before = new[] { Hour("L1", 1, 8, 100), Hour("L1", 2, 8, 400), Hour("L1", 3, 8, 120), Hour("L2", 1, 8, 50), Hour("L2", 2, 8, 70) };
        // During: line 1 uses 60 at 08:00 on two days, line 2 uses 45 on one day → actual 165 against 120 + 120 + 60 = 300: −45 %.
        var result = ElectricityReduction.CompareHourly(before, [Hour("L1", 10, 8, 60), Hour("L1", 11, 8, 60), Hour("L2", 10, 8, 45)]);
        Assert.Equal((3, 0, 165.0, 300.0), (result.Hours, result.Days, result.ActualKwh, result.BaselineKwh));
        Assert.Equal(45, result.ReductionPercent!.Value, 9);
        Assert.True(result.Meets(45));
        Assert.False(result.Meets(50));
    }

    [Fact]
    public void A_meter_or_an_hour_of_day_without_history_is_left_out_rather_than_counted_as_zero()
    {
        var before = new[] { Hour("L1", 1, 8, 100) };
        // Line 2 has no history; 09:00 was never seen on line 1: only line 1 at 08:00 counts (80 against 100: −20 %).
        var result = ElectricityReduction.CompareHourly(before, [Hour("L1", 10, 8, 80), Hour("L1", 10, 9, 500), Hour("L2", 10, 8, 999)]);
        Assert.Equal((1, 80.0, 100.0), (result.Hours, result.ActualKwh, result.BaselineKwh));
        Assert.Equal(20, result.ReductionPercent!.Value, 9);
    }

    [Fact]
    public void Daily_meters_compare_each_warning_day_with_the_median_day()
    {
        // Four days before: 2000, 2400, 2200, 9000 kWh → median (2200 + 2400) / 2 = 2300.
        var before = new[] { Day("", 1, 2000), Day("", 2, 2400), Day("", 3, 2200), Day("", 4, 9000) };
        // Two warning days of 1610 kWh: 3220 against 4600 → −30 %.
        var result = ElectricityReduction.CompareDaily(before, [Day("", 10, 1610), Day("", 11, 1610)]);
        Assert.Equal((0, 2, 3220.0, 4600.0), (result.Hours, result.Days, result.ActualKwh, result.BaselineKwh));
        Assert.Equal(30, result.ReductionPercent!.Value, 9);
    }

    [Fact]
    public void Hourly_and_daily_meters_add_up_and_nothing_comparable_is_no_verdict()
    {
        var combined = ElectricityReduction.Combine(new UseReduction(2, 0, 50, 100), new UseReduction(0, 1, 150, 100));
        Assert.Equal((2, 1, 200.0, 200.0, 0.0), (combined.Hours, combined.Days, combined.ActualKwh, combined.BaselineKwh, combined.ReductionPercent));
        var none = ElectricityReduction.CompareDaily([], [Day("", 10, 100)]);
        Assert.Null(none.ReductionPercent);
        Assert.Null(none.Meets(20));
    }
}
