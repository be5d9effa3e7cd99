using System.Text.Json.Serialization;
using Oasis.Air.Dust;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>
/// A row of <c>GET /api/air/daily</c>: the columns of <c>oasis air daily</c> in camelCase (docs/air-api.md).
/// Values are rounded by GB/T 8170 (CO one decimal, others integers); null where the CSV is empty. Each row says its
/// edition and dust basis (<c>include</c>, or <c>deduct</c> with the source level of the periods deducted).
/// </summary>
internal sealed record AirDailyDto(
    string Station,
    DateOnly Date,
    decimal? Pm25,
    decimal? Pm10,
    decimal? So2,
    decimal? No2,
    decimal? Co,
    [property: JsonPropertyName("o3_8h")] decimal? O3_8h,
    int? Aqi,
    string? Category,
    string[] Primary,
    string Edition,
    string Dust,
    string? DustSource)
{
    /// <summary>数据状态 of the layer the day rests on: <c>reviewed</c> (审核) or <c>realtime</c> (实况).</summary>
    public string Status { get; init; } = AirDataStatus.Reviewed;

    /// <summary>A station's valid hours per pollutant (by report code); null for the city.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, int>? ValidHours { get; init; }

    /// <summary>The city's evaluation stations with data that day; null for a station.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Stations { get; init; }

    public static AirDailyDto Of(string station, in DailyAirQuality day, DustBasis dust)
    {
        var c = day.Concentrations;
        return new AirDailyDto(
            station,
            day.Date,
            GbT8170.RoundConcentration(Pollutant.Pm25, c.Pm25),
            GbT8170.RoundConcentration(Pollutant.Pm10, c.Pm10),
            GbT8170.RoundConcentration(Pollutant.So2, c.So2),
            GbT8170.RoundConcentration(Pollutant.No2, c.No2),
            GbT8170.RoundConcentration(Pollutant.Co, c.Co),
            GbT8170.RoundConcentration(Pollutant.O3, c.O3Max8h),
            day.Aqi.Aqi,
            day.Aqi.Category?.Code,
            [.. day.Aqi.PrimaryPollutants.Members().Select(p => p.Code())],
            AirQuery.Code(day.Edition),
            dust.Basis,
            dust.Source);
    }
}

/// <summary>
/// <c>GET /api/air/period</c>: the columns of <c>oasis air annual</c> in camelCase, over [from, to] instead of a
/// calendar year (docs/air-api.md), with its editions, its dust basis and, at the top level, last year's same days on the
/// same basis (同口径) and on their own.
/// </summary>
internal sealed record AirPeriodDto(
    string Station,
    DateOnly From,
    DateOnly To,
    int ValidDays,
    bool Valid,
    decimal? So2,
    decimal? No2,
    decimal? Pm10,
    decimal? Pm25,
    decimal? So2P98,
    decimal? No2P98,
    decimal? Pm10P95,
    decimal? Pm25P95,
    decimal? CoP95,
    [property: JsonPropertyName("o3_8hP90")] decimal? O3_8hP90,
    int GoodDays,
    decimal? GoodRatio,
    int HeavyDays,
    decimal? HeavyRatio,
    decimal? CompositeIndex,
    string Edition,
    string Dust,
    string? DustSource,
    int DustPeriods)
{
    /// <summary>超标天数 per pollutant (by report code): valid days above the Grade II 24-hour limit (O3: the 8-hour one).</summary>
    public IReadOnlyDictionary<string, int> ExceedanceDays { get; init; } = new Dictionary<string, int>();

    /// <summary>首要污染物 days per pollutant (by report code); a day with two primary pollutants counts for both.</summary>
    public IReadOnlyDictionary<string, int> PrimaryDays { get; init; } = new Dictionary<string, int>();

    /// <summary>Valid days per pollutant (by report code) that the means and percentiles rest on.</summary>
    public IReadOnlyDictionary<string, int> PollutantValidDays { get; init; } = new Dictionary<string, int>();

    /// <summary>数据状态 of the layer the figures rest on: <c>reviewed</c> (审核) or <c>realtime</c> (实况).</summary>
    public string Status { get; init; } = AirDataStatus.Reviewed;

    /// <summary>Last year's comparison; null inside a comparison.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AirComparisonDto? Previous { get; init; }

    public static AirPeriodDto Of(string station, DateOnly from, DateOnly to, PeriodStatistics s, string edition, DustBasis dust) => new(
        station, from, to, s.ValidDays, s.MeetsAnnualValidity,
        s.So2.Mean, s.No2.Mean, s.Pm10.Mean, s.Pm25.Mean,
        s.So2.Percentile, s.No2.Percentile, s.Pm10.Percentile, s.Pm25.Percentile, s.Co.Percentile, s.O3.Percentile,
        s.GoodDays, s.GoodRatio, s.HeavyDays, s.HeavyRatio, s.CompositeIndex, edition, dust.Basis, dust.Source, dust.Periods.Count);
}

/// <summary>
/// 同口径 comparison: <see cref="SameBasis"/> is last year's same days rated by this period's edition; <see cref="OtherBasis"/>
/// the same days rated as the request's <c>standard</c> rates them by date (last year's own editions under <c>auto</c>).
/// </summary>
internal sealed record AirComparisonDto(AirPeriodDto SameBasis, AirPeriodDto OtherBasis);
