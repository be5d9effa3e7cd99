using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Reports;
using Oasis.Platform.Time;
using Oasis.Standards.Air;

namespace Oasis.Air.Reports;

/// <summary>
/// What a report says: the city's (or one station's, decision 0511) period figures and its days, computed exactly as
/// <c>GET /api/air/period</c> and <c>GET /api/air/daily</c> compute them (the same DTOs), with the labels a report states —
/// edition, data status, dust. Values are keyed by the template tags (docs/air-reports.md).
/// </summary>
internal sealed record AirReportContent(AirPeriodDto Period, List<AirDailyDto> Days, string DataStatus, IReadOnlyDictionary<string, object?> Values,
    List<Dictionary<string, object?>> DayRows)
{
    private static readonly (string Key, string Header)[] DayColumns =
    [
        ("date", "日期"), ("aqi", "AQI"), ("category", "类别"), ("primary", "首要污染物"), ("pm25", "PM2.5"), ("pm10", "PM10"),
        ("so2", "SO2"), ("no2", "NO2"), ("co", "CO"), ("o3_8h", "O3_8h"),
    ];

    /// <summary>The values and the table of days (tag <c>days</c>) for the template writer.</summary>
    public ReportContent ToReport() => new(Values, new Dictionary<string, ReportTable>(StringComparer.Ordinal) { ["days"] = new(DayColumns, DayRows) });

    public static async Task<AirReportContent> BuildAsync(AirDailyStore daily, OasisDb db, string city, string? station, string kind, DateOnly from, DateOnly to,
        EditionChoice choice, DustBasis dust, DateTimeOffset now, CancellationToken ct)
    {
        var rated = station is null
            ? await AirFigures.CityAsync(daily, db, from, to, choice, dust.ForEngine, AirDataStatus.Reviewed, ct).ConfigureAwait(false)
            : await AirFigures.StationAsync(daily, db, station, from, to, choice, dust.ForEngine, AirDataStatus.Reviewed, ct).ConfigureAwait(false);
        var statistics = PeriodEvaluation.Evaluate(rated.Days, EditionSelector.For(to, choice), dustDeducted: dust.Deducts);
        var period = AirPeriodDto.Of(rated.Name, from, to, statistics, AirEndpoints.EditionsOf(rated.Days), dust);
        var days = new List<AirDailyDto>();
        for (var i = 0; i < rated.Days.Length; i++)
        {
            if (rated.Present[i])
            {
                days.Add(AirDailyDto.Of(rated.Name, rated.Days[i], dust));
            }
        }

        var codes = station is null
            ? db.Stations.Where(s => s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind)).Select(s => s.Code)
            : db.Stations.Where(s => s.Code == station).Select(s => s.Code);
        var status = await DataStatusAsync(db, codes, from, to, ct).ConfigureAwait(false);
        var place = station is null ? null : await db.Stations.Where(s => s.Code == station).Select(s => s.Name).SingleAsync(ct).ConfigureAwait(false);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            // A station's report names the station in its title and in the station tag; the city's says 全市.
            ["title"] = city + (place is null ? "" : $"{place}（{station}）") + Title(kind, from),
            ["station"] = place is null ? "全市（评价点位）" : $"{place}（{station}）",
            ["period"] = from == to ? Date(from) : $"{Date(from)} 至 {Date(to)}",
            ["edition"] = EditionText(period.Edition),
            ["dataStatus"] = status.Text,
            ["dust"] = dust.Deducts ? $"扣除沙尘（{SourceText(dust.Source)}的沙尘过程 {dust.Periods.Count} 个）" : "未扣除沙尘",
            ["generatedAt"] = now.ToBeijing().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（北京时间）",
            ["validDays"] = period.ValidDays,
            ["goodDays"] = period.GoodDays,
            ["goodRatio"] = period.GoodRatio,
            ["heavyDays"] = period.HeavyDays,
            ["heavyRatio"] = period.HeavyRatio,
            ["pm25"] = period.Pm25,
            ["pm10"] = period.Pm10,
            ["so2"] = period.So2,
            ["no2"] = period.No2,
            ["coP95"] = period.CoP95,
            ["o3_8hP90"] = period.O3_8hP90,
            ["compositeIndex"] = period.CompositeIndex,
        };
        var single = days.Count == 1 && from == to ? days[0] : null;
        values["aqi"] = single?.Aqi;
        values["category"] = CategoryText(single?.Category);
        values["primary"] = single is null ? null : string.Join("、", single.Primary);
        var rows = days.Select(d => DayColumns.Select(c => c.Key).Zip((object?[])[Date(d.Date), d.Aqi, CategoryText(d.Category), string.Join("、", d.Primary), d.Pm25, d.Pm10, d.So2, d.No2, d.Co, d.O3_8h])
            .ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
        return new AirReportContent(period, days, status.Code, values, rows);
    }

    /// <summary>Share of the stations' imported hours that are reviewed (审核); the rest are real-time (实况) or HJ 212.</summary>
    private static async Task<(string Code, string Text)> DataStatusAsync(OasisDb db, IQueryable<string> codes, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (fromUtc, toUtc) = (AirHourlyLayer.ToUtc(from), AirHourlyLayer.ToUtc(to.AddDays(1)));
        var counts = await db.AirHours.Where(h => codes.Contains(h.StationCode) && h.HourUtc >= fromUtc && h.HourUtc < toUtc)
            .GroupBy(h => h.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct).ConfigureAwait(false);
        var reviewed = counts.Where(c => c.Key == AirDataStatus.Reviewed).Sum(c => c.Count);
        var total = counts.Sum(c => c.Count);
        return total == 0 ? ("none", "实况（自动监测数据，未经审核）")
            : reviewed == total ? ("reviewed", "审核")
            : reviewed == 0 ? ("realtime", "实况（未经审核）")
            : ("mixed", $"审核数据占 {reviewed * 100.0 / total:0.#}%，其余为实况");
    }

    private static string Title(string kind, DateOnly from) => kind switch
    {
        AirReportKinds.Daily => $"环境空气质量日报（{from.Year}年{from.Month}月{from.Day}日）",
        AirReportKinds.Monthly => $"环境空气质量月报（{from.Year}年{from.Month}月）",
        _ => $"环境空气质量年报（{from.Year}年）",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string EditionText(string edition) => edition switch
    {
        "2012" => "HJ 633-2012、GB 3095-2012（统计 HJ 663-2013）",
        "2026" => "HJ 633-2026、GB 3095-2026（统计沿用 HJ 663-2013）",
        _ => "2026-03-01 前 HJ 633-2012、GB 3095-2012，其后 HJ 633-2026、GB 3095-2026（统计 HJ 663-2013）",
    };

    private static string SourceText(string? source) => source switch
    {
        DustStatus.Proposed => "含监测站提出",
        DustStatus.Confirmed => "经国家总站确认",
        _ => "经领导审批",
    };

    private static string? CategoryText(string? code) =>
        code is null ? null : AirQualityCategory.Categories.First(c => c.Code == code).NameZh;
}
