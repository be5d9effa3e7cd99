using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.Forecasting.Models;

/// <summary>
/// Model files of old versions are removed once newer ones exist (decision 0432): the schedule retrains every day, and a
/// version's files (tens of MB with the hourly model) would otherwise grow without end. The version's row stays — its
/// window, settings and back-test scores — and so do the forecasts it issued, which verification reads; only issuing
/// again from a version whose files are gone is refused. The newest <see cref="ForecastingOptions.KeepModelFiles"/>
/// versions keep their files.
/// </summary>
internal static class ModelRetention
{
    /// <summary>Removes the files of every version older than the newest <paramref name="keep"/>; returns how many files went.</summary>
    public static async Task<int> ApplyAsync(OasisDb db, ModelFiles files, int keep, CancellationToken ct)
    {
        var old = await db.Set<ForecastModelRecord>().AsNoTracking().OrderByDescending(m => m.Id).Skip(Math.Max(1, keep))
            .Select(m => new { m.FileName, m.HourlyFileName }).ToListAsync(ct).ConfigureAwait(false);
        var removed = 0;
        foreach (var name in old.SelectMany(m => (string?[])[m.FileName, m.HourlyFileName]).OfType<string>())
        {
            if (files.Remove(name))
            {
                removed++;
            }
        }

        return removed;
    }
}
