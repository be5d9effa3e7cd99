using Oasis.Standards.Emergency;
using Oasis.Standards.Warning;

namespace Oasis.Standards.Tests.Emergency;

/// <summary>Compliance of an emergency-reduction task from online data, on numbers computed by hand.</summary>
public sealed class EmissionReductionTests
{
    private static HourlyEmission At(int day, int hour, double kg) => new(new DateTime(2026, 12, day, hour, 0, 0), kg);

    [Fact]
    public void An_hour_emits_concentration_times_flow_times_3600_seconds()
    {
        // 20 mg/m³ × 50 m³/s × 3600 s = 3 600 000 mg = 3.6 kg.
        Assert.Equal(3.6, EmissionReduction.HourlyKg(20, 50), 10);
        Assert.Equal(0, EmissionReduction.HourlyKg(0, 50));
    }

    [Fact]
    public void The_median_takes_the_middle_value_or_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(3, EmissionReduction.Median([5, 1, 3]));
        Assert.Equal(2.5, EmissionReduction.Median([4, 1, 3, 2]));
        Assert.True(double.IsNaN(EmissionReduction.Median([])));
    }

    [Fact]
    public void The_baseline_of_an_hour_is_the_median_of_the_same_hour_of_day_and_an_outlier_day_does_not_move_it()
    {
        // 08:00 on three days: 10, 12, 100 kg → median 12; 09:00 on two days: 6, 8 → 7.
        var medians = EmissionReduction.HourOfDayMedians([At(1, 8, 10), At(2, 8, 100), At(3, 8, 12), At(1, 9, 6), At(2, 9, 8)]);
        Assert.Equal(12, medians[8]);
        Assert.Equal(7, medians[9]);
        Assert.True(double.IsNaN(medians[10]));
    }

    [Fact]
    public void The_reduction_compares_the_warning_hours_with_their_baselines_and_skips_hours_without_one()
    {
        var before = new[] { At(1, 8, 10), At(2, 8, 100), At(3, 8, 12), At(1, 9, 6), At(2, 9, 8) };
        // Warning: 08:00 → 6 kg (baseline 12), 09:00 → 4.2 kg (baseline 7), 10:00 → no baseline, skipped.
        var result = EmissionReduction.Compare(before, [At(20, 8, 6), At(20, 9, 4.2), At(20, 10, 50)]);
        Assert.Equal(2, result.Hours);
        Assert.Equal(10.2, result.ActualKg, 10);
        Assert.Equal(19, result.BaselineKg, 10);
        // 1 − 10.2 / 19 = 0.463157… → 46.3 %.
        Assert.Equal(46.3158, result.ReductionPercent!.Value, 4);
        Assert.True(result.Meets(30));
        Assert.False(result.Meets(50));
    }

    [Fact]
    public void A_reduction_exactly_at_the_promise_is_compliant_and_nothing_measurable_is_undecided()
    {
        var exact = EmissionReduction.Compare([At(1, 8, 10)], [At(2, 8, 7)]);
        Assert.Equal(30, exact.ReductionPercent!.Value, 10);
        Assert.True(exact.Meets(30));
        var none = EmissionReduction.Compare([At(1, 8, 10)], [At(2, 9, 7)]);
        Assert.Null(none.ReductionPercent);
        Assert.Null(none.Meets(30));
    }

    [Fact]
    public void The_list_must_cut_10_20_and_30_percent_at_yellow_orange_and_red()
    {
        Assert.Equal(10, EmissionReduction.RequiredPercent(WarningLevel.Yellow));
        Assert.Equal(20, EmissionReduction.RequiredPercent(WarningLevel.Orange));
        Assert.Equal(30, EmissionReduction.RequiredPercent(WarningLevel.Red));
    }
}
