using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class TargetTrajectoryTests
{
    [Fact]
    public void Good_day_target_of_78_4_in_a_365_day_year_needs_286_good_days_because_78_36_reports_as_78_4()
    {
        // 285/365 = 78.08 → 78.1; 286/365 = 78.36 → 78.4. With 200 good days of 250, 115 remain: 86 must be good.
        var t = TargetTrajectory.AtLeast(200, 250, 115, 78.4m);
        Assert.Equal(29, t.Allowed);
        Assert.Equal(78.4m, t.FinalRatioAtLimit);
        Assert.Equal(80.0m, t.SoFar);
        // One more non-good day than allowed misses the target as the engine reports it.
        Assert.Equal(78.1m, PeriodEvaluation.Ratio(200 + 85, 365));
    }

    [Fact]
    public void Good_day_target_reproduces_the_plans_2020_baseline_of_285_of_366()
    {
        // 284/366 = 77.60 → 77.6 misses 77.9; 285/366 = 77.87 → 77.9 meets it.
        Assert.Equal(0, TargetTrajectory.AtLeast(284, 365, 1, 77.9m).Allowed);
        Assert.Equal(1, TargetTrajectory.AtLeast(285, 365, 1, 77.9m).Allowed);
        Assert.Null(TargetTrajectory.AtLeast(283, 365, 1, 77.9m).Allowed);
    }

    [Fact]
    public void Good_day_ratio_ties_round_half_to_even_at_the_edge()
    {
        // 313/400 = 78.25 → 78.2 (五成双), so a target of 78.3 needs 314 good days and a target of 78.2 only 313.
        Assert.Equal(86, TargetTrajectory.AtLeast(300, 300, 100, 78.3m).Allowed); // 14 more good days of 100 suffice
        Assert.Equal(0, TargetTrajectory.AtLeast(314, 400, 0, 78.3m).Allowed);
        Assert.Null(TargetTrajectory.AtLeast(313, 400, 0, 78.3m).Allowed);
        Assert.Equal(0, TargetTrajectory.AtLeast(313, 400, 0, 78.2m).Allowed);
    }

    [Fact]
    public void Good_day_target_already_secured_allows_every_remaining_day_to_be_non_good()
    {
        var t = TargetTrajectory.AtLeast(300, 300, 65, 78.4m);
        Assert.Equal(65, t.Allowed); // 300/365 = 82.2
    }

    [Fact]
    public void Heavy_day_target_of_7_7_in_a_365_day_year_allows_28_heavy_days_in_all()
    {
        // 28/365 = 7.67 → 7.7 meets it; 29/365 = 7.95 → 7.9 does not.
        var t = TargetTrajectory.AtMost(20, 250, 115, 7.7m);
        Assert.Equal(8, t.Allowed);
        Assert.Equal(7.7m, t.FinalRatioAtLimit);
        Assert.Equal(0, TargetTrajectory.AtMost(28, 250, 115, 7.7m).Allowed);
        Assert.Null(TargetTrajectory.AtMost(29, 250, 115, 7.7m).Allowed);
    }

    [Fact]
    public void Heavy_day_target_with_nothing_evaluated_counts_the_whole_year()
    {
        var t = TargetTrajectory.AtMost(0, 0, 365, 7.7m);
        Assert.Equal(28, t.Allowed);
        Assert.Null(t.SoFar);
    }

    [Fact]
    public void Pm25_target_of_46_8_bounds_the_remaining_mean_at_the_midpoint_to_47_inclusive_because_46_is_even()
    {
        // 315 days at 47, 50 left: the final mean may reach 46.5 (→ 46 by 五成双): (46.5 × 365 − 14805) / 50 = 43.35.
        var t = TargetTrajectory.AtMostMean(315 * 47m, 315, 50, 46.8m);
        Assert.Equal(43.35m, t.RemainingMeanLimit);
        Assert.True(t.LimitInclusive);
        Assert.Equal(47m, t.SoFar);
    }

    [Fact]
    public void Pm25_limit_agrees_with_the_engines_annual_mean_on_both_sides_of_the_edge()
    {
        Assert.Equal(46m, AnnualPm25(315, 47, 50, 43.35));
        Assert.Equal(47m, AnnualPm25(315, 47, 50, 43.36));
    }

    [Fact]
    public void Pm25_limit_is_exclusive_when_the_highest_allowed_integer_is_odd()
    {
        // Target 47.3: the final mean must round to ≤ 47, i.e. stay below 47.5 (47.5 rounds to 48).
        var t = TargetTrajectory.AtMostMean(315 * 47m, 315, 50, 47.3m);
        Assert.Equal(50.65m, t.RemainingMeanLimit);
        Assert.False(t.LimitInclusive);
    }

    [Fact]
    public void Pm25_limit_below_zero_says_the_target_is_out_of_reach()
    {
        var t = TargetTrajectory.AtMostMean(360 * 60m, 360, 5, 46.8m);
        Assert.True(t.RemainingMeanLimit < 0);
    }

    [Fact]
    public void Remaining_days_count_the_calendar_days_after_the_last_evaluated_one()
    {
        Assert.Equal(366, TargetTrajectory.RemainingDays(2024, null));
        Assert.Equal(31, TargetTrajectory.RemainingDays(2026, new DateOnly(2026, 11, 30)));
        Assert.Equal(0, TargetTrajectory.RemainingDays(2026, new DateOnly(2026, 12, 31)));
    }

    private static decimal? AnnualPm25(int firstDays, double firstValue, int restDays, double restValue)
    {
        var days = new DailyAirQuality[firstDays + restDays];
        var start = new DateOnly(2025, 1, 1);
        for (var i = 0; i < days.Length; i++)
        {
            var pm25 = i < firstDays ? firstValue : restValue;
            days[i] = DailyAirQuality.Evaluate(start.AddDays(i), new DailyConcentrations(pm25, 70, 10, 30, 1.0, 100, 120), EditionChoice.Force2012);
        }

        return PeriodEvaluation.Evaluate(days, AirStandardEdition.Hj633_2012).Pm25.Mean;
    }
}
