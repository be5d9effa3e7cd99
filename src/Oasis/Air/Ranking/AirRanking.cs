using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Scopes;
using Oasis.Standards.Air;

namespace Oasis.Air.Ranking;

/// <summary>One place in a ranking: a station or a town, its period figures, and whether the figures are official.</summary>
internal sealed record AirRankDto(int? Rank, string Code, string Name, string Kind, bool Official, int Stations, int ValidDays,
    decimal? CompositeIndex, decimal? Pm25, decimal? Pm10, decimal? GoodRatio, int GoodDays, int HeavyDays);

/// <summary>
/// 排名 (decision 0508): the stations, or the towns and streets by their micro-stations, ranked over a period by the
/// comprehensive index (the lower the better), then PM2.5. Every figure comes from the engine over the stored days; a
/// town's day is the mean of its micro-stations' daily values under the city's 75 % rule. Micro-stations do not count
/// for official evaluation (HJ 663 uses the evaluation stations), so their ranking is labelled non-official (非官方).
/// </summary>
internal static class AirRanking
{
    public const string ByStations = "stations";
    public const string ByTowns = "towns";

    public static async Task<List<AirRankDto>> RankAsync(AirDailyStore store, OasisDb db, DataScope scope, string by, AirQuery query, DustBasis dust, CancellationToken ct)
    {
        // A station outside any grid (one an import created) is ranked among the stations; a town ranks its micro-stations.
        var stations = (await (from s in db.Stations.AsNoTracking().Where(s => StationKinds.Air.Contains(s.Kind))
                               join g in db.Grids.AsNoTracking() on s.GridCode equals g.Code into grids
                               from g in grids.DefaultIfEmpty()
                               select new { s.Code, s.Name, s.Kind, s.Evaluation, s.GridCode, TownCode = g == null ? null : g.TownCode })
                .ToListAsync(ct).ConfigureAwait(false))
            .Where(s => scope.SeesGrid(s.GridCode) && (by == ByStations || (s.Kind == "micro" && s.TownCode is not null)))
            .OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var days = await AirFigures.StationsAsync(store, db, [.. stations.Select(s => s.Code)], query.From, query.To, dust.ForEngine, query.Status, ct).ConfigureAwait(false);
        var edition = EditionSelector.For(query.To, query.Choice);
        var rows = new List<AirRankDto>();
        if (by == ByStations)
        {
            for (var i = 0; i < stations.Count; i++)
            {
                var s = stations[i];
                var official = s.Evaluation && StationKinds.AirEvaluation.Contains(s.Kind);
                rows.Add(Row(s.Code, s.Name, s.Kind, official, 1, Rate(days[i].Days, query), edition, dust));
            }
        }
        else
        {
            var towns = await db.Towns.AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, ct).ConfigureAwait(false);
            foreach (var town in stations.Select((s, i) => (s.TownCode, Index: i)).GroupBy(x => x.TownCode).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var members = town.Select(x => days[x.Index]).ToList();
                rows.Add(Row(town.Key, towns.GetValueOrDefault(town.Key, town.Key), "town", false, members.Count, Rate(Combine(members, query), query), edition, dust));
            }
        }

        return Ranked(rows);
    }

    private static DailyAirQuality[] Rate(DailyConcentrations[] days, AirQuery query)
    {
        var rated = new DailyAirQuality[days.Length];
        for (var d = 0; d < days.Length; d++)
        {
            rated[d] = DailyAirQuality.Evaluate(query.From.AddDays(d), days[d], query.Choice);
        }

        return rated;
    }

    /// <summary>A town's days: per day the mean of its micro-stations' daily values, valid when ≥ 75 % of them are.</summary>
    private static DailyConcentrations[] Combine(List<(string Station, DailyConcentrations[] Days, bool[] Present)> members, AirQuery query)
    {
        var count = query.To.DayNumber - query.From.DayNumber + 1;
        var result = new DailyConcentrations[count];
        var buffer = new DailyConcentrations[members.Count];
        for (var d = 0; d < count; d++)
        {
            var n = 0;
            foreach (var member in members)
            {
                if (member.Present[d])
                {
                    buffer[n++] = member.Days[d];
                }
            }

            result[d] = n > 0 ? CityAggregation.Combine(buffer.AsSpan(0, n), members.Count) : DailyConcentrations.Empty;
        }

        return result;
    }

    private static AirRankDto Row(string code, string name, string kind, bool official, int stations, DailyAirQuality[] days, AirStandardEdition edition, DustBasis dust)
    {
        var s = PeriodEvaluation.Evaluate(days, edition, dustDeducted: dust.Deducts);
        return new AirRankDto(null, code, name, kind, official, stations, s.ValidDays, s.CompositeIndex, s.Pm25.Mean, s.Pm10.Mean, s.GoodRatio, s.GoodDays, s.HeavyDays);
    }

    /// <summary>By comprehensive index, then PM2.5 (lower first); places without either come last, unranked.</summary>
    private static List<AirRankDto> Ranked(List<AirRankDto> rows)
    {
        var ordered = rows.OrderBy(r => r.CompositeIndex is null && r.Pm25 is null)
            .ThenBy(r => r.CompositeIndex ?? decimal.MaxValue).ThenBy(r => r.Pm25 ?? decimal.MaxValue).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        int? rank = 0;
        (decimal?, decimal?) previous = default;
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            var key = (r.CompositeIndex, r.Pm25);
            // Equal figures share a place (1, 2, 2, 4).
            rank = r.CompositeIndex is null && r.Pm25 is null ? null : i > 0 && key == previous ? rank : i + 1;
            previous = key;
            ordered[i] = r with { Rank = rank };
        }

        return ordered;
    }
}
