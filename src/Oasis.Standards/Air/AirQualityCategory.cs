namespace Oasis.Standards.Air;

/// <summary>
/// An AQI category (空气质量指数类别) with the colour of HJ 633 Table 2 / Appendix A and health advice.
/// The categories are the same in both editions (2026 starts the first at 1 instead of 0).
/// </summary>
public sealed class AirQualityCategory
{
    private static readonly AirQualityCategory[] All =
    [
        new(1, 0, 50, "优", "Excellent", "绿色", "#00E400",
            "空气质量令人满意，基本无空气污染。各类人群可正常活动。",
            "Air quality is satisfactory with little or no pollution. Everyone can continue normal activities."),
        new(2, 51, 100, "良", "Good", "黄色", "#FFFF00",
            "空气质量可接受，但某些污染物可能对极少数异常敏感人群健康有较弱影响。极少数异常敏感人群应减少户外活动。",
            "Air quality is acceptable; some pollutants may slightly affect a very small number of unusually sensitive people, who should reduce outdoor activity."),
        new(3, 101, 150, "轻度污染", "Lightly polluted", "橙色", "#FF7E00",
            "易感人群症状有轻度加剧，健康人群出现刺激症状。儿童、老年人及心脏病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼。",
            "Sensitive people may notice mild aggravation of symptoms and healthy people irritation. Children, the elderly and people with heart or respiratory disease should reduce prolonged or heavy outdoor exercise."),
        new(4, 151, 200, "中度污染", "Moderately polluted", "红色", "#FF0000",
            "进一步加剧易感人群症状，可能对健康人群心脏、呼吸系统有影响。儿童、老年人及心脏病、呼吸系统疾病患者避免长时间、高强度的户外锻练，一般人群适量减少户外运动。",
            "Symptoms of sensitive people worsen and healthy people's heart and lungs may be affected. Children, the elderly and heart or respiratory patients should avoid prolonged or heavy outdoor exercise; everyone else should reduce outdoor exercise."),
        new(5, 201, 300, "重度污染", "Heavily polluted", "紫色", "#99004C",
            "心脏病和肺病患者症状显著加剧，运动耐受力降低，健康人群普遍出现症状。儿童、老年人和心脏病、肺病患者应停留在室内，停止户外运动，一般人群减少户外运动。",
            "Heart and lung patients' symptoms worsen markedly and exercise tolerance drops; healthy people commonly show symptoms. Children, the elderly and heart or lung patients should stay indoors and stop outdoor exercise; everyone else should reduce outdoor activity."),
        new(6, 301, int.MaxValue, "严重污染", "Severely polluted", "褐红色", "#7E0023",
            "健康人群运动耐受力降低，有明显强烈症状，提前出现某些疾病。儿童、老年人和病人应当留在室内，避免体力消耗，一般人群应避免户外活动。",
            "Healthy people's exercise tolerance drops, with strong symptoms, and some diseases appear early. Children, the elderly and the sick should stay indoors and avoid exertion; everyone else should avoid outdoor activity."),
    ];

    private AirQualityCategory(int level, int minAqi, int maxAqi, string nameZh, string nameEn, string colourZh, string colour, string adviceZh, string adviceEn)
    {
        Level = level;
        MinAqi = minAqi;
        MaxAqi = maxAqi;
        NameZh = nameZh;
        NameEn = nameEn;
        ColourZh = colourZh;
        Colour = colour;
        HealthAdviceZh = adviceZh;
        HealthAdviceEn = adviceEn;
    }

    /// <summary>级别, 1 (一级) to 6 (六级).</summary>
    public int Level { get; }

    public int MinAqi { get; }

    public int MaxAqi { get; }

    /// <summary>类别: 优, 良, 轻度污染, 中度污染, 重度污染, 严重污染.</summary>
    public string NameZh { get; }

    public string NameEn { get; }

    /// <summary>The English code APIs carry (CONTRACTS.md: enumerations are English codes): <c>excellent</c> … <c>severely-polluted</c>.</summary>
    public string Code => NameEn.ToLowerInvariant().Replace(' ', '-');

    /// <summary>表示颜色: 绿色, 黄色, 橙色, 红色, 紫色, 褐红色.</summary>
    public string ColourZh { get; }

    /// <summary>The RGB colour as <c>#RRGGBB</c>.</summary>
    public string Colour { get; }

    public string HealthAdviceZh { get; }

    public string HealthAdviceEn { get; }

    /// <summary>The six categories, best first.</summary>
    public static IReadOnlyList<AirQualityCategory> Categories => All;

    /// <summary>The category of an AQI (0 and above).</summary>
    public static AirQualityCategory For(int aqi)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(aqi);
        foreach (var category in All)
        {
            if (aqi <= category.MaxAqi)
            {
                return category;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(aqi));
    }

    public override string ToString() => NameZh;
}
