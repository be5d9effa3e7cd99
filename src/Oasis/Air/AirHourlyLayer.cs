using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Readings;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>A station's merged hours over whole Beijing days, and which days had any hour at all.</summary>
internal sealed record StationHours(string Station, HourlySeries Series, bool[] Present);

/// <summary>
/// The hourly layer the air figures rest on (decision 0501): per station and hour, the reviewed import (审核) if
/// present, else the real-time import (实况), else the HJ 212 hourly value of the station's devices. An import row
/// wins as a whole — a value a reviewer left empty stays missing rather than falling back to a lower layer.
/// </summary>
internal static class AirHourlyLayer
{
    private const int H = 24;

    // Rank of a layer: a higher one replaces a lower one for the hour.
    private const byte Hj212Rank = 1;
    private const byte RealtimeRank = 2;
    private const byte ReviewedRank = 3;

    /// <summary>The hours of <paramref name="station"/> from <paramref name="from"/> to <paramref name="to"/> (Beijing days, inclusive).</summary>
    public static async Task<StationHours> LoadAsync(OasisDb db, string station, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var series = new HourlySeries(from, days);
        var rank = new byte[days * H];
        var fromUtc = ToUtc(from);
        var toUtc = ToUtc(to.AddDays(1));

        var imported = await db.AirHours.AsNoTracking()
            .Where(h => h.StationCode == station && h.HourUtc >= fromUtc && h.HourUtc < toUtc)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var row in imported)
        {
            var i = IndexOf(row.HourUtc, fromUtc);
            var r = row.Status == AirDataStatus.Reviewed ? ReviewedRank : RealtimeRank;
            if (i < 0 || i >= rank.Length || rank[i] >= r)
            {
                continue;
            }

            rank[i] = r;
            Set(series, Pollutant.Pm25, i, row.Pm25);
            Set(series, Pollutant.Pm10, i, row.Pm10);
            Set(series, Pollutant.So2, i, row.So2);
            Set(series, Pollutant.No2, i, row.No2);
            Set(series, Pollutant.Co, i, row.Co);
            Set(series, Pollutant.O3, i, row.O3);
        }

        var mns = await db.Devices.AsNoTracking().Where(d => d.StationCode == station).Select(d => d.Mn).ToListAsync(ct).ConfigureAwait(false);
        if (mns.Count > 0)
        {
            foreach (var value in await HourlyReadings.LoadAsync(db, mns, fromUtc, toUtc, ct).ConfigureAwait(false))
            {
                var i = IndexOf(value.HourUtc, fromUtc);
                if (i < 0 || i >= rank.Length || rank[i] > Hj212Rank || !AirFactors.TryGet(value.Factor, out var pollutant))
                {
                    continue;
                }

                rank[i] = Hj212Rank;
                series.Of(pollutant)[i] = value.Value;
            }
        }

        await ApplyReviewAsync(db, station, series, fromUtc, toUtc, ct).ConfigureAwait(false);
        var present = new bool[days];
        for (var i = 0; i < rank.Length; i++)
        {
            present[i / H] |= rank[i] > 0;
        }

        return new StationHours(station, series, present);
    }

    /// <summary>
    /// The reviewed layer (审核, decision 0506): the values that review marks declare invalid are left out; the raw rows
    /// stay as they are. A withdrawn mark no longer counts.
    /// </summary>
    private static async Task ApplyReviewAsync(OasisDb db, string station, HourlySeries series, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var marks = await db.AirReviewMarks.AsNoTracking()
            .Where(m => m.StationCode == station && m.WithdrawnAt == null && m.StartUtc < toUtc && m.EndUtc > fromUtc)
            .Select(m => new { m.Pollutant, m.StartUtc, m.EndUtc }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var mark in marks)
        {
            var first = Math.Max(0, IndexOf(mark.StartUtc, fromUtc));
            var end = Math.Min(series.Hours, IndexOf(mark.EndUtc, fromUtc));
            foreach (var pollutant in Enum.GetValues<Pollutant>())
            {
                if (mark.Pollutant is null || mark.Pollutant == pollutant.Code())
                {
                    series.Of(pollutant)[first..Math.Max(first, end)].Fill(double.NaN);
                }
            }
        }
    }

    /// <summary>The UTC instant of 00:00 Beijing time on <paramref name="day"/>.</summary>
    public static DateTime ToUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);

    private static int IndexOf(DateTime hourUtc, DateTime fromUtc) => (int)Math.Floor((hourUtc - fromUtc).TotalHours);

    private static void Set(HourlySeries series, Pollutant pollutant, int index, double? value) =>
        series.Of(pollutant)[index] = value ?? double.NaN;
}
