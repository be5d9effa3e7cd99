namespace Oasis.CommandCentre.Alarms;

/// <summary>数据缺失: nothing has arrived from the station for <see cref="Minutes"/> minutes (or ever).</summary>
internal sealed record DataMissingRule(string Code, AlarmLevel Level, int Minutes) : AlarmRule(Code, Level)
{
    public int Minutes { get; } = Minutes >= 1 ? Minutes : throw new ArgumentOutOfRangeException(nameof(Minutes));

    public override string Kind => "data-missing";

    public override IEnumerable<AlarmCondition> Evaluate(StationData station, AlarmContext context)
    {
        var silent = station.LastSeen is { } seen ? context.Now - seen : TimeSpan.MaxValue;
        if (silent >= TimeSpan.FromMinutes(Minutes))
        {
            yield return new AlarmCondition(station.Station, this, null, [], null) { LastSeen = station.LastSeen };
        }
    }
}

/// <summary>
/// 设备标记: the latest real-time value of a pollutant (or of any, when <see cref="Pollutant"/> is null) carries
/// one of the HJ 212 flags in <see cref="Flags"/>: F stopped, D fault, C calibration, M maintenance, T over range.
/// One condition per flagged pollutant; a flag older than the real-time freshness (1 h) is not the device's state now.
/// </summary>
internal sealed record DeviceFlagRule(string Code, AlarmLevel Level, string? Pollutant, IReadOnlySet<string> Flags)
    : AlarmRule(Code, Level)
{
    public static readonly IReadOnlySet<string> DeviceFlags = new HashSet<string>(["F", "D", "C", "M", "T"], StringComparer.Ordinal);

    public override string Kind => "device-flag";

    public override IEnumerable<AlarmCondition> Evaluate(StationData station, AlarmContext context)
    {
        foreach (var (pollutant, latest) in station.Latest.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if ((Pollutant is null || string.Equals(Pollutant, pollutant, StringComparison.Ordinal))
                && latest.Flag is { } flag && Flags.Contains(flag) && context.IsFresh(latest))
            {
                yield return new AlarmCondition(station.Station, this, pollutant, [latest], null);
            }
        }
    }
}
