using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Reports;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.Water.Reports;

/// <summary>A water report to generate: <c>monthly</c> or <c>annual</c>, any date of its period, <c>docx</c> or <c>xlsx</c>.</summary>
internal sealed record WaterReportOrder(string? Kind, DateOnly? Date, string? Format);

/// <summary>A row of the water report history.</summary>
internal sealed record WaterReportDto(int Id, string Kind, string Format, DateOnly From, DateOnly To, int Sections, int Samples, long Size,
    DateTimeOffset CreatedAt, string CreatedBy)
{
    public static WaterReportDto Of(WaterReport r) => new(r.Id, r.Kind, r.Format, r.From, r.To, r.Sections, r.Samples, r.Size,
        BeijingTime.FromUtc(r.CreatedAt), r.CreatedBy);
}

/// <summary>
/// <c>/api/water/reports</c> (docs/water-reports.md): generate on demand, list the history, download a file. A report is
/// the city's (every section), so only a city-wide caller generates or reads one (decision 0314).
/// </summary>
internal static class WaterReportEndpoints
{
    public static void MapWaterReports(this RouteGroupBuilder water)
    {
        water.MapPost("/reports", GenerateAsync);
        water.MapGet("/reports", ListAsync);
        water.MapGet("/reports/{id:int}/file", FileAsync);
    }

    private static async Task<Created<WaterReportDto>> GenerateAsync(WaterReportOrder order, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes,
        WaterReportService reports, CancellationToken ct)
    {
        await CityWideAsync(user, scopes, ct).ConfigureAwait(false);
        var errors = new List<FieldError>();
        if (order.Kind is null || !WaterReportKinds.All.Contains(order.Kind))
        {
            errors.Add(new FieldError(null, "kind", "Validation.OneOf", order.Kind, string.Join(", ", WaterReportKinds.All)));
        }

        if (order.Date is not { Year: >= 2000 and <= 2100 })
        {
            errors.Add(new FieldError(null, "date", "Water.Validation.ReportDate"));
        }

        var format = order.Format ?? ReportFormats.Word;
        if (!ReportFormats.All.Contains(format))
        {
            errors.Add(new FieldError(null, "format", "Validation.OneOf", format, string.Join(", ", ReportFormats.All)));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var report = await reports.GenerateAsync(db, order.Kind!, order.Date!.Value, format, user.Identity?.Name ?? "unknown", ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/water/reports/{report.Id}", WaterReportDto.Of(report));
    }

    private static async Task<Ok<List<WaterReportDto>>> ListAsync(string? kind, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        await CityWideAsync(user, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(await HistoryAsync(db, kind, ct).ConfigureAwait(false));
    }

    /// <summary>The history, newest first (500 at most); the API and the water page.</summary>
    internal static async Task<List<WaterReportDto>> HistoryAsync(OasisDb db, string? kind, CancellationToken ct)
    {
        var query = db.WaterReports().AsNoTracking();
        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(r => r.Kind == kind);
        }

        var rows = await query.OrderByDescending(r => r.Id).Take(500).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(WaterReportDto.Of)];
    }

    private static async Task<FileStreamHttpResult> FileAsync(int id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, WaterReportService reports,
        CancellationToken ct)
    {
        await CityWideAsync(user, scopes, ct).ConfigureAwait(false);
        var report = await db.WaterReports().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.WaterReport", id.ToString(CultureInfo.InvariantCulture));
        return reports.Files.Download(report, "water", "Entity.WaterReport");
    }

    private static async Task CityWideAsync(ClaimsPrincipal user, DataScopeResolver scopes, CancellationToken ct)
    {
        if (!(await scopes.ResolveAsync(user, ct).ConfigureAwait(false)).CityWide)
        {
            throw OasisProblemException.OutOfScope();
        }
    }
}
