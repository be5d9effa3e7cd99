using Microsoft.Extensions.Time.Testing;
using Oasis.CommandCentre.Alarms;
using static Oasis.Tests.CommandCentre.AlarmTestData;

namespace Oasis.Tests.CommandCentre;

/// <summary>The evaluator and the book together, hour by hour on one fake clock, as the host will run them.</summary>
public sealed class AlarmLoopTests
{
    private readonly FakeTimeProvider _clock = new(Now);

    [Fact]
    public void An_exceedance_raises_once_stays_open_while_it_lasts_and_clears_30_minutes_after_the_hour_falls_back()
    {
        var rules = new AlarmRule[]
        {
            new ThresholdRule("pm25-75", AlarmLevel.General, "PM2.5", new ConcentrationLimit(75)),
            new DataMissingRule("missing-30", AlarmLevel.General, 30),
        };
        var evaluator = new AlarmEvaluator(_clock);
        var book = new AlarmBook(_clock);
        var hours = new List<Reading> { new(LatestHour, 90) };
        StationData S1() => new(Station("S1"), new Dictionary<string, IReadOnlyList<Reading>> { ["PM2.5"] = hours },
            new Dictionary<string, Reading>(), _clock.GetUtcNow());
        IReadOnlyList<AlarmNotice> Minute()
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            return book.Apply(evaluator.Evaluate(rules, [S1()]));
        }

        Assert.Equal(AlarmNoticeKind.Raised, Assert.Single(book.Apply(evaluator.Evaluate(rules, [S1()]))).Kind);
        var alarm = Assert.Single(book.Alarms);
        book.Acknowledge(alarm.Id, "operator1");
        for (var i = 0; i < 55; i++)
        {
            Assert.Empty(Minute());
        }

        hours.Add(new Reading(LatestHour.AddHours(1), 60)); // the 10:00 hour arrives at 11:00, below the limit
        for (var i = 0; i < 29; i++)
        {
            Assert.Empty(Minute());
        }

        var cleared = Assert.Single(Minute());
        Assert.Equal(new AlarmNotice(AlarmNoticeKind.Cleared, new DateTimeOffset(2026, 11, 29, 11, 30, 0, TimeSpan.Zero), alarm.Id, null), cleared);
        Assert.Single(book.Alarms);
    }
}
