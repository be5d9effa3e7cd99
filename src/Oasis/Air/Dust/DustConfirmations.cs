using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Registry;

namespace Oasis.Air.Dust;

/// <summary>
/// One row of the national centre's dust decisions as Oasis imports them (CSV or XLSX, header
/// <c>start,end,station,confirmation</c>; docs/air-api.md).
/// </summary>
internal sealed record DustConfirmationRow(DateTimeOffset Start, DateTimeOffset End, string? Station, string? Confirmation);

/// <summary>The result of an import: periods confirmed that existed, periods created as confirmed.</summary>
internal sealed record DustConfirmationResult(int Confirmed, int Created);

/// <summary>
/// Imports the national centre's decisions, all or nothing (decision 0504): a row confirms the local period with the same
/// start, end and station (whatever its status, a rejected one included: the centre has the last word); a row without
/// a local match becomes a confirmed period of its own, its evidence the decision.
/// </summary>
internal static class DustConfirmations
{
    public static async Task<Ok<DustConfirmationResult>> PostFileAsync(IFormFile file, ClaimsPrincipal user, OasisDb db, TimeProvider clock, CancellationToken ct)
    {
        CheckFile(file.FileName, file.Length);
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct).ConfigureAwait(false);
        buffer.Position = 0;
        return TypedResults.Ok(await ImportAsync(buffer, file.FileName, user.Identity?.Name, db, clock.GetUtcNow().UtcDateTime, ct).ConfigureAwait(false));
    }

    /// <summary>400 unless the file is a CSV or XLSX of a size an import takes.</summary>
    public static void CheckFile(string fileName, long length)
    {
        var name = fileName.ToUpperInvariant();
        if (!name.EndsWith(".XLSX", StringComparison.Ordinal) && !name.EndsWith(".CSV", StringComparison.Ordinal))
        {
            throw OasisProblemException.Validation("file", "Validation.FileType", fileName);
        }

        if (length == 0 || length > RegistryImport.MaxFileBytes)
        {
            throw OasisProblemException.Validation("file", "Validation.FileSize", RegistryImport.MaxFileBytes / 1024 / 1024);
        }
    }

    /// <summary>Imports a checked file (<see cref="CheckFile"/>) read into <paramref name="buffer"/>; the API and the air page's form both come here.</summary>
    public static async Task<DustConfirmationResult> ImportAsync(Stream buffer, string fileName, string? user, OasisDb db, DateTime now, CancellationToken ct)
    {
        var xlsx = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        var rows = new List<DustConfirmationRow>();
        foreach (var (row, dto, rowErrors) in TabularCodec<DustConfirmationRow>.Read(buffer, xlsx))
        {
            errors.AddRange(rowErrors);
            if (dto is null)
            {
                continue;
            }

            await DustEndpoints.CheckAsync(db, dto.Start, dto.End, dto.Station, row, errors, ct).ConfigureAwait(false);
            new Checks(errors, row).Required(dto.Confirmation, "confirmation", 200);
            rows.Add(dto);
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.ImportFailed(errors);
        }

        int confirmed = 0, created = 0;
        foreach (var row in rows)
        {
            var (start, end) = (row.Start.UtcDateTime, row.End.UtcDateTime);
            var station = string.IsNullOrWhiteSpace(row.Station) ? null : row.Station;
            var episode = await db.DustEpisodes.FirstOrDefaultAsync(p => p.StartUtc == start && p.EndUtc == end && p.StationCode == station, ct).ConfigureAwait(false);
            if (episode is null)
            {
                episode = new DustEpisode
                {
                    StartUtc = start, EndUtc = end, StationCode = station, Status = DustStatus.Confirmed,
                    Evidence = row.Confirmation!, ProposedBy = user, ProposedAt = now,
                };
                db.DustEpisodes.Add(episode);
                created++;
            }
            else
            {
                confirmed++;
            }

            episode.Status = DustStatus.Confirmed;
            episode.Confirmation = row.Confirmation;
            episode.ConfirmedAt = now;
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new DustConfirmationResult(confirmed, created);
    }
}
