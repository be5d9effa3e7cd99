using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Readings;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>
/// A station's merged hours over whole Beijing days, which days had any hour at all, and how many of each day's hours
/// came from a reviewed (审核) import.
/// </summary>
internal sealed record StationHours(string Station, HourlySeries Series, bool[] Present, int[] ReviewedHours)
{
    /// <summary>Per hour, the layer its values came from (<see cref="AirHourlyLayer.Source"/>); 0 = no hour.</summary>
    public byte[] Sources { get; init; } = [];

    /// <summary>Per hour, bit p set when a review mark took pollutant p (<see cref="Pollutant"/> order) out; empty outside the reviewed layer.</summary>
    public byte[] Marked { get; init; } = [];
}

/// <summary>
/// The hourly layer the air figures rest on (decision 0501): per station and hour, the reviewed import (审核) if
/// present, else the real-time import (实况), else the HJ 212 hourly value of the station's devices. An import row
/// wins as a whole — a value a reviewer left empty stays missing rather than falling back to a lower layer.
/// The 实况 layer (status <c>realtime</c>, decision 0507) is the data as received: the real-time import, else HJ 212,
/// without reviewed imports and without review marks.
/// </summary>
internal static class AirHourlyLayer
{
    private const int H = 24;

    // Rank of a layer: a higher one replaces a lower one for the hour.
    private const byte Hj212Rank = 1;
    private const byte RealtimeRank = 2;
    private const byte ReviewedRank = 3;

    /// <summary>The code of a layer in <see cref="StationHours.Sources"/>: <c>hj212</c>, <c>realtime</c> (实况 import), <c>reviewed</c> (审核 import).</summary>
    public static string Source(byte rank) => rank switch
    {
        Hj212Rank => "hj212",
        RealtimeRank => AirDataStatus.Realtime,
        ReviewedRank => AirDataStatus.Reviewed,
        _ => string.Empty,
    };

    /// <summary>The reviewed (审核) hours of <paramref name="station"/> from <paramref name="from"/> to <paramref name="to"/> (Beijing days, inclusive).</summary>
    public static Task<StationHours> LoadAsync(OasisDb db, string station, DateOnly from, DateOnly to, CancellationToken ct) =>
        LoadAsync(db, station, from, to, AirDataStatus.Reviewed, ct);

    /// <summary>The hours of one data status's layer: <c>reviewed</c> (审核) or <c>realtime</c> (实况).</summary>
    public static async Task<StationHours> LoadAsync(OasisDb db, string station, DateOnly from, DateOnly to, string status, CancellationToken ct) =>
        (await LoadLayersAsync(db, station, from, to, status == AirDataStatus.Reviewed, ct).ConfigureAwait(false))[status == AirDataStatus.Reviewed ? 1 : 0];

    /// <summary>
    /// Both layers from one read of the data — [0] 实况, [1] 审核 — or, without <paramref name="reviewed"/>, only the
    /// 实况 layer.
    /// </summary>
    public static async Task<StationHours[]> LoadLayersAsync(OasisDb db, string station, DateOnly from, DateOnly to, bool reviewed, CancellationToken ct)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        var fromUtc = ToUtc(from);
        var toUtc = ToUtc(to.AddDays(1));

        var imported = await db.AirHours.AsNoTracking()
            .Where(h => h.StationCode == station && h.HourUtc >= fromUtc && h.HourUtc < toUtc && (reviewed || h.Status == AirDataStatus.Realtime))
            .ToListAsync(ct).ConfigureAwait(false);
        var mns = await db.Devices.AsNoTracking().Where(d => d.StationCode == station).Select(d => d.Mn).ToListAsync(ct).ConfigureAwait(false);
        var hj212 = mns.Count > 0 ? await HourlyReadings.LoadAsync(db, mns, fromUtc, toUtc, ct).ConfigureAwait(false) : [];

        var realtime = Build(station, from, days, fromUtc, imported, hj212, withReviewed: false);
        if (!reviewed)
        {
            return [realtime];
        }

        var merged = Build(station, from, days, fromUtc, imported, hj212, withReviewed: true);
        var marked = await ApplyReviewAsync(db, station, merged.Series, fromUtc, toUtc, ct).ConfigureAwait(false);
        return [realtime, merged with { Marked = marked }];
    }

    private static StationHours Build(string station, DateOnly from, int days, DateTime fromUtc, List<AirHour> imported, List<HourlyValue> hj212, bool withReviewed)
    {
        var series = new HourlySeries(from, days);
        var rank = new byte[days * H];
        foreach (var row in imported)
        {
            var i = IndexOf(row.HourUtc, fromUtc);
            var r = row.Status == AirDataStatus.Reviewed ? ReviewedRank : RealtimeRank;
            if (i < 0 || i >= rank.Length || rank[i] >= r || (r == ReviewedRank && !withReviewed))
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

        foreach (var value in hj212)
        {
            var i = IndexOf(value.HourUtc, fromUtc);
            if (i < 0 || i >= rank.Length || rank[i] > Hj212Rank || !AirFactors.TryGet(value.Factor, out var pollutant))
            {
                continue;
            }

            rank[i] = Hj212Rank;
            series.Of(pollutant)[i] = value.Value;
        }

        var present = new bool[days];
        var reviewedHours = new int[days];
        for (var i = 0; i < rank.Length; i++)
        {
            present[i / H] |= rank[i] > 0;
            reviewedHours[i / H] += rank[i] == ReviewedRank ? 1 : 0;
        }

        return new StationHours(station, series, present, reviewedHours) { Sources = rank };
    }

    /// <summary>
    /// The reviewed layer (审核, decision 0506): the values that review marks declare invalid are left out; the raw rows
    /// stay as they are. A withdrawn mark no longer counts.
    /// </summary>
    private static async Task<byte[]> ApplyReviewAsync(OasisDb db, string station, HourlySeries series, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var marked = new byte[series.Hours];
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
                    for (var i = first; i < end; i++)
                    {
                        marked[i] |= (byte)(1 << (int)pollutant);
                    }
                }
            }
        }

        return marked;
    }

    /// <summary>The UTC instant of 00:00 Beijing time on <paramref name="day"/>.</summary>
    public static DateTime ToUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue).AddHours(-8), DateTimeKind.Utc);

    /// <summary>The Beijing calendar day of a UTC instant.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));

    private static int IndexOf(DateTime hourUtc, DateTime fromUtc) => (int)Math.Floor((hourUtc - fromUtc).TotalHours);

    private static void Set(HourlySeries series, Pollutant pollutant, int index, double? value) =>
        series.Of(pollutant)[index] = value ?? double.NaN;
}
