using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Reports;
using Oasis.Platform.Scopes;
using Oasis.Standards.Water;
using Oasis.Water.Evaluation;
using Oasis.Water.Pages;
using Oasis.Water.Registry;
using Oasis.Water.Samples;
using Oasis.Platform.Time;

namespace Oasis.Water.Reports;

/// <summary>
/// What a water report says, keyed by template tag (docs/water-reports.md): the city's section, river and source
/// evaluations of the period and the table 2-1 shares, computed by the same code as <c>GET /api/water/assessment</c> and
/// <c>/api/water/indicators</c>, with the period, the method and the data basis stated.
/// </summary>
internal sealed record WaterReportContent(ReportContent Report, int Sections, int Samples)
{
    private static readonly (string Key, string Header)[] SectionColumns =
    [
        ("code", "断面编码"), ("name", "断面名称"), ("waterBody", "所属水体"), ("level", "控制级别"), ("target", "水质目标"), ("class", "水质类别"),
        ("status", "水质状况"), ("meetsTarget", "是否达标"), ("exceeding", "超Ⅲ类指标（超标倍数）"), ("mainPollutants", "主要污染指标"), ("samples", "样品数"),
    ];

    private static readonly (string Key, string Header)[] RiverColumns =
    [
        ("name", "河流（湖库）"), ("sections", "断面数"), ("status", "水质状况"), ("iiiOrBetter", "Ⅰ–Ⅲ类比例(%)"), ("worseThanV", "劣Ⅴ类比例(%)"),
        ("meanClass", "均值类别（不足5个断面）"),
    ];

    private static readonly (string Key, string Header)[] SourceColumns =
    [
        ("name", "水源地"), ("kind", "类型"), ("samples", "样品数"), ("compliant", "是否达标"), ("failures", "超标项目"),
    ];

