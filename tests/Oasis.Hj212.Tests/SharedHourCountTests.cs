namespace Oasis.Hj212.Tests;

public sealed class SharedHourCountTests
{
    private static Hj212TrafficCounter Count()
    {
        var counter = new Hj212TrafficCounter();
        counter.AddLines(SharedFiles.Bytes("data", "hj212", "2016-08-24_05.h212"));
        return counter;
    }

    [Fact]
    public void Shared_hour_gives_the_issue_counts()
    {
        var c = Count();

        Assert.Equal(8696, c.Received);
        Assert.Equal(8692, c.Accepted);
        Assert.Equal(4, c.RejectedTotal);
        Assert.Equal(4, c.Rejected(RejectReason.Length));
        Assert.Equal(0, c.Rejected(RejectReason.Framing));
        Assert.Equal(0, c.Rejected(RejectReason.Crc));
        Assert.Equal(0, c.Rejected(RejectReason.Format));
        Assert.Equal(1187, c.Heartbeats);
        Assert.Equal(212, c.Resent);
        Assert.Equal(8, c.ResentWithDifferentValues);
        Assert.Equal(31, c.DatedYear2000);
        Assert.Equal(284, c.DistinctMns);
    }

    [Fact]
    public void Shared_hour_accepted_resends_are_210_of_which_14_conflict_with_the_first_write()
    {
        // What the database sees: the two re-sends refused for length never reach it, and a
        // first-write-wins store compares with the first send, not with any earlier one.
        var c = Count();

        Assert.Equal(210, c.AcceptedResent);
        Assert.Equal(14, c.AcceptedConflicts);
    }
}
