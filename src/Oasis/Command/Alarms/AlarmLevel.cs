namespace Oasis.CommandCentre.Alarms;

/// <summary>The level of an alarm: 一般, 较重, 严重. Ordered, so that a higher level compares greater.</summary>
internal enum AlarmLevel
{
    /// <summary>一般.</summary>
    General = 1,

    /// <summary>较重.</summary>
    Serious = 2,

    /// <summary>严重.</summary>
    Severe = 3,
}

internal static class AlarmLevels
{
    public static string Code(this AlarmLevel level) => level switch
    {
        AlarmLevel.General => "general",
        AlarmLevel.Serious => "serious",
        AlarmLevel.Severe => "severe",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static bool TryParse(string? code, out AlarmLevel level)
    {
        level = code switch
        {
            "general" => AlarmLevel.General,
            "serious" => AlarmLevel.Serious,
            "severe" => AlarmLevel.Severe,
            _ => 0,
        };
        return level != 0;
    }
}
