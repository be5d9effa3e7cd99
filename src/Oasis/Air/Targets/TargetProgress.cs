using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Air.Targets;

/// <summary>
/// The city's year against its targets (decision 0503): the figure so far on the target's own basis (edition, dust),
/// and what the rest of the year may still hold, computed by <see cref="TargetTrajectory"/>.
/// </summary>
internal static class TargetProgress
{
    public static async Task<TargetProgressDto> ComputeAsync(AirDailyStore daily, OasisDb db, int year, DateOnly today, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        // Today is not over: the year so far ends yesterday.
        DateOnly? through = today <= first ? null : (today.AddDays(-1) < last ? today.AddDays(-1) : last);
        var remaining = TargetTrajectory.RemainingDays(year, through);
        var targets = await db.AirTargets.AsNoTracking().Where(t => t.Role == AirTargetCodes.Target).ToListAsync(ct).ConfigureAwait(false);
        var cache = new Dictionary<(string Edition, string Dust), (DailyAirQuality[] Days, DustBasis Dust)>();
        var indicators = new List<IndicatorProgressDto>();
        List<ProgressDayDto>? series = null;
        foreach (var indicator in AirTargetCodes.Indicators)
        {
            if (Pick(targets, indicator, year) is not { } target)
            {
                continue;
            }

            var key = (target.Edition, target.Dust);
            if (!cache.TryGetValue(key, out var rated))
            {
                var choice = target.Edition == "2012" ? EditionChoice.Force2012 : EditionChoice.Force2026;
                var dust = through is { } end
                    ? await DustBasis.LoadAsync(db, target.Dust, DustBasis.DefaultSource, first, end, ct).ConfigureAwait(false)
                    : (target.Dust == DustBasis.Deduct ? new DustBasis(DustBasis.Deduct, DustBasis.DefaultSource, []) : DustBasis.Included);
                var days = through is { } to ? (await AirFigures.CityAsync(daily, db, first, to, choice, dust.ForEngine, AirDataStatus.Reviewed, ct).ConfigureAwait(false)).Days : [];
                rated = (days, dust);
                cache[key] = rated;
            }

            indicators.Add(Indicator(target, rated.Days, rated.Dust, remaining));
            series ??= Series(rated.Days);
        }

        return new TargetProgressDto(year, through, through is null ? 0 : through.Value.DayNumber - first.DayNumber + 1, remaining, indicators, series ?? []);
    }

    /// <summary>The target a year is measured against: its own; else the plan target it heads for; else the last one set.</summary>
    public static AirTarget? Pick(IEnumerable<AirTarget> targets, string indicator, int year)
    {
        var mine = targets.Where(t => t.Indicator == indicator).ToList();
        return mine.FirstOrDefault(t => t.Year == year)
            ?? mine.Where(t => t.Year > year).OrderBy(t => t.Year).FirstOrDefault()
            ?? mine.Where(t => t.Year < year).OrderByDescending(t => t.Year).FirstOrDefault();
    }

