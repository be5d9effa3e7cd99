namespace Oasis.Standards.Warning;

/// <summary>Heavy-pollution warning levels (重污染天气预警), from lowest to highest.</summary>
public enum WarningLevel
{
    None = 0,
    Yellow = 1,
    Orange = 2,
    Red = 3,
}

/// <summary>
/// The rule table that turns a forecast of daily AQI into warning levels. The default is the 2017 national
/// scheme as standards/README.md adopts it (the 2019 and 2024 revisions were not available); regions configure
/// their own. AQI 200/300/500 mean the same under HJ 633-2012 and -2026.
/// </summary>
public sealed record WarningScheme
{
    public static WarningScheme National2017 { get; } = new();

    public string Name { get; init; } = "2017 national scheme (default)";

    /// <summary>A day counts as polluted when its AQI is above this (重度污染: AQI &gt; 200).</summary>
    public int PollutedAbove { get; init; } = 200;

    /// <summary>A day counts as severe when its AQI is above this (严重污染: AQI &gt; 300).</summary>
    public int SevereAbove { get; init; } = 300;

    /// <summary>Any forecast day at or above this is red on its own.</summary>
    public int ExtremeAtLeast { get; init; } = 500;

    public int YellowDays { get; init; } = 2;

    public int OrangeDays { get; init; } = 3;

    public int OrangeSevereDays { get; init; } = 1;

    public int RedDays { get; init; } = 4;

    public int RedSevereDays { get; init; } = 2;

    /// <summary>A warning is lifted once the forecast stays below yellow this long.</summary>
    public int LiftAfterHours { get; init; } = 36;

    /// <summary>Two episodes closer than this are one process.</summary>
    public int MergeWithinHours { get; init; } = 36;

    /// <summary>The level a run of consecutive polluted days earns by itself.</summary>
    public WarningLevel LevelOf(ReadOnlySpan<int> run)
    {
        var polluted = 0;
        var severe = 0;
        var extreme = false;
        foreach (var aqi in run)
        {
            polluted += aqi > PollutedAbove ? 1 : 0;
            severe += aqi > SevereAbove ? 1 : 0;
            extreme |= aqi >= ExtremeAtLeast;
        }

        return extreme || (polluted >= RedDays && severe >= RedSevereDays) ? WarningLevel.Red
            : polluted >= OrangeDays && severe >= OrangeSevereDays ? WarningLevel.Orange
            : polluted >= YellowDays ? WarningLevel.Yellow
            : WarningLevel.None;
    }
}
