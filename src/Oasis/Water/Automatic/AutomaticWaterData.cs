using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Hj212;
using Oasis.Monitoring.Readings;
using Oasis.Platform.Time;
using Oasis.Standards.Water;
using Oasis.Water.Evaluation;
using Oasis.Water.Registry;

namespace Oasis.Water.Automatic;

/// <summary>One Beijing day of an automatic station: the mean of each factor's valid hours, and how many hours it had.</summary>
internal sealed record AutomaticDayDto(DateOnly Date, IReadOnlyDictionary<string, double> Values, IReadOnlyDictionary<string, int> Hours);

/// <summary>A factor the station reported: its w-code, name and unit, and the GB 3838 indicator it is evaluated as (null: shown only).</summary>
internal sealed record AutomaticFactorDto(string Factor, string Name, string? Unit, string? Indicator);

/// <summary>A section's automatic-station daily means over a period (<c>GET /api/water/sections/{code}/automatic</c>).</summary>
internal sealed record AutomaticDailyDto(string Section, string? Station, DateOnly From, DateOnly To, IReadOnlyList<AutomaticFactorDto> Factors,
    IReadOnlyList<AutomaticDayDto> Days);

/// <summary>
/// The automatic-station monthly evaluation, apart from the manual one (decision 0315): <c>basis</c> is always
/// <c>automatic</c>; <c>indicators</c> the Table 1 items the station measures, the only ones its class can rest on.
/// </summary>
internal sealed record AutomaticMonthlyDto(string Section, string? Station, string Basis, IReadOnlyList<string> Indicators, IReadOnlyList<SectionEvaluationDto> Months);

/// <summary>
/// Reads a section's automatic station (its <c>stationCode</c>'s devices, HJ 212 ST 21) through the hourly layer and turns it
/// into daily means (the mean of the Beijing day's valid hours, no minimum count: decision 0315) and monthly evaluations by
/// the engine (a month is the mean of its daily means, as a month of manual samples is the mean of its days).
/// </summary>
internal static class AutomaticWaterData
{
    /// <summary>The longest period read at once: a year (the hourly layer reads raw 2061/2051 rows).</summary>
    public const int MaxDays = 366;

    public static async Task<AutomaticDailyDto> DailyAsync(OasisDb db, WaterSection section, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // Rounded for display only; the monthly evaluation uses the exact means.
        var days = (await DaysAsync(db, section.StationCode, from, to, ct).ConfigureAwait(false))
            .Select(d => d with { Values = d.Values.ToDictionary(v => v.Key, v => Math.Round(v.Value, 4), StringComparer.Ordinal) }).ToList();
        var factors = days.SelectMany(d => d.Values.Keys).Distinct().Order(StringComparer.Ordinal).Select(f =>
        {
            var pollutant = PollutantCatalogue.Find(f);
            return new AutomaticFactorDto(f, pollutant?.NameZh ?? f, pollutant?.Unit, AutomaticFactors.IndicatorOf(f)?.Code());
        }).ToList();
        return new AutomaticDailyDto(section.Code, section.StationCode, from, to, factors, days);
    }

    public static async Task<AutomaticMonthlyDto> MonthlyAsync(OasisDb db, WaterSection section, DateOnly firstMonth, DateOnly lastMonth, CancellationToken ct)
    {
        var days = await DaysAsync(db, section.StationCode, firstMonth, lastMonth.AddMonths(1).AddDays(-1), ct).ConfigureAwait(false);
        var body = await db.WaterBodies.AnyAsync(b => b.Code == section.WaterBodyCode && b.Kind != "river", ct).ConfigureAwait(false)
            ? WaterBodyKind.Lake : WaterBodyKind.River;
        var dated = days.Select(d => new DatedWaterSample(d.Date, AutomaticFactors.ToSample(d.Values, body)))
            .Where(d => WaterIndicators.All.Any(i => d.Sample[i] is not null)).ToList();
        var months = new List<SectionEvaluationDto>();
        for (var m = firstMonth; m <= lastMonth; m = m.AddMonths(1))
        {
            months.Add(WaterEvaluation.Section(section.Code, section.Name, section.WaterBodyCode, section.TargetClass, dated, WaterEvaluation.Period.Month(m.Year, m.Month)));
        }

        var indicators = WaterIndicators.All.Where(i => dated.Any(d => d.Sample[i] is not null)).Select(i => i.Code()).ToList();
        return new AutomaticMonthlyDto(section.Code, section.StationCode, "automatic", indicators, months);
    }

    private static async Task<List<AutomaticDayDto>> DaysAsync(OasisDb db, string? station, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (station is null)
        {
            return [];
        }

        var mns = await db.Devices.AsNoTracking().Where(d => d.StationCode == station).Select(d => d.Mn).ToListAsync(ct).ConfigureAwait(false);
        var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - BeijingTime.Offset;
        var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - BeijingTime.Offset;
        var hours = await HourlyReadings.LoadAsync(db, mns, fromUtc, toUtc, ct).ConfigureAwait(false);
        return [.. hours
            .GroupBy(h => DateOnly.FromDateTime(h.HourUtc + BeijingTime.Offset))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var byFactor = g.GroupBy(h => h.Factor, StringComparer.Ordinal).ToList();
                return new AutomaticDayDto(g.Key,
                    byFactor.ToDictionary(f => f.Key, f => f.Average(h => h.Value), StringComparer.Ordinal),
                    byFactor.ToDictionary(f => f.Key, f => f.Count(), StringComparer.Ordinal));
            })];
    }
}
