namespace Oasis.Hj212;

/// <summary>Parts of a split packet that did not all arrive within the timeout.</summary>
public sealed record IncompleteSplit(string Mn, string Cn, int Pnum, string? DataTime, IReadOnlyList<int> ReceivedPnos);

/// <summary>
/// Reassembles split packets (Flag D = 1). The standard's own example (C.49/C.50) increments QN
/// per part, so parts are grouped by MN + CN + PNUM (+ DataTime when present), not by QN, and
/// joined in PNO order. Each part that asks is still answered with its own QN by the caller.
/// Not thread-safe: one per connection, or lock around it.
/// </summary>
public sealed class SplitPacketAssembler(TimeProvider timeProvider, TimeSpan timeout)
{
    /// <summary>PNUM has at most 4 digits (Table 3: 9 characters with <c>PNUM=</c>).</summary>
    public const int MaxParts = 9999;

    private readonly Dictionary<(string Mn, string Cn, int Pnum, string? DataTime), Pending> _pending = [];

    /// <summary>Groups waiting for parts.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>
    /// Adds a packet. A packet that is not split is returned as it is; a part returns null until
    /// the last missing part arrives, then the whole packet (D cleared, no PNUM/PNO, the first
    /// part's QN, fields in PNO order with DataTime once). A repeated part is ignored.
    /// </summary>
    public Hj212Packet? Add(Hj212Packet packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        if (!packet.IsSplit || packet.Pnum is not { } pnum || packet.Pno is not { } pno || pno < 1 || pno > pnum || pnum > MaxParts)
        {
            return packet;
        }

        var key = (packet.Mn, packet.Cn, pnum, packet.DataTimeText);
        if (!_pending.TryGetValue(key, out var pending))
        {
            // Parts received so far only: a forged PNUM must not reserve memory.
            pending = new Pending([], timeProvider.GetTimestamp());
            _pending[key] = pending;
        }

        pending.Parts.TryAdd(pno, packet);
        if (pending.Parts.Count < pnum)
        {
            return null;
        }

        _pending.Remove(key);
        return Join([.. pending.Parts.Values]);
    }

    /// <summary>Drops and returns the groups older than the timeout (call it periodically).</summary>
    public IReadOnlyList<IncompleteSplit> Expire()
    {
        List<IncompleteSplit>? expired = null;
        foreach (var (key, pending) in _pending)
        {
            if (timeProvider.GetElapsedTime(pending.Started) < timeout)
            {
                continue;
            }

            var received = pending.Parts.Keys.ToArray();
            (expired ??= []).Add(new IncompleteSplit(key.Mn, key.Cn, key.Pnum, key.DataTime, received));
        }

        foreach (var e in expired ?? [])
        {
            _pending.Remove((e.Mn, e.Cn, e.Pnum, e.DataTime));
        }

        return expired ?? (IReadOnlyList<IncompleteSplit>)[];
    }

    private static Hj212Packet Join(Hj212Packet[] parts)
    {
        var first = parts[0];
        var fields = new List<CpField>();
        var groupOffset = 0;
        foreach (var part in parts)
        {
            var maxGroup = 0;
            foreach (var f in part.Fields)
            {
                maxGroup = Math.Max(maxGroup, f.Group);
                if (f.Name == "DataTime" && fields.Count > 0)
                {
                    continue;
                }

                fields.Add(f with { Group = f.Group + groupOffset });
            }

            groupOffset += maxGroup + 1;
        }

        var cp = string.Join(';', fields.GroupBy(f => f.Group).Select(g => string.Join(',', g.Select(f => f.Name + "=" + f.Value))));
        var flag = first.Flag & ~Hj212Flags.Split;
        var segment = new Hj212Message(first.Qn, first.St, first.Cn, first.Pw, first.Mn, flag, cp).ToSegment();
        var warnings = Hj212Warnings.None;
        foreach (var p in parts)
        {
            warnings |= p.Warnings;
        }

        return new Hj212Packet
        {
            Segment = segment,
            Qn = first.Qn,
            St = first.St,
            Cn = first.Cn,
            Pw = first.Pw,
            Mn = first.Mn,
            Flag = flag,
            DataTime = first.DataTime,
            DataTimeText = first.DataTimeText,
            Dialect = first.Dialect,
            Warnings = warnings,
            Fields = fields,
        };
    }

    private sealed record Pending(SortedDictionary<int, Hj212Packet> Parts, long Started);
}
