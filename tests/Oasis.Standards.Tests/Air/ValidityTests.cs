using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class ValidityTests
{
    private static readonly double[] Full = TestDays.Hours(10);

    [Fact]
    public void Daily_mean_needs_20_valid_hours()
    {
        Assert.Equal(10, DailyConcentrations.FromHours(TestDays.Hours(10, 20), Full, Full, Full, Full, Full).Pm25);
        Assert.True(double.IsNaN(DailyConcentrations.FromHours(TestDays.Hours(10, 19), Full, Full, Full, Full, Full).Pm25));
    }

    [Fact]
    public void Negative_hours_are_invalid_hours()
    {
        var hours = TestDays.Hours(10);
        hours[0] = -1;
        hours[1] = double.PositiveInfinity;
        Assert.Equal(10, DailyConcentrations.FromHours(hours, Full, Full, Full, Full, Full).Pm25);
    }

    [Fact]
    public void Eight_hour_window_needs_6_valid_hours()
    {
        // Only hours 0–5 valid (value 170): the window 00–07 has 6 hours → 170 > 160, valid though only
        // 1 window counts; hours 0–4 only: no window reaches 6.
        var six = TestDays.Hours(170, 6);
        Assert.Equal(170, DailyConcentrations.FromHours(Full, Full, Full, Full, Full, six).O3Max8h);
        var five = TestDays.Hours(170, 5);
        Assert.True(double.IsNaN(DailyConcentrations.FromHours(Full, Full, Full, Full, Full, five).O3Max8h));
    }

    [Fact]
    public void Daily_max_eight_hour_o3_needs_14_valid_windows()
    {
        // Hours 0–20 valid: windows starting 0–15 have ≥ 6 hours (start 15 covers 15–22: 15..20 = 6) → 16 windows.
        Assert.Equal(100, DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(100, 21)).O3Max8h);
        // Hours 0–18 valid: starts 0–13 → 14 windows: valid.
        Assert.Equal(100, DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(100, 19)).O3Max8h);
        // Hours 0–17 valid: starts 0–12 → 13 windows at 100 ≤ 160: invalid.
        Assert.True(double.IsNaN(DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(100, 18)).O3Max8h));
    }

    [Fact]
    public void Daily_max_eight_hour_o3_with_13_windows_is_valid_when_it_exceeds_160()
    {
        Assert.Equal(161, DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(161, 18)).O3Max8h);
        // 160.4 rounds to 160, which does not exceed the limit.
        Assert.True(double.IsNaN(DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(160.4, 18)).O3Max8h));
    }

    [Fact]
    public void Daily_max_one_hour_o3_needs_20_hours_unless_above_200()
    {
        Assert.Equal(150, DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(150, 20)).O3Max1h);
        Assert.True(double.IsNaN(DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(150, 19)).O3Max1h));
        Assert.Equal(201, DailyConcentrations.FromHours(Full, Full, Full, Full, Full, TestDays.Hours(201, 3)).O3Max1h);
    }

    [Theory]
    [InlineData(27, 25, 28, true)]
    [InlineData(26, 25, 28, false)]
    [InlineData(27, 24, 28, false)]
    [InlineData(27, 25, 26, false)]
    public void Annual_validity_needs_27_days_a_month_and_25_in_february(int january, int february, int others, bool expected) =>
        Assert.Equal(expected, AnnualValidity.IsMet([january, february, others, others, others, others, others, others, others, others, others, others]));

    [Fact]
    public void Annual_validity_needs_324_days_in_total()
    {
        // 27 × 11 + 25 = 322 < 324 although every month meets its minimum.
        Assert.False(AnnualValidity.IsMet([27, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27]));
        Assert.False(AnnualValidity.IsMet([28, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27]));
        Assert.True(AnnualValidity.IsMet([29, 25, 27, 27, 27, 27, 27, 27, 27, 27, 27, 27]));
    }
}
