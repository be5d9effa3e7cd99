namespace Oasis.Standards.Water;

/// <summary>
/// The qualitative status (水质状况) of a section or a river by 环办〔2011〕22号 (FACTS.md §5.2):
/// 优, 良好, 轻度污染, 中度污染, 重度污染.
/// </summary>
public enum WaterQualityStatus
{
    /// <summary>优.</summary>
    Excellent,

    /// <summary>良好.</summary>
    Good,

    /// <summary>轻度污染.</summary>
    LightlyPolluted,

    /// <summary>中度污染.</summary>
    ModeratelyPolluted,

    /// <summary>重度污染.</summary>
    HeavilyPolluted,
}

/// <summary>Names and the section rule of <see cref="WaterQualityStatus"/>.</summary>
public static class WaterQualityStatuses
{
    /// <summary>The status of a section from its class: Ⅰ–Ⅱ 优, Ⅲ 良好, Ⅳ 轻度, Ⅴ 中度, 劣Ⅴ 重度污染.</summary>
    public static WaterQualityStatus ForSection(WaterClass waterClass) => waterClass switch
    {
        WaterClass.I or WaterClass.II => WaterQualityStatus.Excellent,
        WaterClass.III => WaterQualityStatus.Good,
        WaterClass.IV => WaterQualityStatus.LightlyPolluted,
        WaterClass.V => WaterQualityStatus.ModeratelyPolluted,
        WaterClass.WorseThanV => WaterQualityStatus.HeavilyPolluted,
        _ => throw new ArgumentOutOfRangeException(nameof(waterClass)),
    };

    public static string Chinese(this WaterQualityStatus status) => status switch
    {
        WaterQualityStatus.Excellent => "优",
        WaterQualityStatus.Good => "良好",
        WaterQualityStatus.LightlyPolluted => "轻度污染",
        WaterQualityStatus.ModeratelyPolluted => "中度污染",
        WaterQualityStatus.HeavilyPolluted => "重度污染",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
