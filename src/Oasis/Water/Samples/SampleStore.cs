using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Water.Samples;

/// <summary>
/// Saves samples all or nothing, as the registry imports do: every row is checked first; any error and nothing is
/// written. A file's rows of one site and day are that day's replicates 1, 2, … in file order and replace the day on
/// record (re-importing a corrected file is safe); a single entry replaces or adds its own replicate (decisions 0311, 0316).
/// </summary>
internal static class SampleStore
{
    public static async Task<SampleSaveResult> SaveAsync(OasisDb db, DataScope scope, IReadOnlyList<(int? Row, SampleInput Input)> inputs,
        string siteField, bool import, CancellationToken ct)
    {
        var sites = await SiteDirectory.LoadAsync(db, ct).ConfigureAwait(false);
        var errors = new List<FieldError>();
        var days = new Dictionary<(string Site, DateOnly Date), List<(int? Row, ManualSample Sample)>>();
        foreach (var (row, input) in inputs)
        {
            if (input.Check(sites, scope, row, siteField, errors) is not { } sample)
            {
                continue;
            }

            var day = days.TryGetValue((sample.SiteCode, sample.Date), out var list) ? list : days[(sample.SiteCode, sample.Date)] = [];
            if (import)
            {
                sample.Replicate = day.Count + 1;
            }

            if (sample.Replicate > SampleInput.MaxReplicates || day.Any(d => d.Sample.Replicate == sample.Replicate))
            {
                errors.Add(new FieldError(row, "date", "Water.Validation.TooManyReplicates", sample.SiteCode, sample.Date.ToString("yyyy-MM-dd", null),
                    SampleInput.MaxReplicates, day.Count > 0 ? day[0].Row : row));
                continue;
            }

            day.Add((row, sample));
        }

        if (errors.Count > 0)
        {
            throw import ? OasisProblemException.ImportFailed(errors) : OasisProblemException.Validation(errors);
        }

        var codes = days.Keys.Select(k => k.Site).Distinct().ToList();
        var dates = days.Keys.Select(k => k.Date).Distinct().ToList();
        var existing = (await db.ManualSamples.Where(s => codes.Contains(s.SiteCode) && dates.Contains(s.Date)).ToListAsync(ct).ConfigureAwait(false))
            .ToLookup(s => (s.SiteCode, s.Date));
        var (created, updated) = (0, 0);
        var warnings = new List<FieldError>();
        foreach (var (key, day) in days)
        {
            var stored = existing[key].ToDictionary(s => s.Replicate);
            foreach (var (row, sample) in day)
            {
                warnings.AddRange(sample.DetectionLimitWarnings().Select(w => new FieldError(row, w.Item, "Water.Warning.DetectionLimit", w.Item, w.DetectionLimit, w.Limit)));
                if (stored.Remove(sample.Replicate, out var old))
                {
                    old.SiteKind = sample.SiteKind;
                    old.Body = sample.Body;
                    old.QualityControl = sample.QualityControl;
                    old.Values = sample.Values;
                    updated++;
                }
                else
                {
                    db.ManualSamples.Add(sample);
                    created++;
                }
            }

            if (import)
            {
                db.ManualSamples.RemoveRange(stored.Values); // the day's earlier replicates the new file no longer has
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new SampleSaveResult(inputs.Count, created, updated, warnings);
    }
}

/// <summary>
/// What a save did: rows read, samples created and replaced, and the warnings that do not stop it (a detection limit above
/// the limit it would prove, decision 0303), by row and item with a message key as an error has.
/// </summary>
internal sealed record SampleSaveResult(int Rows, int Created, int Updated, IReadOnlyList<FieldError> Warnings);
