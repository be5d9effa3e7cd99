using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Registry;

namespace Oasis.Water.Samples;

/// <summary>
/// Saves samples all or nothing, as the registry imports do: every row is checked first; any error and nothing is
/// written. A sample for a site and date already on record replaces it (decision 0311).
/// </summary>
internal static class SampleStore
{
    public static async Task<ImportResult> SaveAsync(OasisDb db, DataScope scope, IReadOnlyList<(int? Row, SampleInput Input)> inputs,
        string siteField, bool import, CancellationToken ct)
    {
        var sites = await SiteDirectory.LoadAsync(db, ct).ConfigureAwait(false);
        var errors = new List<FieldError>();
        var seen = new Dictionary<(string, DateOnly), int?>();
        var accepted = new List<ManualSample>();
        foreach (var (row, input) in inputs)
        {
            var sample = input.Check(sites, scope, row, siteField, errors);
            if (sample is null)
            {
                continue;
            }

            if (seen.TryGetValue((sample.SiteCode, sample.Date), out var first))
            {
                errors.Add(new FieldError(row, "date", "Water.Validation.DuplicateInFile", sample.SiteCode, sample.Date.ToString("yyyy-MM-dd", null), first));
                continue;
            }

            seen[(sample.SiteCode, sample.Date)] = row;
            accepted.Add(sample);
        }

        if (errors.Count > 0)
        {
            throw import ? OasisProblemException.ImportFailed(errors) : OasisProblemException.Validation(errors);
        }

        var codes = accepted.Select(s => s.SiteCode).Distinct().ToList();
        var dates = accepted.Select(s => s.Date).Distinct().ToList();
        var existing = (await db.ManualSamples.Where(s => codes.Contains(s.SiteCode) && dates.Contains(s.Date)).ToListAsync(ct).ConfigureAwait(false))
            .ToDictionary(s => (s.SiteCode, s.Date));
        var created = 0;
        foreach (var sample in accepted)
        {
            if (existing.TryGetValue((sample.SiteCode, sample.Date), out var old))
            {
                old.SiteKind = sample.SiteKind;
                old.Body = sample.Body;
                old.Values = sample.Values;
            }
            else
            {
                db.ManualSamples.Add(sample);
                created++;
            }
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new ImportResult(inputs.Count, created, accepted.Count - created);
    }
}
