namespace Oasis.Standards.Water;

/// <summary>
/// GB 3838-2002 Table 2 (集中式生活饮用水地表水源地补充项目标准限值, 5 items) and Table 3 (特定项目标准限值,
/// 80 items), mg/L, read from the standard's own pages (texts/GB3838-2002.pdf, printed pages 3–4; decision 0306).
/// Names are the table's; footnotes: 二甲苯 = o-, m-, p-xylene; 三氯苯 = 1,2,3-, 1,2,4-, 1,3,5-; 四氯苯 = 1,2,3,4-,
/// 1,2,3,5-, 1,2,4,5-; 二硝基苯 = o-, m-, p-; 硝基氯苯 = o-, m-, p-; 多氯联苯 = PCB-1016, 1221, 1232, 1242, 1248,
/// 1254, 1260.
/// </summary>
public static class Gb3838SourceTables
{
    /// <summary>Table 2: supplementary items.</summary>
    public static IReadOnlyList<DrinkingWaterItem> Table2 { get; } =
    [
        new(2, 1, "硫酸盐", 250m),
        new(2, 2, "氯化物", 250m),
        new(2, 3, "硝酸盐", 10m),
        new(2, 4, "铁", 0.3m),
        new(2, 5, "锰", 0.1m),
    ];

    /// <summary>Table 3: specific items.</summary>
    public static IReadOnlyList<DrinkingWaterItem> Table3 { get; } =
    [
        new(3, 1, "三氯甲烷", 0.06m),
        new(3, 2, "四氯化碳", 0.002m),
        new(3, 3, "三溴甲烷", 0.1m),
        new(3, 4, "二氯甲烷", 0.02m),
        new(3, 5, "1,2-二氯乙烷", 0.03m),
        new(3, 6, "环氧氯丙烷", 0.02m),
        new(3, 7, "氯乙烯", 0.005m),
        new(3, 8, "1,1-二氯乙烯", 0.03m),
        new(3, 9, "1,2-二氯乙烯", 0.05m),
        new(3, 10, "三氯乙烯", 0.07m),
        new(3, 11, "四氯乙烯", 0.04m),
        new(3, 12, "氯丁二烯", 0.002m),
        new(3, 13, "六氯丁二烯", 0.0006m),
        new(3, 14, "苯乙烯", 0.02m),
        new(3, 15, "甲醛", 0.9m),
        new(3, 16, "乙醛", 0.05m),
        new(3, 17, "丙烯醛", 0.1m),
        new(3, 18, "三氯乙醛", 0.01m),
        new(3, 19, "苯", 0.01m),
        new(3, 20, "甲苯", 0.7m),
        new(3, 21, "乙苯", 0.3m),
        new(3, 22, "二甲苯", 0.5m),
        new(3, 23, "异丙苯", 0.25m),
        new(3, 24, "氯苯", 0.3m),
        new(3, 25, "1,2-二氯苯", 1.0m),
        new(3, 26, "1,4-二氯苯", 0.3m),
        new(3, 27, "三氯苯", 0.02m),
        new(3, 28, "四氯苯", 0.02m),
        new(3, 29, "六氯苯", 0.05m),
        new(3, 30, "硝基苯", 0.017m),
        new(3, 31, "二硝基苯", 0.5m),
        new(3, 32, "2,4-二硝基甲苯", 0.0003m),
        new(3, 33, "2,4,6-三硝基甲苯", 0.5m),
        new(3, 34, "硝基氯苯", 0.05m),
        new(3, 35, "2,4-二硝基氯苯", 0.5m),
        new(3, 36, "2,4-二氯苯酚", 0.093m),
        new(3, 37, "2,4,6-三氯苯酚", 0.2m),
        new(3, 38, "五氯酚", 0.009m),
        new(3, 39, "苯胺", 0.1m),
        new(3, 40, "联苯胺", 0.0002m),
        new(3, 41, "丙烯酰胺", 0.0005m),
        new(3, 42, "丙烯腈", 0.1m),
        new(3, 43, "邻苯二甲酸二丁酯", 0.003m),
        new(3, 44, "邻苯二甲酸二(2-乙基己基)酯", 0.008m),
        new(3, 45, "水合肼", 0.01m),
        new(3, 46, "四乙基铅", 0.0001m),
        new(3, 47, "吡啶", 0.2m),
        new(3, 48, "松节油", 0.2m),
        new(3, 49, "苦味酸", 0.5m),
        new(3, 50, "丁基黄原酸", 0.005m),
        new(3, 51, "活性氯", 0.01m),
        new(3, 52, "滴滴涕", 0.001m),
        new(3, 53, "林丹", 0.002m),
        new(3, 54, "环氧七氯", 0.0002m),
        new(3, 55, "对硫磷", 0.003m),
        new(3, 56, "甲基对硫磷", 0.002m),
        new(3, 57, "马拉硫磷", 0.05m),
        new(3, 58, "乐果", 0.08m),
        new(3, 59, "敌敌畏", 0.05m),
        new(3, 60, "敌百虫", 0.05m),
        new(3, 61, "内吸磷", 0.03m),
        new(3, 62, "百菌清", 0.01m),
        new(3, 63, "甲萘威", 0.05m),
        new(3, 64, "溴氰菊酯", 0.02m),
        new(3, 65, "阿特拉津", 0.003m),
        new(3, 66, "苯并(a)芘", 0.0000028m),
        new(3, 67, "甲基汞", 0.000001m),
        new(3, 68, "多氯联苯", 0.00002m),
        new(3, 69, "微囊藻毒素-LR", 0.001m),
        new(3, 70, "黄磷", 0.003m),
        new(3, 71, "钼", 0.07m),
        new(3, 72, "钴", 1.0m),
        new(3, 73, "铍", 0.002m),
        new(3, 74, "硼", 0.5m),
        new(3, 75, "锑", 0.005m),
        new(3, 76, "镍", 0.02m),
        new(3, 77, "钡", 0.7m),
        new(3, 78, "钒", 0.05m),
        new(3, 79, "钛", 0.1m),
        new(3, 80, "铊", 0.0001m),
    ];

    /// <summary>The Table 2 or Table 3 item of a name, or null.</summary>
    public static DrinkingWaterItem? Find(string nameZh) =>
        Table2.FirstOrDefault(i => i.NameZh == nameZh) ?? Table3.FirstOrDefault(i => i.NameZh == nameZh);
}
