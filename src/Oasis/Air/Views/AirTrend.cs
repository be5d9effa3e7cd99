using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Air.Views;

/// <summary>One point of a trend: a day (AQI and the pollutant's daily value) or a month (the pollutant's mean, the good-day ratio).</summary>
internal sealed record AirTrendPointDto(DateOnly Date, int? Aqi, decimal? Value, int? ValidDays, decimal? GoodRatio);

internal sealed record AirTrendSeriesDto(string Station, List<AirTrendPointDto> Points);

/// <summary>
/// <c>GET /api/air/trend</c>: per station (or the city) the days of a period, or its months, with the GB 3095 Grade II
/// limit of the pollutant for the line (24-hour limit for days, O3 its 8-hour one; the annual limit for months where
/// GB 3095 has one, none for CO and O3), in the edition in force on the period's last day.
/// </summary>
internal sealed record AirTrendDto(string Pollutant, string Step, DateOnly From, DateOnly To, decimal? Limit, string? LimitKind, string LimitEdition,
    List<AirTrendSeriesDto> Series);

/// <summary>Trend figures (decision 0520): the days exactly as <c>/api/air/daily</c> rates them; a month's figures by <see cref="PeriodEvaluation"/>.</summary>
internal static class AirTrend
{
    public const string Day = "day";
    public const string Month = "month";

    public static async Task<AirTrendDto> ComputeAsync(AirDailyStore daily, OasisDb db, IReadOnlyList<string> stations, Pollutant pollutant, string step,
        AirQuery query, CancellationToken ct)
    {
        var basis = await DustBasis.LoadAsync(db, query.Dust, query.DustSource, query.From, query.To, ct).ConfigureAwait(false);
        var series = new List<AirTrendSeriesDto>(stations.Count);
        foreach (var station in stations)
        {
            var rated = await AirEndpoints.RateAsync(daily, db, station, query.From, query.To, query.Choice, basis, query.Status, ct).ConfigureAwait(false);
            series.Add(new AirTrendSeriesDto(station, step == Month ? Months(rated, pollutant, query) : Days(rated, pollutant, basis)));
        }

        var edition = EditionSelector.For(query.To, query.Choice);
        var limits = AirQualityLimits.For(edition);
        var (limit, kind) = step == Month
            ? (Annual(limits, pollutant), Annual(limits, pollutant) is null ? null : "annual")
            : (limits.DailyLimit(pollutant), pollutant == Pollutant.O3 ? "8h" : "24h");
        return new AirTrendDto(AirViewParameters.Code(pollutant), step, query.From, query.To, limit, kind, AirQuery.Code(edition), series);
    }

    private static List<AirTrendPointDto> Days(RatedDays rated, Pollutant pollutant, DustBasis basis)
    {
        var points = new List<AirTrendPointDto>();
        for (var d = 0; d < rated.Days.Length; d++)
        {
            if (rated.Present[d])
            {
                var row = AirDailyDto.Of(rated.Name, rated.Days[d], basis);
                points.Add(new AirTrendPointDto(row.Date, row.Aqi, AirViewParameters.Value(row, pollutant), null, null));
            }
        }

        return points;
    }

    /// <summary>Each calendar month of the period (cut to the period): the mean of the pollutant's valid daily values and the good-day ratio.</summary>
    private static List<AirTrendPointDto> Months(RatedDays rated, Pollutant pollutant, AirQuery query)
    {
        var points = new List<AirTrendPointDto>();
        for (var start = query.From; start <= query.To; start = new DateOnly(start.Year, start.Month, 1).AddMonths(1))
        {
            var (year, month) = (start.Year, start.Month);
            var s = PeriodEvaluation.Evaluate(rated.Days, EditionSelector.For(query.To, query.Choice), d => d.Year == year && d.Month == month);
            var p = s.Of(pollutant);
            points.Add(new AirTrendPointDto(start, null, p.Mean, p.ValidDays, s.GoodRatio));
        }

        return points;
    }

    /// <summary>GB 3095's annual Grade II limit; CO and O3 have none.</summary>
    private static decimal? Annual(AirQualityLimits limits, Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm25 => limits.Pm25Annual,
        Pollutant.Pm10 => limits.Pm10Annual,
        Pollutant.So2 => limits.So2Annual,
        Pollutant.No2 => limits.No2Annual,
        _ => null,
    };
}
