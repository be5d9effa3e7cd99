using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Platform.Audit;

namespace Oasis.Air.Import;

/// <summary>An uploaded file: the name it had on the caller's machine and its content.</summary>
internal sealed record AirImportUpload(string Name, Stream Content);

/// <summary>What the caller asked: the options of <c>oasis import air</c>.</summary>
internal sealed record AirImportOptions(AirInputFormat Format, string Status, bool CreateStations, bool SkipBad);

/// <summary>
/// Runs <c>oasis import air</c> inside the host (decision 0514): the uploads are saved to a temporary folder, then one
/// background task per import reads them with the CLI's reader, creates stations, upserts the hours with the CLI's
/// writer, brings <c>air_daily</c> up to date and writes one audit record. Jobs live in memory for an hour after they
/// finish; a restart forgets them (the hours already committed stay).
/// </summary>
internal sealed class AirImportJobs(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<AirImportJobs> log)
{
    private static readonly TimeSpan Kept = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, AirImportJob> _jobs = new();

    /// <summary>The job if <paramref name="user"/> started it; another user's job is not theirs to see.</summary>
    public AirImportJob? Find(Guid id, string? user) =>
        _jobs.TryGetValue(id, out var job) && string.Equals(job.User, user, StringComparison.Ordinal) ? job : null;

    /// <summary>Saves the uploads and starts the import; returns at once with the queued job.</summary>
    public async Task<AirImportJob> StartAsync(IReadOnlyList<AirImportUpload> uploads, AirImportOptions options, ClaimsPrincipal user, string? remoteAddress,
        CancellationToken ct)
    {
        Prune();
        var id = Guid.NewGuid();
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "oasis-air-import-" + id.ToString("N"))).FullName;
        var paths = new List<string>(uploads.Count);
        try
        {
            for (var i = 0; i < uploads.Count; i++)
            {
                // Numbered, not named by the upload: a file name from outside never becomes a path.
                var path = Path.Combine(folder, i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".csv");
                var target = File.Create(path);
                await using (target.ConfigureAwait(false))
                {
                    await uploads[i].Content.CopyToAsync(target, ct).ConfigureAwait(false);
                }

                paths.Add(path);
            }
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }

        var name = user.FindFirstValue(ClaimTypes.Name) ?? AuditActor.System;
        var format = options.Format == AirInputFormat.Prsa ? "prsa" : "oasis";
        var job = new AirImportJob(id, name, format, options.Status, options.CreateStations, options.SkipBad,
            [.. uploads.Select(u => Path.GetFileName(u.Name))], clock.GetUtcNow().UtcDateTime);
        _jobs[id] = job;
        _ = Task.Run(() => RunAsync(job, options, paths, folder, user, remoteAddress), CancellationToken.None);
        return job;
    }

    private async Task RunAsync(AirImportJob job, AirImportOptions options, List<string> paths, string folder, ClaimsPrincipal user, string? remoteAddress)
    {
        var ct = lifetime.ApplicationStopping;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            services.GetRequiredService<AuditActor>().ActAs(user, remoteAddress);
            var db = services.GetRequiredService<OasisDb>();
            await new AirImportRun(job, options, db, services.GetRequiredService<AirDailyStore>(), services.GetRequiredService<AuditLog>(), clock)
                .RunAsync(paths, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or System.Data.Common.DbException or DbUpdateException or OperationCanceledException)
        {
            log.LogWarning(ex, "Air import {Id} failed", job.Id);
            Fail(job, "AirImport.Error.Failed", ex.Message);
        }
#pragma warning disable CA1031 // A background job reports every failure to the one who polls it; nothing else would see it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            log.LogError(ex, "Air import {Id} failed", job.Id);
            Fail(job, "AirImport.Error.Failed", ex.GetType().Name + ": " + ex.Message);
        }
        finally
        {
            job.FinishedAt = clock.GetUtcNow().UtcDateTime;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException ex)
            {
                log.LogWarning(ex, "Could not delete {Folder}", folder);
            }
        }
    }

    private static void Fail(AirImportJob job, string key, params object?[] args)
    {
        (job.ErrorKey, job.ErrorArgs) = (key, args);
        job.State = AirImportJob.Failed;
    }

    private void Prune()
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - Kept;
        foreach (var (id, job) in _jobs)
        {
            if (job.FinishedAt < cutoff)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }
}