    public static async Task<WaterReportContent> BuildAsync(OasisDb db, string city, string kind, WaterEvaluation.Period period, DateTimeOffset now,
        CancellationToken ct)
    {
        var everyone = new DataScope(true, new HashSet<string>(), new HashSet<string>(), null);
        var assessment = await WaterEvaluationEndpoints.AssessAsync(db, everyone, period, ct).ConfigureAwait(false);
        var indicators = await WaterEvaluationEndpoints.IndicatorsOfAsync(db, WaterEvaluation.Period.Year(period.From.Year), ct).ConfigureAwait(false);
        var bodies = await db.WaterBodies.AsNoTracking().ToDictionaryAsync(b => b.Code, b => b.Name, ct).ConfigureAwait(false);
        var levels = await db.WaterSections.AsNoTracking().ToDictionaryAsync(s => s.Code, s => s.ControlLevel, ct).ConfigureAwait(false);
        var all = await db.ManualSamples.AsNoTracking().Where(s => s.Date >= period.From && s.Date <= period.To && s.SiteKind != "well")
            .ToListAsync(ct).ConfigureAwait(false);
        var samples = all.Evaluated(); // quality-control replicates are counted apart (decision 0319)
        var warnings = samples.Sum(s => s.DetectionLimitWarnings().Count);
        var classed = assessment.Sections.Where(s => s.Class is not null).ToList();

        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = city + (kind == WaterReportKinds.Monthly
                ? $"地表水环境质量月报（{period.From.Year}年{period.From.Month}月）"
                : $"地表水环境质量年报（{period.From.Year}年）"),
            ["period"] = $"{Date(period.From)} 至 {Date(period.To)}",
            ["method"] = "GB 3838-2002《地表水环境质量标准》表1；《地表水环境质量评价办法（试行）》（环办〔2011〕22号）：除水温、总氮、粪大肠菌群外的 21 项"
                + "指标单因子评价，水质类别取最差指标类别，超标倍数按Ⅲ类限值计算；总氮、粪大肠菌群单独评价；饮用水水源地按表1Ⅲ类及表2、表3所测项目评价",
            ["dataBasis"] = DataBasis(kind, samples.Count, all.Count - samples.Count, classed.Count, warnings),
            ["generatedAt"] = now.ToBeijing().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）",
            ["summary"] = Summary(assessment, indicators, classed.Count),
            ["sectionCount"] = classed.Count,
            ["iiiOrBetterCount"] = classed.Count(s => WaterSections.ParseClass(s.Class!).IsIIIOrBetter()),
            ["worseThanVCount"] = classed.Count(s => s.Class == "劣V"),
            ["riverIIIOrBetterShare"] = Percent(indicators.RiverIIIOrBetterShare),
            ["riverWorseThanVShare"] = Percent(indicators.RiverWorseThanVShare),
            ["lakeIIIOrBetterShare"] = Percent(indicators.LakeIIIOrBetterShare),
            ["lakeWorseThanVShare"] = Percent(indicators.LakeWorseThanVShare),
            ["sourcesCompliantShare"] = Percent(indicators.SourcesCompliantShare),
            ["detectionLimitWarnings"] = warnings,
        };
        var tables = new Dictionary<string, ReportTable>(StringComparer.Ordinal)
        {
            ["sections"] = new(SectionColumns, [.. assessment.Sections.Select(s => Row(SectionColumns,
                s.Section, s.Name, s.WaterBody is { } b ? bodies.GetValueOrDefault(b, b) : null, LevelText(levels.GetValueOrDefault(s.Section)),
                WaterUi.Roman(s.Target), s.Class is null ? "无数据" : WaterUi.Roman(s.Class), StatusText(s.Status), YesNo(s.MeetsTarget),
                string.Join("、", s.Exceeding.Select(e => e.Multiple is { } x ? $"{e.Indicator}({x.ToString("0.00", CultureInfo.InvariantCulture)})" : e.Indicator)),
                string.Join("、", s.MainPollutants), s.Samples))]),
            ["rivers"] = new(RiverColumns, [.. assessment.Rivers.Select(r => Row(RiverColumns,
                r.Name, r.Sections, StatusText(r.Status), Percent(r.IIIOrBetterShare), Percent(r.WorseThanVShare),
                r.MeanClass is null ? null : WaterUi.Roman(r.MeanClass)))]),
            ["sources"] = new(SourceColumns, [.. assessment.Sources.Select(s => Row(SourceColumns,
                s.Name, s.Kind == "surface" ? "地表水" : "地下水", s.Samples,
                s.Compliant is { } c ? (c ? "达标" : "不达标") : s.Kind == "surface" ? "无数据" : "未评价（GB/T 14848 未实现）",
                string.Join("、", s.Failures)))]),
        };
        return new WaterReportContent(new ReportContent(values, tables), classed.Count, samples.Count);
    }

    private static string DataBasis(string kind, int samples, int qualityControl, int sections, int warnings) =>
        $"手工监测样品 {samples} 个，{sections} 个断面有评价结果；"
        + (qualityControl > 0 ? $"另有质控样 {qualityControl} 个，已记录但不参与评价；" : "")
        + (kind == WaterReportKinds.Monthly ? "月均值为当月各采样日的均值（同日平行样先取均值）" : "年均值为各月均值的算术平均（同日平行样先取均值）")
        + "；低于检出限的数据按检出限的一半参与均值；自动监测站数据不参与本报告的评价（另见断面页自动监测月评价，决定 0315）"
        + (warnings > 0 ? $"；有 {warnings} 个未检出数据的检出限高于Ⅰ类（或水源地项目）限值" : "") + "。";

    private static string Summary(WaterAssessmentDto assessment, WaterIndicatorsDto indicators, int sections)
    {
        if (sections == 0)
        {
            return "本期无断面监测数据。";
        }

        var good = assessment.Sections.Count(s => s.Class is { } c && WaterSections.ParseClass(c).IsIIIOrBetter());
        var bad = assessment.Sections.Count(s => s.Class == "劣V");
        var sources = assessment.Sources.Where(s => s.Compliant is not null).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"全市 {sections} 个有数据的断面中，Ⅰ–Ⅲ类 {good} 个（{good * 100.0 / sections:0.0}%），劣Ⅴ类 {bad} 个（{bad * 100.0 / sections:0.0}%）；"
            + $"评价的地表水饮用水水源地 {sources.Count} 个，达标 {sources.Count(s => s.Compliant == true)} 个。"
            + $"年度考核断面（{indicators.Year}年）河流Ⅰ–Ⅲ类比例 {Percent(indicators.RiverIIIOrBetterShare)?.ToString(CultureInfo.InvariantCulture) ?? "—"}%。");
    }

    private static Dictionary<string, object?> Row((string Key, string Header)[] columns, params object?[] cells) =>
        columns.Zip(cells).ToDictionary(p => p.First.Key, p => p.Second, StringComparer.Ordinal);

    /// <summary>A share as a percentage with one decimal (CONTRACTS.md), half to even as the engine rounds.</summary>
    internal static decimal? Percent(decimal? share) => share is { } s ? Math.Round(s * 100, 1, MidpointRounding.ToEven) : null;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? YesNo(bool? value) => value is { } v ? (v ? "是" : "否") : null;

    private static string? LevelText(string? level) => level switch
    {
        "national" => "国控",
        "regional" => "省控",
        "city" => "市控",
        _ => level,
    };

    internal static string? StatusText(string? status) => status switch
    {
        "excellent" => "优",
        "good" => "良好",
        "lightly-polluted" => "轻度污染",
        "moderately-polluted" => "中度污染",
        "heavily-polluted" => "重度污染",
        _ => null,
    };
}
