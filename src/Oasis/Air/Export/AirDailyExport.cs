using System.Runtime.CompilerServices;
using Oasis.Air.Aggregates;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Standards.Air;

namespace Oasis.Air.Export;

/// <summary>
/// The daily export (decision 0513): the columns of <c>oasis air daily</c>, then the edition, data status and dust basis
/// of <c>/api/air/daily</c>, the valid hours per pollutant each day rests on (a station) and the evaluation stations with
/// data (the city). The same figures as <c>/api/air/daily</c>, rated by the same code.
/// </summary>
internal static class AirDailyExport
{
    private const string Integer = "0";

    public static readonly ExportColumn[] Columns =
    [
        new("station"), new("date"),
        new("PM2.5", Integer), new("PM10", Integer), new("SO2", Integer), new("NO2", Integer), new("CO", "0.0"), new("O3_8h", Integer),
        new("AQI", Integer), new("category"), new("primary"),
        new("edition"), new("status"), new("dust"), new("dust_source"),
        new("PM2.5_valid_hours", Integer), new("PM10_valid_hours", Integer), new("SO2_valid_hours", Integer), new("NO2_valid_hours", Integer),
        new("CO_valid_hours", Integer), new("O3_valid_hours", Integer), new("stations", Integer),
    ];

    public static async IAsyncEnumerable<object?[]> RowsAsync(AirDailyStore daily, OasisDb db, AirExportQuery export, [EnumeratorCancellation] CancellationToken ct)
    {
        var q = export.Query;
        var basis = await DustBasis.LoadAsync(db, q.Dust, q.DustSource, q.From, q.To, ct).ConfigureAwait(false);
        foreach (var station in export.Stations)
        {
            var rated = station == AirFigures.City
                ? await AirFigures.CityAsync(daily, db, q.From, q.To, q.Choice, basis.ForEngine, q.Status, ct).ConfigureAwait(false)
                : await AirFigures.StationAsync(daily, db, station, q.From, q.To, q.Choice, basis.ForEngine, q.Status, ct).ConfigureAwait(false);
            for (var d = 0; d < rated.Days.Length; d++)
            {
                if (rated.Present[d])
                {
                    yield return Row(rated, d, basis, q.Status);
                }
            }
        }
    }

    private static object?[] Row(RatedDays rated, int d, DustBasis basis, string status)
    {
        // The API's row is the one source of the numbers and labels.
        var dto = AirDailyDto.Of(rated.Name, rated.Days[d], basis);
        var row = new object?[Columns.Length];
        (row[0], row[1]) = (dto.Station, dto.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (row[2], row[3], row[4], row[5], row[6], row[7]) = (dto.Pm25, dto.Pm10, dto.So2, dto.No2, dto.Co, dto.O3_8h);
        (row[8], row[9], row[10]) = (dto.Aqi, rated.Days[d].Aqi.Category?.NameZh, dto.Primary.Length > 0 ? string.Join(';', dto.Primary) : null);
        (row[11], row[12], row[13], row[14]) = (dto.Edition, status, dto.Dust, dto.DustSource);
        if (rated.ValidHours?[d] is { } hours)
        {
            foreach (var pollutant in Enum.GetValues<Pollutant>())
            {
                row[15 + (int)pollutant] = (int)hours[(int)pollutant];
            }
        }

        row[21] = rated.Stations?[d];
        return row;
    }
}