    private static IndicatorProgressDto Indicator(AirTarget target, DailyAirQuality[] days, DustBasis dust, int remaining)
    {
        var value = (decimal)target.Value;
        int valid = 0, good = 0, heavy = 0, pm25Days = 0;
        var pm25Sum = 0.0;
        foreach (var day in days)
        {
            if (day.Aqi.Aqi is int aqi)
            {
                valid++;
                good += aqi <= 100 ? 1 : 0;
                heavy += aqi > 200 ? 1 : 0;
            }

            if (day.Concentrations.Pm25 >= 0)
            {
                pm25Days++;
                pm25Sum += day.Concentrations.Pm25;
            }
        }

        var common = (Target: AirTargetRegistry.ToDto(target), Dust: dust.Basis, Source: dust.Source, Periods: dust.Periods.Count);
        switch (target.Indicator)
        {
            case AirTargetCodes.GoodRatio:
            {
                var t = TargetTrajectory.AtLeast(good, valid, remaining, value);
                return new IndicatorProgressDto(target.Indicator, common.Target, target.Edition, common.Dust, common.Source, common.Periods,
                    t.SoFar, valid, good, t.Allowed, t.FinalRatioAtLimit, null, null, t.Allowed is not null);
            }

            case AirTargetCodes.HeavyRatio:
            {
                var t = TargetTrajectory.AtMost(heavy, valid, remaining, value);
                return new IndicatorProgressDto(target.Indicator, common.Target, target.Edition, common.Dust, common.Source, common.Periods,
                    t.SoFar, valid, heavy, t.Allowed, t.FinalRatioAtLimit, null, null, t.Allowed is not null);
            }

            default:
            {
                var t = TargetTrajectory.AtMostMean(GbT8170.ToDecimal(pm25Sum), pm25Days, remaining, value);
                var reachable = t.RemainingMeanLimit is { } l ? l > 0 || (l == 0 && t.LimitInclusive) : t.SoFar is { } s && s <= value;
                return new IndicatorProgressDto(target.Indicator, common.Target, target.Edition, common.Dust, common.Source, common.Periods,
                    t.SoFar, pm25Days, null, null, null, t.RemainingMeanLimit is { } x ? Math.Round(x, 2, MidpointRounding.ToZero) : null,
                    t.RemainingMeanLimit is null ? null : t.LimitInclusive, reachable);
            }
        }
    }

    /// <summary>Day by day: the cumulative good-day and heavy-day ratios and the running PM2.5 mean (one decimal), for the chart.</summary>
    private static List<ProgressDayDto> Series(DailyAirQuality[] days)
    {
        var result = new List<ProgressDayDto>(days.Length);
        int valid = 0, good = 0, heavy = 0, n = 0;
        var sum = 0.0;
        foreach (var day in days)
        {
            if (day.Aqi.Aqi is int aqi)
            {
                valid++;
                good += aqi <= 100 ? 1 : 0;
                heavy += aqi > 200 ? 1 : 0;
            }

            if (day.Concentrations.Pm25 >= 0)
            {
                n++;
                sum += day.Concentrations.Pm25;
            }

            result.Add(new ProgressDayDto(day.Date, PeriodEvaluation.Ratio(good, valid), PeriodEvaluation.Ratio(heavy, valid),
                n == 0 ? null : GbT8170.Round(GbT8170.ToDecimal(sum / n), 1)));
        }

        return result;
    }
}

/// <summary><c>GET /api/air/targets/progress</c>: the year so far (through the last complete day) against each indicator's target.</summary>
internal sealed record TargetProgressDto(int Year, DateOnly? Through, int EvaluatedDays, int RemainingDays, List<IndicatorProgressDto> Indicators, List<ProgressDayDto> Days);

/// <summary>
/// One indicator: <see cref="SoFar"/> as the engine reports it on the target's edition and dust basis; for ratios
/// <see cref="Count"/> (good or heavy days) and <see cref="AllowedDays"/> (more non-good, or more heavy, days the rest
/// of the year may hold; null = out of reach); for PM2.5 <see cref="RemainingMeanLimit"/> (µg/m³, truncated to two
/// decimals; the remaining days' mean must stay below it, or equal it when <see cref="LimitInclusive"/>).
/// </summary>
internal sealed record IndicatorProgressDto(string Indicator, AirTargetDto Target, string Edition, string Dust, string? DustSource, int DustPeriods,
    decimal? SoFar, int ValidDays, int? Count, int? AllowedDays, decimal? FinalRatioAtLimit, decimal? RemainingMeanLimit, bool? LimitInclusive, bool Reachable);

/// <summary>One day of the chart: cumulative ratios (%) and running PM2.5 mean (µg/m³) from 1 January.</summary>
internal sealed record ProgressDayDto(DateOnly Date, decimal? GoodRatio, decimal? HeavyRatio, decimal? Pm25Mean);
