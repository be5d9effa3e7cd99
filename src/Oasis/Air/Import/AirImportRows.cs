using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Monitoring.Stations;

namespace Oasis.Air.Import;

/// <summary>
/// What <c>oasis import air</c> and the air page's import share after reading (decision 0514): the stations a file
/// names that the registry lacks (<c>--create-stations</c>) and the stored rows as hours to upsert.
/// </summary>
internal static class AirImportRows
{
    /// <summary>The station codes in the registry.</summary>
    public static async Task<HashSet<string>> KnownStationsAsync(OasisDb db, CancellationToken ct) =>
        (await db.Stations.AsNoTracking().Select(s => s.Code).ToListAsync(ct).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Creates the stations of <paramref name="store"/> missing from <paramref name="known"/>: kind national, evaluation,
    /// no grid, latitude/longitude 0, named by the code — a provisional record the station editors complete (decision 0501).
    /// </summary>
    public static async Task<List<string>> CreateStationsAsync(OasisDb db, HourlyStore store, HashSet<string> known, CancellationToken ct)
    {
        var created = store.Stations.Where(s => !known.Contains(s)).ToList();
        foreach (var code in created)
        {
            db.Stations.Add(new Station
            {
                Code = code,
                Name = code,
                Kind = "national",
                Evaluation = true,
                Pollutants = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3"],
            });
        }

        if (created.Count > 0)
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }

        return created;
    }

    /// <summary>The number of hours <see cref="HoursOf"/> yields.</summary>
    public static long CountHours(HourlyStore store)
    {
        long n = 0;
        foreach (var station in store.Stations)
        {
            foreach (var (_, present, _) in store.BlocksOf(station))
            {
                n += int.PopCount(present);
            }
        }

        return n;
    }

    /// <summary>Every stored hour with a row, Beijing labels turned into UTC starts of the hour, with its wind (NaN = none).</summary>
    public static IEnumerable<ImportedHour> HoursOf(HourlyStore store)
    {
        foreach (var station in store.Stations)
        {
            foreach (var (day, present, v, wind) in store.WindBlocksOf(station))
            {
                var midnightUtc = AirHourlyLayer.ToUtc(day);
                for (var h = 0; h < 24; h++)
                {
                    if ((present & (1 << h)) != 0)
                    {
                        yield return new ImportedHour(station, midnightUtc.AddHours(h), v[h], v[24 + h], v[48 + h], v[72 + h], v[96 + h], v[120 + h])
                        {
                            WindFrom = wind?[h] ?? double.NaN,
                            WindSpeed = wind?[24 + h] ?? double.NaN,
                        };
                    }
                }
            }
        }
    }
}
