using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.Forecasting.Consultation;

internal sealed record ParticipantDto(string Name, string Organisation, string Side);

internal sealed record PublishedDayDto(DateOnly TargetDate, int Lead, int AqiLow, int AqiHigh, string CategoryLow, string CategoryHigh, string[] Primary, int? ModelAqi);

internal sealed record AttachmentDto(string Key, string FileName, string ContentType, long Size, DateTimeOffset UploadedAt, string UploadedBy, string Url);

internal sealed record ConsultationDto(int Id, int IssueId, DateOnly IssueDate, string State, DateTimeOffset HeldAt, string Reasoning,
    DateTimeOffset RecordedAt, string RecordedBy, DateTimeOffset? PublishedAt, string? PublishedBy, bool Late,
    IReadOnlyList<ParticipantDto> Participants, IReadOnlyList<PublishedDayDto> Days, IReadOnlyList<AttachmentDto> Attachments)
{
    public static ConsultationDto Of(ForecastConsultation c) => new(c.Id, c.IssueId, c.IssueDate, c.State, ForecastTime.Beijing(c.HeldAt), c.Reasoning,
        ForecastTime.Beijing(c.RecordedAt), c.RecordedBy, c.PublishedAt is { } p ? ForecastTime.Beijing(p) : null, c.PublishedBy, c.Late,
        [.. c.Participants.OrderBy(p => p.Id).Select(p => new ParticipantDto(p.Name, p.Organisation, p.Side))],
        [.. c.Days.OrderBy(d => d.TargetDate).Select(d => new PublishedDayDto(d.TargetDate, d.Lead, d.AqiLow, d.AqiHigh, d.CategoryLow, d.CategoryHigh,
            d.Primary.Split(',', StringSplitOptions.RemoveEmptyEntries), d.ModelAqi))],
        [.. c.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentDto(a.Key, a.FileName, a.ContentType, a.Size, ForecastTime.Beijing(a.UploadedAt),
            a.UploadedBy, $"/api/forecast/consultations/{c.Id}/attachments/{a.Key}"))]);
}

/// <summary>
/// <c>/api/forecast/consultations</c> (会商 and publication, decision 0408) and <c>/api/forecast/published</c>: recording,
/// attaching and publishing for monitoring staff; reading for staff. The published forecast is the city's, public by nature.
/// </summary>
internal static class ConsultationEndpoints
{
    public static void MapConsultations(this RouteGroupBuilder forecast)
    {
        forecast.MapPost("/consultations", RecordAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapGet("/consultations", ListAsync);
        forecast.MapGet("/consultations/{id:int}", GetAsync);
        forecast.MapPost("/consultations/{id:int}/publish", PublishAsync).RequireAuthorization(Policies.AirMonitoring);
        forecast.MapPost("/consultations/{id:int}/attachments", AttachAsync).RequireAuthorization(Policies.AirMonitoring).DisableAntiforgery();
        forecast.MapGet("/consultations/{id:int}/attachments/{key}", FileAsync);
        forecast.MapGet("/published", LatestAsync);
    }

    private static string By(ClaimsPrincipal user) => user.Identity?.Name ?? "system";

    private static async Task<Created<ConsultationDto>> RecordAsync(ConsultationOrder? order, ClaimsPrincipal user, OasisDb db, Consultations consultations, CancellationToken ct)
    {
        var c = await consultations.RecordAsync(db, order ?? new ConsultationOrder(null, null, null, null, null), By(user), ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/forecast/consultations/{c.Id}", ConsultationDto.Of(c));
    }

    private static async Task<Ok<List<ConsultationDto>>> ListAsync(string? from, string? to, OasisDb db, CancellationToken ct)
    {
        var (f, t) = ForecastTime.Dates(from, to);
        var query = db.Set<ForecastConsultation>().AsNoTracking().Include(c => c.Participants).Include(c => c.Days).Include(c => c.Attachments).AsSplitQuery();
        query = f is { } a ? query.Where(c => c.IssueDate >= a) : query;
        query = t is { } b ? query.Where(c => c.IssueDate <= b) : query;
        var list = await query.OrderByDescending(c => c.IssueDate).ThenByDescending(c => c.Id).Take(200).ToListAsync(ct).ConfigureAwait(false);
        return TypedResults.Ok(list.Select(ConsultationDto.Of).ToList());
    }

    private static async Task<Ok<ConsultationDto>> GetAsync(int id, OasisDb db, CancellationToken ct) =>
        TypedResults.Ok(ConsultationDto.Of(await Consultations.FindAsync(db, id, tracking: false, ct).ConfigureAwait(false)));

    private static async Task<Ok<ConsultationDto>> PublishAsync(int id, ClaimsPrincipal user, OasisDb db, Consultations consultations, CancellationToken ct) =>
        TypedResults.Ok(ConsultationDto.Of(await consultations.PublishAsync(db, id, By(user), ct).ConfigureAwait(false)));

    private static async Task<Created<AttachmentDto>> AttachAsync(int id, IFormFile? file, ClaimsPrincipal user, OasisDb db, ConsultationAttachments files,
        CancellationToken ct)
    {
        if (file is null)
        {
            throw OasisProblemException.Validation("file", "Validation.Required");
        }

        ConsultationAttachment a;
        await using (var stream = file.OpenReadStream())
        {
            a = await files.StoreAsync(db, id, file.FileName, stream, file.Length, By(user), ct).ConfigureAwait(false);
        }

        var url = $"/api/forecast/consultations/{id}/attachments/{a.Key}";
        return TypedResults.Created(url, new AttachmentDto(a.Key, a.FileName, a.ContentType, a.Size, ForecastTime.Beijing(a.UploadedAt), a.UploadedBy, url));
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound>> FileAsync(int id, string key, OasisDb db, ConsultationAttachments files, CancellationToken ct)
    {
        var a = await db.Set<ConsultationAttachment>().AsNoTracking().SingleOrDefaultAsync(x => x.ConsultationId == id && x.Key == key, ct).ConfigureAwait(false);
        var path = a is null ? null : files.PathOf(a.Key);
        return path is not null && File.Exists(path) ? TypedResults.PhysicalFile(path, a!.ContentType, a.FileName) : TypedResults.NotFound();
    }

    /// <summary>The latest published forecast (latest issue day, then the last published), or 404.</summary>
    private static async Task<Ok<ConsultationDto>> LatestAsync(OasisDb db, CancellationToken ct)
    {
        var latest = await Consultations.LatestPublishedAsync(db, ct).ConfigureAwait(false)
            ?? throw OasisProblemException.NotFound("Entity.ForecastConsultation", "published");
        return TypedResults.Ok(ConsultationDto.Of(await Consultations.FindAsync(db, latest.Id, tracking: false, ct).ConfigureAwait(false)));
    }
}
