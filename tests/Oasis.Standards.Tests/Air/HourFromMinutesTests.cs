using Oasis.Standards.Air;

namespace Oasis.Standards.Tests.Air;

public sealed class HourFromMinutesTests
{
    [Fact]
    public void Forty_five_valid_minutes_make_an_hour_and_forty_four_do_not()
    {
        MinuteRecord[] nine = [.. Enumerable.Repeat(new MinuteRecord(5, 40, true), 9)];
        MinuteRecord[] fortyFour = [.. Enumerable.Repeat(new MinuteRecord(4, 40, true), 11)];

        Assert.Equal(40, HourFromMinutes.Mean(nine, out var m45));
        Assert.Equal(45, m45);
        Assert.True(double.IsNaN(HourFromMinutes.Mean(fortyFour, out var m44)));
        Assert.Equal(44, m44);
    }

    [Fact]
    public void Invalid_flags_and_negative_values_do_not_count()
    {
        MinuteRecord[] records =
        [
            new(10, 20, true), new(10, 30, true), new(10, 40, true), new(10, 50, true), new(10, 60, true),
            new(10, 999, false), // flagged (D, M, C…): left out
        ];

        Assert.Equal(40, HourFromMinutes.Mean(records, out var minutes));
        Assert.Equal(50, minutes);
        Assert.True(double.IsNaN(HourFromMinutes.Mean([.. records[..4], new MinuteRecord(10, -1, true)], out _)));
    }

    [Fact]
    public void The_mean_is_weighted_by_the_minutes_each_record_covers()
    {
        MinuteRecord[] records = [new(30, 10, true), new(15, 40, true), new(15, 40, true)];
        Assert.Equal(25, HourFromMinutes.Mean(records, out _));
    }
}
