namespace Oasis.Standards.Water;

/// <summary>
/// The GB 3838-2002 Table 1 items Oasis evaluates, in the column order of the water CSV (issue #8).
/// The first 21 are the indicators of the 2011 method that decide the class; <see cref="TotalNitrogen"/>
/// and <see cref="FecalColiform"/> are evaluated separately and never change it. Water temperature has
/// no class limit (only a man-made change limit) and is not an indicator here.
/// </summary>
public enum WaterIndicator
{
    /// <summary>pH 值 (dimensionless).</summary>
    Ph,

    /// <summary>溶解氧 DO, mg/L; the limit is a minimum.</summary>
    DissolvedOxygen,

    /// <summary>高锰酸盐指数 CODMn.</summary>
    PermanganateIndex,

    /// <summary>化学需氧量 COD.</summary>
    ChemicalOxygenDemand,

    /// <summary>五日生化需氧量 BOD5.</summary>
    Bod5,

    /// <summary>氨氮 NH3-N.</summary>
    AmmoniaNitrogen,

    /// <summary>总磷 (as P); lakes and reservoirs have their own limits.</summary>
    TotalPhosphorus,

    /// <summary>铜.</summary>
    Copper,

    /// <summary>锌.</summary>
    Zinc,

    /// <summary>氟化物 (as F⁻).</summary>
    Fluoride,

    /// <summary>硒.</summary>
    Selenium,

    /// <summary>砷.</summary>
    Arsenic,

    /// <summary>汞.</summary>
    Mercury,

    /// <summary>镉.</summary>
    Cadmium,

    /// <summary>铬（六价）.</summary>
    Chromium6,

    /// <summary>铅.</summary>
    Lead,

    /// <summary>氰化物.</summary>
    Cyanide,

    /// <summary>挥发酚.</summary>
    VolatilePhenol,

    /// <summary>石油类.</summary>
    Petroleum,

    /// <summary>阴离子表面活性剂 LAS.</summary>
    AnionicSurfactant,

    /// <summary>硫化物.</summary>
    Sulfide,

    /// <summary>总氮 (湖、库, as N): reported separately, never changes the class.</summary>
    TotalNitrogen,

    /// <summary>粪大肠菌群, 个/L: reported separately, never changes the class.</summary>
    FecalColiform,
}

/// <summary>Facts about each <see cref="WaterIndicator"/>.</summary>
public static class WaterIndicators
{
    /// <summary>How many indicators there are.</summary>
    public const int Count = 23;

    /// <summary>How many decide the class (the 2011 method's 21).</summary>
    public const int ClassIndicatorCount = 21;

    private static readonly string[] Codes =
    [
        "pH", "DO", "CODMn", "COD", "BOD5", "NH3N", "TP", "Cu", "Zn", "F", "Se", "As", "Hg", "Cd", "Cr6", "Pb",
        "CN", "Phenol", "Oil", "LAS", "Sulfide", "TN", "FecalColiform",
    ];

    private static readonly string[] NamesZh =
    [
        "pH值", "溶解氧", "高锰酸盐指数", "化学需氧量", "五日生化需氧量", "氨氮", "总磷", "铜", "锌", "氟化物", "硒", "砷",
        "汞", "镉", "铬（六价）", "铅", "氰化物", "挥发酚", "石油类", "阴离子表面活性剂", "硫化物", "总氮", "粪大肠菌群",
    ];

    /// <summary>Every indicator in column order.</summary>
    public static IReadOnlyList<WaterIndicator> All { get; } = Array.AsReadOnly(Enum.GetValues<WaterIndicator>());

    /// <summary>The column name of the water CSV (<c>pH</c>, <c>DO</c>, <c>CODMn</c> …).</summary>
    public static string Code(this WaterIndicator indicator) => Codes[(int)indicator];

    /// <summary>The Chinese name of GB 3838 Table 1.</summary>
    public static string NameZh(this WaterIndicator indicator) => NamesZh[(int)indicator];

    /// <summary>Whether the indicator decides the class (all but TN and faecal coliforms).</summary>
    public static bool DecidesClass(this WaterIndicator indicator) => (int)indicator < ClassIndicatorCount;

    /// <summary>Whether an exceedance multiple is computed: not for pH and DO (2011 method; temperature is not an indicator).</summary>
    public static bool HasExceedanceMultiple(this WaterIndicator indicator) =>
        indicator is not (WaterIndicator.Ph or WaterIndicator.DissolvedOxygen);

    /// <summary>
    /// Cyanide and the metals and metalloids of Table 1, which take priority as main pollution indicators when
    /// they exceed (FACTS.md §5.2; the exact list is Oasis's adoption, decision 0305).
    /// </summary>
    public static bool IsToxicPriority(this WaterIndicator indicator) => indicator is WaterIndicator.Cyanide
        or WaterIndicator.Copper or WaterIndicator.Zinc or WaterIndicator.Selenium or WaterIndicator.Arsenic
        or WaterIndicator.Mercury or WaterIndicator.Cadmium or WaterIndicator.Chromium6 or WaterIndicator.Lead;

    /// <summary>The indicator with a CSV column name, or null.</summary>
    public static WaterIndicator? FromCode(string code)
    {
        var i = Array.IndexOf(Codes, code);
        return i < 0 ? null : (WaterIndicator)i;
    }
}
