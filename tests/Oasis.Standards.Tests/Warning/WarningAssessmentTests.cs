using Oasis.Standards.Warning;

namespace Oasis.Standards.Tests.Warning;

/// <summary>The 2017 national scheme on synthetic forecast sequences (standards/README.md "Heavy-pollution warnings").</summary>
public sealed class WarningAssessmentTests
{
    private static readonly WarningScheme Scheme = WarningScheme.National2017;

    private static ForecastDay[] Days(params int[] aqi) =>
        aqi.Select((a, i) => new ForecastDay(new DateOnly(2026, 12, 1).AddDays(i), a)).ToArray();

    private static WarningLevel Level(params int[] aqi) => WarningAssessment.LevelNow(Days(aqi), Scheme);

    [Fact]
    public void One_polluted_day_is_no_warning_and_two_consecutive_are_yellow()
    {
        Assert.Equal(WarningLevel.None, Level(150, 250, 150, 150, 150));
        Assert.Equal(WarningLevel.Yellow, Level(150, 201, 201, 150, 150));
    }

    [Fact]
    public void Aqi_of_exactly_200_is_not_polluted()
    {
        Assert.Equal(WarningLevel.None, Level(200, 200, 200, 200));
        Assert.Equal(WarningLevel.Yellow, Level(201, 201, 200));
    }

    [Fact]
    public void Three_polluted_days_are_orange_only_with_one_above_300()
    {
        Assert.Equal(WarningLevel.Yellow, Level(250, 300, 280, 100, 100));
        Assert.Equal(WarningLevel.Orange, Level(250, 301, 280, 100, 100));
    }

    [Fact]
    public void Four_polluted_days_are_red_only_with_two_above_300()
    {
        Assert.Equal(WarningLevel.Orange, Level(250, 310, 280, 260, 100, 100));
        Assert.Equal(WarningLevel.Red, Level(250, 310, 320, 260, 100, 100));
    }

    [Fact]
    public void Any_day_at_500_is_red_by_itself()
    {
        Assert.Equal(WarningLevel.Red, Level(100, 500, 100, 100));
        Assert.Equal(WarningLevel.None, Level(100, 499, 100, 100));
    }

    [Fact]
    public void Runs_one_clean_day_apart_are_one_process_with_the_higher_level()
    {
        var episodes = WarningAssessment.Episodes(Days(210, 220, 150, 250, 310, 260, 100, 100), Scheme);
        var process = Assert.Single(episodes);
        Assert.Equal(new DateOnly(2026, 12, 1), process.Start);
        Assert.Equal(new DateOnly(2026, 12, 6), process.End);
        Assert.Equal(WarningLevel.Orange, process.Level);
    }

    [Fact]
    public void Runs_two_clean_days_apart_are_separate_processes()
    {
        var episodes = WarningAssessment.Episodes(Days(210, 220, 150, 150, 250, 310, 260, 100, 100), Scheme);
        Assert.Equal([WarningLevel.Yellow, WarningLevel.Orange], episodes.Select(e => e.Level));
    }

    [Fact]
    public void A_warning_lifts_only_after_36_clean_forecast_hours()
    {
        var shortTail = WarningAssessment.Episodes(Days(210, 220, 150), Scheme).Single();
        var longTail = WarningAssessment.Episodes(Days(210, 220, 150, 140), Scheme).Single();
        Assert.False(shortTail.LiftConfirmed);
        Assert.True(longTail.LiftConfirmed);
        Assert.Equal(new DateOnly(2026, 12, 3), longTail.LiftFrom);
    }

    [Fact]
    public void A_process_starting_beyond_the_first_days_does_not_call_for_a_warning_now()
    {
        Assert.Equal(WarningLevel.None, Level(100, 100, 100, 100, 250, 250, 250));
        Assert.Equal(WarningLevel.Yellow, WarningAssessment.LevelNow(Days(100, 100, 100, 100, 250, 250, 250), Scheme, withinDays: 5));
    }

    [Fact]
    public void The_joint_warning_takes_the_higher_party_level()
    {
        Assert.Equal(WarningLevel.Orange, WarningAssessment.Joint(WarningLevel.Yellow, WarningLevel.Orange));
        Assert.Equal(WarningLevel.None, WarningAssessment.Joint());
    }

    [Fact]
    public void A_region_can_configure_its_own_thresholds()
    {
        var stricter = Scheme with { YellowDays = 1, Name = "stricter local scheme" };
        Assert.Equal(WarningLevel.Yellow, WarningAssessment.LevelNow(Days(150, 250, 150, 150), stricter));
    }

    [Theory]
    [InlineData(WarningLevel.None, WarningLevel.None, false, WarningAction.Keep)]
    [InlineData(WarningLevel.None, WarningLevel.Yellow, false, WarningAction.Issue)]
    [InlineData(WarningLevel.Yellow, WarningLevel.Orange, false, WarningAction.Upgrade)]
    [InlineData(WarningLevel.Red, WarningLevel.Orange, false, WarningAction.Downgrade)]
    [InlineData(WarningLevel.Orange, WarningLevel.Orange, false, WarningAction.Keep)]
    [InlineData(WarningLevel.Orange, WarningLevel.None, false, WarningAction.Keep)]
    [InlineData(WarningLevel.Orange, WarningLevel.None, true, WarningAction.Lift)]
    public void Decisions_issue_upgrade_downgrade_and_lift_only_when_confirmed(WarningLevel inForce, WarningLevel called, bool liftConfirmed,
        WarningAction expected) =>
        Assert.Equal(expected, WarningDecisions.Decide(inForce, called, liftConfirmed));
}
