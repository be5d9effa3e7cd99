using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Dust;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;
using Oasis.Standards.Air;
using Oasis.Platform.Time;

namespace Oasis.Air.Review;

/// <summary>A review mark to create: the station, the pollutant (null: all six), the hours, the reason and the evidence.</summary>
internal sealed record AirReviewOrder(string? Station, string? Pollutant, DateTimeOffset Start, DateTimeOffset End, string? Reason, string? Evidence);

internal sealed record AirReviewDto(int Id, string Station, string? Pollutant, DateTimeOffset Start, DateTimeOffset End, string Reason, string Evidence,
    string? CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? WithdrawnAt, string? WithdrawnBy)
{
    private static readonly TimeSpan Beijing = BeijingTime.Offset;

    public static AirReviewDto Of(AirReviewMark m) => new(m.Id, m.StationCode, m.Pollutant, Local(m.StartUtc), Local(m.EndUtc), m.Reason, m.Evidence,
        m.CreatedBy, Local(m.CreatedAt), m.WithdrawnAt is { } w ? Local(w) : null, m.WithdrawnBy);

    private static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Beijing);
}

/// <summary><c>/api/air/reviews</c> (docs/air-api.md, decision 0506).</summary>
internal static class AirReviewEndpoints
{
    public static void MapAirReviews(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/air/reviews").WithTags("air");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/", PostAsync).RequireAuthorization(Policies.AirMonitoring);
        group.MapPost("/{id:int}/withdraw", PostWithdrawalAsync).RequireAuthorization(Policies.AirMonitoring);
    }

    private static async Task<Ok<List<AirReviewDto>>> ListAsync(string? station, string? from, string? to, HttpContext http, OasisDb db,
        DataScopeResolver scopes, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(http.User, ct).ConfigureAwait(false);
        var query = db.AirReviewMarks.AsNoTracking();
        if (!string.IsNullOrEmpty(station))
        {
            query = query.Where(m => m.StationCode == station);
        }

        if (DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
        {
            var fromUtc = AirHourlyLayer.ToUtc(f);
            query = query.Where(m => m.EndUtc > fromUtc);
        }

        if (DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            var toUtc = AirHourlyLayer.ToUtc(t.AddDays(1));
            query = query.Where(m => m.StartUtc < toUtc);
        }

        return TypedResults.Ok(await VisibleAsync(db, scope, query.OrderBy(m => m.StartUtc).ThenBy(m => m.Id), ct).ConfigureAwait(false));
    }

    /// <summary>The marks of <paramref name="query"/> the scope sees: a mark shows only to those who see its station.</summary>
    public static async Task<List<AirReviewDto>> VisibleAsync(OasisDb db, DataScope scope, IQueryable<AirReviewMark> query, CancellationToken ct)
    {
        var marks = await query.ToListAsync(ct).ConfigureAwait(false);
        var codes = marks.Select(m => m.StationCode).Distinct().ToList();
        var grids = await db.Stations.AsNoTracking().Where(s => codes.Contains(s.Code))
            .ToDictionaryAsync(s => s.Code, s => s.GridCode, ct).ConfigureAwait(false);
        return marks.Where(m => scope.SeesGrid(grids.GetValueOrDefault(m.StationCode))).Select(AirReviewDto.Of).ToList();
    }

    private static async Task<Created<AirReviewDto>> PostAsync(AirReviewOrder order, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes,
        TimeProvider clock, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        var mark = await CreateAsync(db, scope, order, user.Identity?.Name, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/air/reviews/{mark.Id}", AirReviewDto.Of(mark));
    }

    private static async Task<Ok<AirReviewDto>> PostWithdrawalAsync(int id, ClaimsPrincipal user, OasisDb db, DataScopeResolver scopes, TimeProvider clock, CancellationToken ct)
    {
        var scope = await scopes.ResolveAsync(user, ct).ConfigureAwait(false);
        return TypedResults.Ok(AirReviewDto.Of(await WithdrawAsync(db, scope, id, user.Identity?.Name, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false)));
    }

    /// <summary>Checks and stores a mark on a station in the caller's scope (the API and the air page's form both come here).</summary>
    public static async Task<AirReviewMark> CreateAsync(OasisDb db, DataScope scope, AirReviewOrder order, string? user, DateTime nowUtc, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var check = new Checks(errors, null).Required(order.Station, "station", 50)
            .Required(order.Reason, "reason").OneOf(order.Reason, "reason", AirReviewReasons.All)
            .Required(order.Evidence, "evidence", 2000);
        if (order.Pollutant is not null && !Enum.GetValues<Pollutant>().Any(p => p.Code() == order.Pollutant))
        {
            check.Fail("pollutant", "Validation.OneOf", order.Pollutant, string.Join(", ", Enum.GetValues<Pollutant>().Select(p => p.Code())));
        }

        await DustEndpoints.CheckAsync(db, order.Start, order.End, order.Station, null, errors, ct).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var grid = await db.Stations.Where(s => s.Code == order.Station).Select(s => s.GridCode).SingleAsync(ct).ConfigureAwait(false);
        if (!scope.SeesGrid(grid))
        {
            throw OasisProblemException.OutOfScope();
        }

        var mark = new AirReviewMark
        {
            StationCode = order.Station!, Pollutant = order.Pollutant, StartUtc = order.Start.UtcDateTime, EndUtc = order.End.UtcDateTime,
            Reason = order.Reason!, Evidence = order.Evidence!, CreatedBy = user, CreatedAt = nowUtc,
        };
        db.AirReviewMarks.Add(mark);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return mark;
    }

    /// <summary>Withdraws a mark once; a station outside the caller's scope is as out of reach as when the mark was made.</summary>
    public static async Task<AirReviewMark> WithdrawAsync(OasisDb db, DataScope scope, int id, string? user, DateTime nowUtc, CancellationToken ct)
    {
        var mark = await db.AirReviewMarks.SingleOrDefaultAsync(m => m.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.AirReview", id.ToString(CultureInfo.InvariantCulture));
        var grid = await db.Stations.Where(s => s.Code == mark.StationCode).Select(s => s.GridCode).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (!scope.SeesGrid(grid))
        {
            throw OasisProblemException.OutOfScope();
        }

        if (mark.WithdrawnAt is not null)
        {
            throw OasisProblemException.Rule("review-withdrawn", "Air.Review.Withdrawn");
        }

        mark.WithdrawnAt = nowUtc;
        mark.WithdrawnBy = user;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return mark;
    }
}
