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

    /// <summary>The rows of <paramref name="stations"/> from..to in one data status, current.</summary>
    public async Task<List<AirDay>> ReadAsync(OasisDb db, IReadOnlyCollection<string> stations, DateOnly from, DateOnly to, string status, CancellationToken ct)
    {
        await CatchUpAsync(db, ct).ConfigureAwait(false);
        var codes = stations.ToList();
        return await db.AirDays.AsNoTracking()
            .Where(d => codes.Contains(d.StationCode) && d.Status == status && d.Day >= from && d.Day <= to)
            .ToListAsync(ct).ConfigureAwait(false);
    }
}
