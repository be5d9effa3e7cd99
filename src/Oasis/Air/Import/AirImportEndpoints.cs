using Microsoft.AspNetCore.Http.HttpResults;
using Oasis.Platform.Auth;
using Oasis.Platform.Errors;

namespace Oasis.Air.Import;

/// <summary>
/// <c>POST /api/air/imports</c> (multipart: one or more <c>files</c>, <c>format=oasis|prsa</c>, <c>status=realtime|reviewed</c>,
/// <c>createStations</c>, <c>skipBad</c>) starts <c>oasis import air</c> in the host and answers 202 with the job;
/// <c>GET /api/air/imports/{id}</c> tells its progress and summary (docs/air-api.md, decision 0514). Policy
/// <c>air-monitoring</c>, as the national centre's dust decisions: importing official hours is monitoring staff's work.
/// </summary>
internal static class AirImportEndpoints
{
    /// <summary>One PRSA station file is about 2.5 MB; a year of 60 stations in one Oasis file about 40 MB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;
    public const int MaxFiles = 20;

    public static void MapAirImport(this WebApplication app)
    {
        var group = app.MapGroup("/api/air/imports").WithTags("air").RequireAuthorization(Policies.AirMonitoring);
        // Several PRSA files (2.5 MB each) exceed Kestrel's default 30 MB request body.
        group.MapPost("/", StartAsync).DisableAntiforgery().WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(128L * 1024 * 1024));
        group.MapGet("/{id:guid}", Get);
    }

    /// <summary>Checks the options and the files as the form and the API both take them (400 with one error per field).</summary>
    public static AirImportOptions Check(string? format, string? status, bool createStations, bool skipBad, IReadOnlyList<(string Name, long Size)> files)
    {
        var errors = new List<FieldError>();
        format ??= "oasis";
        if (format is not ("oasis" or "prsa"))
        {
            errors.Add(new FieldError(null, "format", "Validation.OneOf", format, "oasis, prsa"));
        }

        status ??= AirDataStatus.Realtime;
        if (!AirDataStatus.IsKnown(status))
        {
            errors.Add(new FieldError(null, "status", "Validation.OneOf", status, "realtime, reviewed"));
        }

        if (files.Count is 0 or > MaxFiles)
        {
            errors.Add(new FieldError(null, "files", "AirImport.Validation.Files", MaxFiles));
        }

        foreach (var (name, size) in files)
        {
            if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new FieldError(null, "files", "AirImport.Validation.Csv", name));
            }
            else if (size is 0 or > MaxFileBytes)
            {
                errors.Add(new FieldError(null, "files", "Validation.FileSize", MaxFileBytes / 1024 / 1024));
            }
        }

        return errors.Count > 0
            ? throw OasisProblemException.Validation(errors)
            : new AirImportOptions(format == "prsa" ? AirInputFormat.Prsa : AirInputFormat.Oasis, status, createStations, skipBad);
    }

    private static async Task<Accepted<AirImportJobDto>> StartAsync(HttpRequest request, AirImportJobs jobs, ProblemWriter text, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            throw OasisProblemException.Validation("files", "AirImport.Validation.Files", MaxFiles);
        }

        var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
        var files = form.Files;
        var options = Check(form["format"].FirstOrDefault(), form["status"].FirstOrDefault(), IsTrue(form["createStations"]), IsTrue(form["skipBad"]),
            [.. files.Select(f => (f.FileName, f.Length))]);
        var streams = files.Select(f => new AirImportUpload(f.FileName, f.OpenReadStream())).ToList();
        try
        {
            var job = await jobs.StartAsync(streams, options, request.HttpContext.User, request.HttpContext.Connection.RemoteIpAddress?.ToString(), ct)
                .ConfigureAwait(false);
            return TypedResults.Accepted($"/api/air/imports/{job.Id}", AirImportJobDto.Of(job, text));
        }
        finally
        {
            foreach (var upload in streams)
            {
                await upload.Content.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static Ok<AirImportJobDto> Get(Guid id, HttpContext http, AirImportJobs jobs, ProblemWriter text) =>
        jobs.Find(id, http.User.Identity?.Name) is { } job
            ? TypedResults.Ok(AirImportJobDto.Of(job, text))
            : throw OasisProblemException.NotFound("AirImport.Entity", id.ToString());

    private static bool IsTrue(Microsoft.Extensions.Primitives.StringValues value) =>
        value.FirstOrDefault() is "true" or "on" or "1";
}
