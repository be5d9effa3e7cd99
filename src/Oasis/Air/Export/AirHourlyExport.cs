using System.Globalization;
using System.Runtime.CompilerServices;
using Oasis.Air.Views;
using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Air.Export;

/// <summary>
/// The hourly export (decision 0513): the eight columns of the Oasis hourly CSV (CONTRACTS.md) — so the file imports
/// again with <c>oasis import air --format oasis</c> — then where each hour's values came from and which pollutants a
/// review mark took out, then the station's own wind of the hour (imported or HJ 212, as the pollution rose reads it,
/// decision 0530; empty where it has none). One row per station and hour that exists in any layer; values as stored.
/// </summary>
internal static class AirHourlyExport
{
    /// <summary>A stored value prints in its shortest exact form: 35 stays 35, 0.3 stays 0.3.</summary>
    private const string Exact = "R";

    /// <summary>The contract's eight columns first, in its order (a test holds them to <c>HourlyCsvReader.OasisHeader</c>).</summary>
    public static readonly ExportColumn[] Columns =
    [
        new("station"), new("time"),
        new("PM2.5", Exact), new("PM10", Exact), new("SO2", Exact), new("NO2", Exact), new("CO", Exact), new("O3", Exact),
        new("status"), new("source"), new("review_invalid"), new("wind_from", Exact), new("wind_speed", Exact),
    ];

    public static async IAsyncEnumerable<object?[]> RowsAsync(OasisDb db, IReadOnlyList<string> stations, DateOnly from, DateOnly to, string status,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var midnight = from.ToDateTime(TimeOnly.MinValue);
        foreach (var code in stations)
        {
            // One station at a time: a station-year is 8,784 hours.
            var hours = await AirHourlyLayer.LoadAsync(db, code, from, to, status, ct).ConfigureAwait(false);
            var wind = await AirWind.StationAsync(db, code, from, to, ct).ConfigureAwait(false);
            for (var i = 0; i < hours.Sources.Length; i++)
            {
                if (hours.Sources[i] != 0)
                {
                    yield return Row(hours, wind, i, midnight.AddHours(i), status);
                }
            }
        }
    }

    private static object?[] Row(StationHours hours, AirWind.Hours? wind, int i, DateTime beijing, string status)
    {
        var row = new object?[Columns.Length];
        row[0] = hours.Station;
        row[1] = beijing.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var marked = new List<string>();
        foreach (var pollutant in Enum.GetValues<Pollutant>())
        {
            var value = hours.Series.Of(pollutant)[i];
            row[2 + (int)pollutant] = double.IsNaN(value) ? null : value;
            if (i < hours.Marked.Length && (hours.Marked[i] & (1 << (int)pollutant)) != 0)
            {
                marked.Add(pollutant.Code());
            }
        }

        row[8] = status;
        row[9] = AirHourlyLayer.Source(hours.Sources[i]);
        row[10] = marked.Count > 0 ? string.Join(';', marked) : null;
        row[11] = wind is null || double.IsNaN(wind.From[i]) ? null : wind.From[i];
        row[12] = wind is null || double.IsNaN(wind.Speed[i]) ? null : wind.Speed[i];
        return row;
    }
}
