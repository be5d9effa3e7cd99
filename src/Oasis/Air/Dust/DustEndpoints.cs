using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Registry;
using Oasis.Platform.Time;

namespace Oasis.Air.Dust;

/// <summary>
/// <c>/api/air/dust-periods</c> (docs/air-api.md): the life of sand-dust periods — proposed by monitoring staff with
/// evidence, approved or rejected by a leader, confirmed by importing the national centre's decisions.
/// </summary>
internal static class DustEndpoints
{
    /// <summary>A dust process longer than a month is a typing error, not weather.</summary>
    public const int MaxHours = 31 * 24;

    public static void MapDustPeriods(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/air/dust-periods").WithTags("air");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff);
        group.MapPost("/", PostProposalAsync).RequireAuthorization(Policies.AirMonitoring);
        group.MapPost("/{id:int}/approve", async (int id, ClaimsPrincipal user, OasisDb db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(DustPeriodDto.Of(await DecideAsync(db, id, DustStatus.Approved, user.Identity?.Name, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false))))
            .RequireAuthorization(Policies.Leaders);
        group.MapPost("/{id:int}/reject", async (int id, ClaimsPrincipal user, OasisDb db, TimeProvider clock, CancellationToken ct) =>
            TypedResults.Ok(DustPeriodDto.Of(await DecideAsync(db, id, DustStatus.Rejected, user.Identity?.Name, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false))))
            .RequireAuthorization(Policies.Leaders);
        group.MapPost("/confirmations", DustConfirmations.PostFileAsync).RequireAuthorization(Policies.AirMonitoring).DisableAntiforgery();
    }

    private static async Task<Ok<List<DustPeriodDto>>> ListAsync(string? from, string? to, string? status, OasisDb db, CancellationToken ct)
    {
        var query = db.DustEpisodes.AsNoTracking();
        if (DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
        {
            var fromUtc = AirHourlyLayer.ToUtc(f);
            query = query.Where(p => p.EndUtc > fromUtc);
        }

        if (DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            var toUtc = AirHourlyLayer.ToUtc(t.AddDays(1));
            query = query.Where(p => p.StartUtc < toUtc);
        }

        if (!string.IsNullOrEmpty(status))
        {
            query = query.Where(p => p.Status == status);
        }

        var rows = await query.OrderBy(p => p.StartUtc).ThenBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(rows.Select(DustPeriodDto.Of).ToList());
    }

    private static async Task<Created<DustPeriodDto>> PostProposalAsync(DustProposal proposal, ClaimsPrincipal user, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        var episode = await ProposeAsync(db, proposal, user.Identity?.Name, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/air/dust-periods/{episode.Id}", DustPeriodDto.Of(episode));
    }

    /// <summary>Monitoring staff's proposal, checked and stored (the API and the air page's form both come here).</summary>
    public static async Task<DustEpisode> ProposeAsync(OasisDb db, DustProposal proposal, string? user, DateTime nowUtc, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        await CheckAsync(db, proposal.Start, proposal.End, proposal.Station, null, errors, ct).ConfigureAwait(false);
        new Checks(errors, null).Required(proposal.Evidence, "evidence", 2000);
        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        var episode = new DustEpisode
        {
            StartUtc = proposal.Start.UtcDateTime,
            EndUtc = proposal.End.UtcDateTime,
            StationCode = string.IsNullOrWhiteSpace(proposal.Station) ? null : proposal.Station,
            Status = DustStatus.Proposed,
            Evidence = proposal.Evidence!,
            ProposedBy = user,
            ProposedAt = nowUtc,
        };
        db.DustEpisodes.Add(episode);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return episode;
    }

    /// <summary>A leader's decision on a proposed period (the API and the air page both come here).</summary>
    public static async Task<DustEpisode> DecideAsync(OasisDb db, int id, string decision, string? user, DateTime nowUtc, CancellationToken ct)
    {
        var episode = await db.DustEpisodes.SingleOrDefaultAsync(p => p.Id == id, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.DustPeriod", id.ToString(CultureInfo.InvariantCulture));
        // A leader decides a proposal once; a confirmed period is the national centre's and no longer ours to change.
        if (episode.Status != DustStatus.Proposed)
        {
            throw OasisProblemException.Rule("dust-period-state", "Air.Dust.NotProposed", episode.Status);
        }

        episode.Status = decision;
        episode.DecidedBy = user;
        episode.DecidedAt = nowUtc;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return episode;
    }

    /// <summary>Checks a period: whole hours, end after start, at most <see cref="MaxHours"/>, a known station.</summary>
    public static async Task CheckAsync(OasisDb db, DateTimeOffset start, DateTimeOffset end, string? station, int? row, List<FieldError> errors, CancellationToken ct)
    {
        var check = new Checks(errors, row);
        check.That(start.Minute == 0 && start.Second == 0 && start.Millisecond == 0, "start", "Air.Dust.WholeHour");
        check.That(end.Minute == 0 && end.Second == 0 && end.Millisecond == 0, "end", "Air.Dust.WholeHour");
        check.That(end > start && (end - start).TotalHours <= MaxHours, "end", "Air.Dust.Period", MaxHours);
        if (!string.IsNullOrWhiteSpace(station))
        {
            check.That(await db.Stations.AnyAsync(s => s.Code == station, ct).ConfigureAwait(false), "station", "Air.Dust.UnknownStation", station);
        }
    }
}

/// <summary>A proposal: the period (ISO 8601 with offset, whole hours, end exclusive), the station or none for all, the evidence.</summary>
internal sealed record DustProposal(DateTimeOffset Start, DateTimeOffset End, string? Station, string? Evidence);

/// <summary>A dust period as the API shows it, times in Beijing time.</summary>
internal sealed record DustPeriodDto(int Id, DateTimeOffset Start, DateTimeOffset End, string? Station, string Status, string Evidence,
    string? ProposedBy, DateTimeOffset ProposedAt, string? DecidedBy, DateTimeOffset? DecidedAt, string? Confirmation, DateTimeOffset? ConfirmedAt)
{
    private static readonly TimeSpan Beijing = BeijingTime.Offset;

    public static DustPeriodDto Of(DustEpisode p) => new(p.Id, Local(p.StartUtc), Local(p.EndUtc), p.StationCode, p.Status, p.Evidence,
        p.ProposedBy, Local(p.ProposedAt), p.DecidedBy, p.DecidedAt is { } d ? Local(d) : null, p.Confirmation, p.ConfirmedAt is { } c ? Local(c) : null);

    private static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Beijing);
}
