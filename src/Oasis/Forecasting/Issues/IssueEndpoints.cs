using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Forecasting.Issues;

/// <summary>An issue order (<c>POST /api/forecast/issues</c>): the issue day (default the last complete day) and the model (default the latest).</summary>
internal sealed record IssueOrder(string? IssueDate, int? ModelId);

internal sealed record ForecastDayDto(string Station, DateOnly TargetDate, int Lead, int Aqi, string Category, string[] Primary, string Edition,
    double Pm25, double Pm10, double So2, double No2, double Co, [property: System.Text.Json.Serialization.JsonPropertyName("o3_8h")] double O3_8h,
    [property: System.Text.Json.Serialization.JsonPropertyName("o3_1h")] double O3_1h)
{
    public static ForecastDayDto Of(ForecastDay d) => new(d.Station, d.TargetDate, d.Lead, d.Aqi, d.Category,
        d.Primary.Split(',', StringSplitOptions.RemoveEmptyEntries), d.Edition, d.Pm25, d.Pm10, d.So2, d.No2, d.Co, d.O3_8h, d.O3_1h);
}

internal sealed record ForecastIssueDto(int Id, int ModelId, DateOnly IssueDate, string Weather, int WeatherDays, string[] Stations,
    DateTimeOffset IssuedAt, string IssuedBy, int ElapsedMs, IReadOnlyList<ForecastDayDto>? Days, bool HourlyBlended = false)
{
    public static ForecastIssueDto Of(ForecastIssue i, IEnumerable<ForecastDay>? days) => new(i.Id, i.ModelId, i.IssueDate, i.Weather, i.WeatherDays,
        i.Stations.Split(',', StringSplitOptions.RemoveEmptyEntries), ForecastTime.Beijing(i.IssuedAt), i.IssuedBy, i.ElapsedMs,
        days?.OrderBy(d => d.Station == AirFigures.City ? 0 : 1).ThenBy(d => d.Station, StringComparer.Ordinal).ThenBy(d => d.Lead).Select(ForecastDayDto.Of).ToList(),
        i.HourlyBlended);
}

/// <summary><c>/api/forecast/issues</c> and <c>/api/forecast/latest</c>: issue on demand, list, read (stations outside the caller's scope left out).</summary>
internal static class IssueEndpoints
{
    public static void MapIssues(this RouteGroupBuilder forecast)
    {
        forecast.MapPost("/issues", IssueAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapGet("/issues", ListAsync);
        forecast.MapGet("/issues/{id:int}", GetAsync);
        forecast.MapGet("/latest", LatestAsync);
    }

    private static async Task<Created<ForecastIssueDto>> IssueAsync(IssueOrder? order, ClaimsPrincipal user, HttpContext http, OasisDb db,
        ForecastIssuing issuing, DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        var date = ForecastTime.LastCompleteDay(clock);
        if (order?.IssueDate is { Length: > 0 } text
            && (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) || date > ForecastTime.LastCompleteDay(clock)))
        {
            throw OasisProblemException.Validation("issueDate", "Forecast.Validation.IssueDate", text);
        }

        var issue = await issuing.IssueAsync(db, order?.ModelId, date, user.Identity?.Name ?? "system", ct).ConfigureAwait(false);
        var visible = await VisibleAsync(http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/forecast/issues/{issue.Id}", ForecastIssueDto.Of(issue, issue.Days.Where(d => visible(d.Station))));
    }

    private static async Task<Ok<List<ForecastIssueDto>>> ListAsync(string? from, string? to, OasisDb db, CancellationToken ct)
    {
        var (f, t) = ForecastTime.Dates(from, to);
        var query = db.Set<ForecastIssue>().AsNoTracking();
        query = f is { } a ? query.Where(i => i.IssueDate >= a) : query;
        query = t is { } b ? query.Where(i => i.IssueDate <= b) : query;
        var issues = await query.OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id).Take(1000).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(issues.Select(i => ForecastIssueDto.Of(i, null)).ToList());
    }

    private static async Task<Ok<ForecastIssueDto>> GetAsync(int id, HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var issue = await db.Set<ForecastIssue>().AsNoTracking().Include(i => i.Days).SingleOrDefaultAsync(i => i.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.ForecastIssue", id.ToString(CultureInfo.InvariantCulture));
        var visible = await VisibleAsync(http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(ForecastIssueDto.Of(issue, issue.Days.Where(d => visible(d.Station))));
    }

    /// <summary>The latest issue (latest issue day, then latest issued), or 404 when nothing was issued yet.</summary>
    private static async Task<Ok<ForecastIssueDto>> LatestAsync(HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var issue = await LatestIssueAsync(db, ct).ConfigureAwait(false) ?? throw OasisProblemException.NotFound("Entity.ForecastIssue", "latest");
        var visible = await VisibleAsync(http, db, scopes, ct).ConfigureAwait(false);
        return TypedResults.Ok(ForecastIssueDto.Of(issue, issue.Days.Where(d => visible(d.Station))));
    }

    /// <summary>The forecast of the latest issue day (the last issued that day), with its days.</summary>
    internal static Task<ForecastIssue?> LatestIssueAsync(OasisDb db, CancellationToken ct) =>
        db.Set<ForecastIssue>().AsNoTracking().Include(i => i.Days).OrderByDescending(i => i.IssueDate).ThenByDescending(i => i.Id).FirstOrDefaultAsync(ct);

    /// <summary>Which forecast rows the caller may see: the city's always (published), a station's within the caller's grids.</summary>
    internal static async Task<Func<string, bool>> VisibleAsync(HttpContext http, OasisDb db, DataScopeResolver scopes, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var grids = await db.Stations.AsNoTracking().Select(s => new { s.Code, s.GridCode }).ToDictionaryAsync(s => s.Code, s => s.GridCode, ct).ConfigureAwait(false);
        return station => station == AirFigures.City || (grids.TryGetValue(station, out var grid) && scope.SeesGrid(grid));
    }
}
