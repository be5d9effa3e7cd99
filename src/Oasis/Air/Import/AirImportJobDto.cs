using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.Air.Import;

/// <summary>
/// <c>GET /api/air/imports/{id}</c>: the state (<c>queued|reading|writing|aggregating|done|failed</c>), progress and, once
/// finished, the summary; <c>badRows</c> as the CLI prints them (<c>FILE:LINE: reason</c>), <c>error</c> in the caller's language.
/// </summary>
internal sealed record AirImportJobDto(
    Guid Id,
    string State,
    int Percent,
    string[] Files,
    int FilesRead,
    long Rows,
    long Hours,
    long HoursWritten,
    int Stations,
    int MalformedRows,
    int InvalidValues,
    string[] BadRows,
    string[] CreatedStations,
    int StationDays,
    string Format,
    string Status,
    string? Error,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt)
{
    public static AirImportJobDto Of(AirImportJob job, ProblemWriter text)
    {
        // Read the state first: a finished job's counters are final once the state says so.
        var state = job.State;
        return new AirImportJobDto(job.Id, state, job.Percent, job.Files, job.FilesRead, job.Rows, job.Hours, job.HoursWritten, job.Stations,
            job.MalformedRows, job.InvalidValues, job.BadRows, job.CreatedStations, job.StationDays, job.Format, job.Status,
            job.ErrorKey is { } key ? text.Format(key, job.ErrorArgs) : null,
            BeijingTime.FromUtc(job.StartedAt), job.FinishedAt is { } f ? BeijingTime.FromUtc(f) : null);
    }
}
