using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;
using Oasis.Standards.Warning;

namespace Oasis.Forecasting.Warnings;

/// <summary>A proposal order: the region and, for the joint warning, the level Wujiaqu's own forecast calls for.</summary>
internal sealed record ProposalOrder(string? Region, string? WujiaquLevel);

/// <summary>An approval: the party (<c>changji</c> or <c>wujiaqu</c>) and, for Wujiaqu, its signatory.</summary>
internal sealed record ApprovalOrder(string? Party, string? Signatory);

internal sealed record WarningStepDto(DateTimeOffset At, string Action, string? Level, string By, string? Party, string? Note);

internal sealed record WarningDto(int Id, string Region, string State, string Level, string? PendingAction, string? PendingLevel, int ForecastIssueId, int? ConsultationId,
    DateOnly? EpisodeStart, DateOnly? EpisodeEnd, string? ChangjiApprovedBy, string? WujiaquApprovedBy, DateTimeOffset ProposedAt,
    DateTimeOffset? IssuedAt, DateTimeOffset? LiftedAt, IReadOnlyList<WarningStepDto> Steps)
{
    public static WarningDto Of(PollutionWarning w) => new(w.Id, w.Region, w.State, w.Level, w.PendingAction, w.PendingLevel, w.ForecastIssueId, w.ConsultationId,
        w.EpisodeStart, w.EpisodeEnd, w.ChangjiApprovedBy, w.WujiaquApprovedBy, ForecastTime.Beijing(w.ProposedAt),
        w.IssuedAt is { } i ? ForecastTime.Beijing(i) : null, w.LiftedAt is { } l ? ForecastTime.Beijing(l) : null,
        [.. w.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new WarningStepDto(ForecastTime.Beijing(s.At), s.Action, s.Level, s.By, s.Party, s.Note))]);
}

/// <summary>
/// <c>/api/forecast/warnings</c>: propose from the latest forecast (monitoring staff), approve (leaders; both parties for the
/// joint warning), issue the approved change (leaders), list and read (staff).
/// </summary>
internal static class WarningEndpoints
{
    public static void MapWarnings(this RouteGroupBuilder forecast)
    {
        forecast.MapGet("/warnings", ListAsync);
        forecast.MapGet("/warnings/{id:int}", GetAsync);
        forecast.MapPost("/warnings/propose", ProposeAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapPost("/warnings/{id:int}/approve", ApproveAsync).RequireAuthorization(Policies.Leaders);
        forecast.MapPost("/warnings/{id:int}/issue", IssueAsync).RequireAuthorization(Policies.Leaders);
    }

    private static async Task<Ok<List<WarningDto>>> ListAsync(OasisDb db, CancellationToken ct) =>
        TypedResults.Ok((await db.Set<PollutionWarning>().AsNoTracking().Include(w => w.Steps).OrderByDescending(w => w.Id).Take(200).ToListAsync(ct)
            .ConfigureAwait(false)).Select(WarningDto.Of).ToList());

    private static async Task<Ok<WarningDto>> GetAsync(int id, OasisDb db, CancellationToken ct) =>
        TypedResults.Ok(WarningDto.Of(await db.Set<PollutionWarning>().AsNoTracking().Include(w => w.Steps).SingleOrDefaultAsync(w => w.Id == id, ct)
            .ConfigureAwait(false) ?? throw OasisProblemException.NotFound("Entity.Warning", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static async Task<Ok<WarningDto>> ProposeAsync(ProposalOrder? order, ClaimsPrincipal user, OasisDb db, WarningLife life, CancellationToken ct)
    {
        var region = order?.Region ?? WarningRegions.Changji;
        var errors = new List<FieldError>();
        if (!WarningRegions.All.Contains(region))
        {
            errors.Add(new FieldError(null, "region", "Validation.OneOf", region, string.Join(", ", WarningRegions.All)));
        }

        var wujiaqu = WarningLevel.None;
        if (order?.WujiaquLevel is { Length: > 0 } level && (!Enum.TryParse(level, ignoreCase: true, out wujiaqu) || level.Any(char.IsDigit)))
        {
            errors.Add(new FieldError(null, "wujiaquLevel", "Validation.OneOf", level, "none, yellow, orange, red"));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.Validation(errors);
        }

        return TypedResults.Ok(WarningDto.Of(await life.ProposeAsync(db, region, wujiaqu, Name(user), ct).ConfigureAwait(false)));
    }

    private static async Task<Ok<WarningDto>> ApproveAsync(int id, ApprovalOrder? order, ClaimsPrincipal user, OasisDb db, WarningLife life, CancellationToken ct)
    {
        var party = order?.Party ?? "changji";
        if (party is not ("changji" or "wujiaqu"))
        {
            throw OasisProblemException.Validation("party", "Validation.OneOf", party, "changji, wujiaqu");
        }

        return TypedResults.Ok(WarningDto.Of(await life.ApproveAsync(db, id, party, order?.Signatory, Name(user), ct).ConfigureAwait(false)));
    }

    private static async Task<Ok<WarningDto>> IssueAsync(int id, ClaimsPrincipal user, OasisDb db, WarningLife life, CancellationToken ct) =>
        TypedResults.Ok(WarningDto.Of(await life.IssueAsync(db, id, Name(user), ct).ConfigureAwait(false)));

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "system";
}
