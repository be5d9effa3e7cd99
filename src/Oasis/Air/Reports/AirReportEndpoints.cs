using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Monitoring.Stations;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.Air.Reports;

/// <summary>A report to generate (<c>POST /api/air/reports</c>): kind, any date of its period, format, the basis, and a station (none: the city).</summary>
internal sealed record AirReportOrder(string? Kind, DateOnly? Date, string? Format, string? Standard, string? Dust, string? DustSource, string? Station = null);

/// <summary>A row of the report history.</summary>
internal sealed record AirReportDto(int Id, string Kind, string Format, DateOnly From, DateOnly To, string Edition, string DataStatus, string Dust,
    string? DustSource, long Size, DateTimeOffset CreatedAt, string CreatedBy, string? Station)
{
    public static AirReportDto Of(AirReport r) => new(r.Id, r.Kind, r.Format, r.From, r.To, r.Edition, r.DataStatus, r.Dust, r.DustSource, r.Size,
        BeijingTime.FromUtc(r.CreatedAt), r.CreatedBy, r.Station);
}

/// <summary><c>/api/air/reports</c> (docs/air-reports.md): generate on demand, list the history, download a file.</summary>
internal static class AirReportEndpoints
{
    public static IServiceCollection AddAirReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AirReportOptions>().Bind(configuration.GetSection(AirReportOptions.Section));
        services.AddSingleton<AirReportService>();
        services.AddSingleton<AirReportScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<AirReportScheduler>());
        return services;
    }

    public static void MapAirReports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/air/reports").WithTags("air").RequireAuthorization(Policies.Staff);
        group.MapPost("/", GenerateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:int}/file", FileAsync);
    }

    private static async Task<Created<AirReportDto>> GenerateAsync(AirReportOrder order, ClaimsPrincipal user, OasisDb db, AirReportService reports,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (order.Kind is null || !AirReportKinds.All.Contains(order.Kind))
        {
            errors.Add(new FieldError(null, "kind", "Validation.OneOf", order.Kind, string.Join(", ", AirReportKinds.All)));
        }

        if (order.Date is null)
        {
            errors.Add(new FieldError(null, "date", "Validation.Required"));
        }

        var format = order.Format ?? "docx";
        if (!AirReportKinds.Formats.Contains(format))
        {
            errors.Add(new FieldError(null, "format", "Validation.OneOf", format, string.Join(", ", AirReportKinds.Formats)));
        }

        var choice = AirQuery.ParseStandard(order.Standard);
        if (choice is null)
        {
            errors.Add(new FieldError(null, "standard", "Validation.OneOf", order.Standard, "auto, 2012, 2026"));
        }

        var dust = order.Dust ?? DustBasis.Include;
        if (dust is not (DustBasis.Include or DustBasis.Deduct))
        {
            errors.Add(new FieldError(null, "dust", "Validation.OneOf", dust, "include, deduct"));
        }

        var source = order.DustSource ?? DustBasis.DefaultSource;
        if (!DustStatus.Levels.Contains(source))
        {
            errors.Add(new FieldError(null, "dustSource", "Validation.OneOf", source, string.Join(", ", DustStatus.Levels)));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var station = string.IsNullOrWhiteSpace(order.Station) || order.Station == AirFigures.City ? null : order.Station;
        await CheckStationAsync(db, await scopes.ResolveAsync(user, ct).ConfigureAwait(false), station, ct).ConfigureAwait(false);
        var report = await reports.GenerateAsync(db, new AirReportRequest(order.Kind!, order.Date!.Value, format, choice!.Value, dust, source, station),
            user.Identity?.Name ?? "unknown", ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/air/reports/{report.Id}", AirReportDto.Of(report));
    }

    /// <summary>
    /// 404 for a station that is not an air station, 403 for one outside the caller's grids; the city's report (null) is
    /// published and open to all staff. The air page's report form comes here too.
    /// </summary>
    public static async Task CheckStationAsync(OasisDb db, DataScope scope, string? station, CancellationToken ct)
    {
        if (station is null)
        {
            return;
        }

        var grid = await db.Stations.AsNoTracking().Where(s => s.Code == station && StationKinds.Air.Contains(s.Kind)).Select(s => new { s.GridCode })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false) ?? throw OasisProblemException.NotFound("Entity.Station", station);
        if (!scope.SeesGrid(grid.GridCode))
        {
            throw OasisProblemException.OutOfScope();
        }
    }

    /// <summary>The history the scope sees: the city's reports, and the reports of the stations in the caller's grids.</summary>
    public static async Task<List<AirReportDto>> VisibleAsync(OasisDb db, DataScope scope, IQueryable<AirReport> query, CancellationToken ct)
    {
        var rows = await query.ToListAsync(ct).ConfigureAwait(false);
        var codes = rows.Where(r => r.Station is not null).Select(r => r.Station!).Distinct().ToList();
        var grids = await db.Stations.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, s => s.GridCode, ct).ConfigureAwait(false);
        return rows.Where(r => r.Station is null || scope.SeesGrid(grids.GetValueOrDefault(r.Station))).Select(AirReportDto.Of).ToList();
    }

    private static async Task<Ok<List<AirReportDto>>> ListAsync(string? kind, string? station, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var query = db.AirReports.AsNoTracking();
        if (!string.IsNullOrEmpty(kind))
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (!string.IsNullOrEmpty(station))
        {
            query = station == AirFigures.City ? query.Where(r => r.Station == null) : query.Where(r => r.Station == station);
        }

        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        return TypedResults.Ok(await VisibleAsync(db, scope, query.OrderByDescending(r => r.Id).Take(500), ct).ConfigureAwait(false));
    }

    private static async Task<FileStreamHttpResult> FileAsync(int id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, AirReportService reports, CancellationToken ct)
    {
        var report = await db.AirReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.AirReport", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (report.Station is { } station)
        {
            var grid = await db.Stations.AsNoTracking().Where(s => s.Code == station).Select(s => s.GridCode).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (!(await scopes.ResolveAsync(user, ct).ConfigureAwait(false)).SeesGrid(grid))
            {
                throw OasisProblemException.OutOfScope();
            }
        }

        return reports.Files.Download(report, report.Station is null ? "air" : "air-" + report.Station, "Entity.AirReport");
    }
}
