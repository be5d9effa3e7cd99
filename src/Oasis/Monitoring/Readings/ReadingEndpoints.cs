using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Hj212;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Platform.Time;

namespace Oasis.Monitoring.Readings;

internal sealed record HourlyPointDto(DateTimeOffset Time, string Factor, string? Name, string? Unit, double Value, string Source, int ValidMinutes);

internal sealed record StationHourlyDto(string Station, DateTimeOffset From, DateTimeOffset To, List<HourlyPointDto> Hours);

/// <summary><c>GET /api/stations/{code}/hourly?from=&amp;to=</c>: a station's hourly values with their source.</summary>
internal static class ReadingEndpoints
{
    public static void MapReadings(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/stations/{code}/hourly", HourlyAsync).WithTags("stations").RequireAuthorization(Policies.Staff);

    private static async Task<Ok<StationHourlyDto>> HourlyAsync(string code, DateTimeOffset? from, DateTimeOffset? to, HttpContext http,
        OasisDb db, DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        var station = await db.Stations.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.Station", code);
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        if (!scope.SeesGrid(station.GridCode))
        {
            throw OasisProblemException.OutOfScope();
        }

        var end = (to ?? clock.GetUtcNow()).UtcDateTime;
        var start = (from ?? clock.GetUtcNow().AddHours(-24)).UtcDateTime;
        if (end <= start || end - start > TimeSpan.FromDays(93))
        {
            throw OasisProblemException.Validation("to", "Validation.PeriodRange", 93);
        }

        var mns = await db.Devices.AsNoTracking().Where(d => d.StationCode == code).Select(d => d.Mn).ToListAsync(ct).ConfigureAwait(false);
        var hours = await HourlyReadings.LoadAsync(db, mns, start, end, ct).ConfigureAwait(false);
        var points = hours.Select(h =>
        {
            var pollutant = PollutantCatalogue.Find(h.Factor);
            return new HourlyPointDto(BeijingTime.FromUtc(h.HourUtc), h.Factor, pollutant?.NameZh, pollutant?.Unit, h.Value, h.Source, h.ValidMinutes);
        }).ToList();
        return TypedResults.Ok(new StationHourlyDto(code, BeijingTime.FromUtc(start), BeijingTime.FromUtc(end), points));
    }
}
