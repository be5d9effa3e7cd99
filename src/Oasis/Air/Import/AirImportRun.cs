using Microsoft.EntityFrameworkCore;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Platform.Audit;

namespace Oasis.Air.Import;

/// <summary>
/// One import's steps, as <c>oasis import air</c> takes them: read every file (bad rows as <c>FILE:LINE: reason</c>;
/// nothing is written when there are any, unless skip-bad), create the missing stations if asked, upsert the hours,
/// aggregate, audit. Progress goes to the job as it goes.
/// </summary>
internal sealed class AirImportRun(AirImportJob job, AirImportOptions options, OasisDb db, AirDailyStore daily, AuditLog audit, TimeProvider clock)
{
    public async Task RunAsync(IReadOnlyList<string> paths, CancellationToken ct)
    {
        job.State = AirImportJob.Reading;
        var known = await AirImportRows.KnownStationsAsync(db, ct).ConfigureAwait(false);
        var store = new HourlyStore();
        var problems = new InputProblems();
        for (var i = 0; i < paths.Count; i++)
        {
            var stream = new FileStream(paths[i], FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
            using (var reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true))
            {
                try
                {
                    HourlyCsvReader.Read(reader, job.Files[i], options.Format, store, problems, options.CreateStations ? null : known.Contains, _ =>
                    {
                        job.FileFraction = (double)stream.Position / Math.Max(1, stream.Length);
                        job.Rows = problems.Rows;
                    });
                }
                catch (InvalidDataException)
                {
                    // The reader's message is the CLI's English; the page says it in the user's language.
                    Fail("AirImport.Error.Header", job.Files[i], job.Format);
                    return;
                }
            }

            (job.FilesRead, job.FileFraction, job.Rows) = (i + 1, 0, problems.Rows);
            ct.ThrowIfCancellationRequested();
        }

        (job.MalformedRows, job.InvalidValues, job.Stations) = (problems.MalformedRows, problems.InvalidValues, store.StationCount);
        job.BadRows = [.. problems.Messages.Take(AirImportJob.MaxBadRows)];
        if (problems.MalformedRows > 0 && !options.SkipBad)
        {
            Fail("AirImport.Error.Malformed", problems.MalformedRows);
            return;
        }

        job.CreatedStations = [.. await AirImportRows.CreateStationsAsync(db, store, known, ct).ConfigureAwait(false)];
        job.Hours = AirImportRows.CountHours(store);
        job.State = AirImportJob.Writing;
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var writer = new AirHourWriter(db.Database.GetDbConnection(), options.Status, clock.GetUtcNow().UtcDateTime, store.CarriesWind);
        job.HoursWritten = await writer.WriteAsync(AirImportRows.HoursOf(store), n => job.HoursWritten = n, ct).ConfigureAwait(false);
        await db.Database.CloseConnectionAsync().ConfigureAwait(false);

        job.State = AirImportJob.Aggregating;
        job.StationDays = (await daily.CatchUpAsync(db, ct).ConfigureAwait(false)).StationDays;
        // The hours are written by SQL, past the EF interceptor: one record says who imported what.
        var files = string.Join(';', job.Files);
        await audit.WriteAsync("air-import", null, nameof(AirHour), files.Length > 200 ? files[..200] : files, null,
            new { files = job.Files, job.Format, job.Status, hours = job.HoursWritten, stations = job.Stations, created = job.CreatedStations }, ct).ConfigureAwait(false);
        job.State = AirImportJob.Done;
    }

    private void Fail(string key, params object?[] args)
    {
        (job.ErrorKey, job.ErrorArgs) = (key, args);
        job.State = AirImportJob.Failed;
    }
}
