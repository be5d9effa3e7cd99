using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// The baseline the load runs measure against (<c>Hj212:Store=ef-per-packet</c>): the obvious
/// implementation — EF Core, one <c>SaveChanges</c> per packet, a query per reading to skip
/// re-sends. Correct but slow; never the default. bench/README.md reports the ratio.
/// </summary>
internal sealed class EfPerPacketIngestStore(IServiceScopeFactory scopes) : IIngestStore
{
    public async Task WriteAsync(IReadOnlyList<IngestItem> batch, CancellationToken ct)
    {
        foreach (var item in batch)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            var inserted = 0;
            if (item.DataTimeUtc is { } time)
            {
                foreach (var r in item.Readings)
                {
                    if (await db.Readings.AnyAsync(x => x.Mn == item.Packet.Mn && x.Cn == item.Packet.Cn && x.DataTime == time && x.Factor == r.Factor, ct)
                            .ConfigureAwait(false))
                    {
                        continue;
                    }

                    db.Readings.Add(new Reading
                    {
                        Mn = item.Packet.Mn, Cn = item.Packet.Cn, DataTime = time, Factor = r.Factor, Value = r.Value, Min = r.Min, Max = r.Max,
                        Cou = r.Cou, Flag = r.Flag, Quarantined = !item.Known, ReceivedAt = item.ReceivedAt,
                    });
                    inserted++;
                }
            }

            item.Outcome = item.Readings.Count == 0 ? PacketOutcomes.NoData : inserted > 0 ? PacketOutcomes.Stored : PacketOutcomes.Duplicate;
            db.RawPackets.Add(new RawPacket
            {
                ReceivedAt = item.ReceivedAt, Mn = item.Packet.Mn, Cn = item.Packet.Cn, St = item.Packet.St, Qn = item.Packet.Qn,
                DataTime = item.DataTimeUtc, Outcome = item.Outcome, Warnings = (long)item.Packet.Warnings, Raw = item.Raw,
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
    }
}
