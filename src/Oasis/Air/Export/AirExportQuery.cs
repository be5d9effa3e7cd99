using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Air.Export;

/// <summary>
/// The checked parameters of <c>GET /api/air/export/hourly|daily</c>: those of <c>/api/air/daily</c> (same messages,
/// same scope check on a named station), with <c>station</c> optional — without it, every air station the caller's scope
/// sees — and <c>format=csv|xlsx</c>.
/// </summary>
internal sealed record AirExportQuery(AirQuery Query, IReadOnlyList<string> Stations, string Format, string Name)
{
    public static async Task<AirExportQuery> CheckAsync(string? station, string? from, string? to, string? period, string? standard, string? dust,
        string? dustSource, string? status, string? format, bool cityAllowed, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        format ??= ExportTable.Csv;
        var errors = new List<FieldError>();
        if (format is not (ExportTable.Csv or ExportTable.Xlsx))
        {
            errors.Add(new FieldError(null, "format", "Validation.OneOf", format, "csv, xlsx"));
        }

        if (!cityAllowed && station == AirFigures.City)
        {
            // The city has no hourly values of its own in the export: its figures are computed from the stations' days.
            errors.Add(new FieldError(null, "station", "AirExport.Validation.NoCityHours"));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        // Without a station the dates, edition, dust and status are checked as for the city (no scope check there);
        // the stations are then those of the caller's scope.
        var all = string.IsNullOrEmpty(station);
        var query = await AirQuery.CheckAsync(all ? AirFigures.City : station, from, to, period, standard, dust, dustSource, status, http, db, scopes, ct)
            .ConfigureAwait(false);
        if (!all)
        {
            return new AirExportQuery(query, [query.Station], format, $"{query.Station}-{query.From:yyyyMMdd}-{query.To:yyyyMMdd}");
        }

        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var stations = await db.Stations.AsNoTracking().Where(s => StationKinds.Air.Contains(s.Kind)).OrderBy(s => s.Code)
            .Select(s => new { s.Code, s.GridCode }).ToListAsync(ct).ConfigureAwait(false);
        return new AirExportQuery(query, [.. stations.Where(s => scope.SeesGrid(s.GridCode)).Select(s => s.Code)], format,
            $"stations-{query.From:yyyyMMdd}-{query.To:yyyyMMdd}");
    }
}
