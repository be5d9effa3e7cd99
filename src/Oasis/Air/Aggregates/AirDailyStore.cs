using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.Air.Aggregates;

/// <summary>
/// The daily rows the air figures read (decision 0507). Every read first brings <c>air_daily</c> up to date — usually
/// a look at two tables that finds nothing, because <see cref="AirDailyWorker"/> aggregates within seconds of a
/// change — so a figure never lags the data it rests on. One catch-up at a time per host.
/// </summary>
internal sealed class AirDailyStore(TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public TimeProvider Clock => clock;

    /// <summary>Aggregates whatever is stale; returns what it did.</summary>
    public async Task<AggregationPass> CatchUpAsync(OasisDb db, CancellationToken ct)
    {
        if (await AirDailyAggregation.IsCurrentAsync(db, ct).ConfigureAwait(false))
        {
            return default;
        }

        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await AirDailyAggregation.CatchUpAsync(db, clock, ct).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The values of <paramref name="stations"/> from..to in one data status, current.</summary>
    public async Task<List<AirDayValues>> ReadAsync(OasisDb db, IReadOnlyCollection<string> stations, DateOnly from, DateOnly to, string status, CancellationToken ct)
    {
        await CatchUpAsync(db, ct).ConfigureAwait(false);
        var codes = stations.ToList();
        // A projection, not entities: a city-year of 60 stations is 22,000 rows, and only the values are needed.
        return await db.AirDays.AsNoTracking()
            .Where(d => codes.Contains(d.StationCode) && d.Status == status && d.Day >= from && d.Day <= to)
            .Select(d => new AirDayValues(d.StationCode, d.Day, d.Pm25, d.Pm10, d.So2, d.No2, d.Co, d.O3Max8h, d.O3Max1h, d.ValidHours))
            .ToListAsync(ct).ConfigureAwait(false);
    }
}
