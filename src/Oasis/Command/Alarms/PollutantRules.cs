namespace Oasis.CommandCentre.Alarms;

/// <summary>超标: the latest hour exceeds the limit.</summary>
internal sealed record ThresholdRule(string Code, AlarmLevel Level, string Pollutant, ExceedanceLimit Limit)
    : PollutantRule(Code, Level, Pollutant)
{
    public override string Kind => "threshold";

    protected override AlarmCondition? Check(StationData station, IReadOnlyList<Reading> hours, AlarmContext context) =>
        Limit.IsExceeded(Pollutant, hours[^1].Value, out var limit) ? Fire(station, [hours[^1]], limit) : null;
}

/// <summary>持续超标: the last <see cref="Hours"/> consecutive hours all exceed; a gap in the hours breaks the run.</summary>
internal sealed record SustainedExceedanceRule(string Code, AlarmLevel Level, string Pollutant, ExceedanceLimit Limit, int Hours)
    : PollutantRule(Code, Level, Pollutant)
{
    public int Hours { get; } = Hours >= 1 ? Hours : throw new ArgumentOutOfRangeException(nameof(Hours));

    public override string Kind => "sustained";

    protected override AlarmCondition? Check(StationData station, IReadOnlyList<Reading> hours, AlarmContext context)
    {
        if (hours.Count < Hours)
        {
            return null;
        }

        var run = hours.Skip(hours.Count - Hours).ToList();
        var limit = 0d;
        for (var i = 0; i < run.Count; i++)
        {
            if (run[i].Time != run[^1].Time.AddHours(i - (run.Count - 1)) || !Limit.IsExceeded(Pollutant, run[i].Value, out limit))
            {
                return null;
            }
        }

        return Fire(station, run, limit);
    }
}

/// <summary>
/// 突增: the latest hour is at least <see cref="Absolute"/> above, or at least <see cref="Relative"/> (0.5 = 50 %)
/// above, the hour <see cref="Hours"/> hours before it. Either test suffices; a missing earlier hour fires nothing.
/// </summary>
internal sealed record SuddenRiseRule(string Code, AlarmLevel Level, string Pollutant, int Hours, double? Absolute, double? Relative)
    : PollutantRule(Code, Level, Pollutant)
{
    public int Hours { get; } = Hours >= 1 ? Hours : throw new ArgumentOutOfRangeException(nameof(Hours));

    public override string Kind => "sudden-rise";

    protected override AlarmCondition? Check(StationData station, IReadOnlyList<Reading> hours, AlarmContext context)
    {
        var latest = hours[^1];
        var earlier = hours.FirstOrDefault(h => h.Time == latest.Time.AddHours(-Hours));
        if (earlier is null)
        {
            return null;
        }

        var rise = latest.Value - earlier.Value;
        var fires = (Absolute is double a && rise >= a)
            || (Relative is double r && earlier.Value > 0 && latest.Value >= earlier.Value * (1 + r));
        return fires ? Fire(station, [earlier, latest], earlier.Value) : null;
    }
}
