using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Scopes;

namespace Oasis.Air.Export;

/// <summary>
/// Bulk export (docs/air-api.md, decision 0513): <c>GET /api/air/export/hourly</c> and <c>GET /api/air/export/daily</c>,
/// CSV or XLSX, one station, the city (daily) or every air station of the caller's scope. Reading air figures is open to
/// all staff (policy <c>staff</c>, as <c>/api/air/daily</c>); the data scope decides the stations.
/// </summary>
internal static class AirExportEndpoints
{
    public static void MapAirExport(this WebApplication app)
    {
        var group = app.MapGroup("/api/air/export").WithTags("air").RequireAuthorization(Policies.Staff);
        group.MapGet("/hourly", HourlyAsync);
        group.MapGet("/daily", DailyAsync);
    }

    private static async Task<Results<PushStreamHttpResult, FileStreamHttpResult>> HourlyAsync(string? station, string? from, string? to, string? period,
        string? status, string? format, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var export = await AirExportQuery.CheckAsync(station, from, to, period, null, null, null, status, format, cityAllowed: false, http, db, scopes, ct)
            .ConfigureAwait(false);
        var q = export.Query;
        var rows = AirHourlyExport.RowsAsync(db, export.Stations, q.From, q.To, q.Status, ct);
        return await ExportTable.ResultAsync(AirHourlyExport.Columns, rows, export.Format, "air-hourly-" + export.Name, ct).ConfigureAwait(false);
    }

    private static async Task<Results<PushStreamHttpResult, FileStreamHttpResult>> DailyAsync(string? station, string? from, string? to, string? period,
        string? standard, string? dust, string? dustSource, string? status, string? format, HttpContext http, AirDailyStore daily, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var export = await AirExportQuery.CheckAsync(station, from, to, period, standard, dust, dustSource, status, format, cityAllowed: true, http, db, scopes, ct)
            .ConfigureAwait(false);
        var rows = AirDailyExport.RowsAsync(daily, db, export, ct);
        return await ExportTable.ResultAsync(AirDailyExport.Columns, rows, export.Format, "air-daily-" + export.Name, ct).ConfigureAwait(false);
    }
}
