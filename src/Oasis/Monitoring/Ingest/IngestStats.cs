using System.Collections.Concurrent;
using Oasis.Hj212;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// The counters of the counting rule, since the process started: every packet is
/// received; it is rejected for the first failed check (framing → length → crc → format → auth)
/// or accepted. accepted + Σ rejected = received.
/// </summary>
internal sealed class IngestStats
{
    private readonly ConcurrentDictionary<string, bool> _devices = new(StringComparer.Ordinal);
    private long _received;
    private long _accepted;
    private long _framing;
    private long _length;
    private long _crc;
    private long _format;
    private long _auth;
    private long _duplicates;
    private long _conflicts;
    private long _quarantined;
    private long _committed;
    private long _failed;

    public void Received() => Interlocked.Increment(ref _received);

    public void Rejected(RejectReason reason)
    {
        switch (reason)
        {
            case RejectReason.Framing: Interlocked.Increment(ref _framing); break;
            case RejectReason.Length: Interlocked.Increment(ref _length); break;
            case RejectReason.Crc: Interlocked.Increment(ref _crc); break;
            case RejectReason.Format: Interlocked.Increment(ref _format); break;
            default: Interlocked.Increment(ref _auth); break;
        }
    }

    public void Accepted(string mn, bool known)
    {
        Interlocked.Increment(ref _accepted);
        _devices[mn] = known;
        if (!known)
        {
            Interlocked.Increment(ref _quarantined);
        }
    }

    /// <summary>Accepted packets whose batch has committed (their answers may go out).</summary>
    public void Committed(int count) => Interlocked.Add(ref _committed, count);

    /// <summary>Accepted packets whose batch could not be committed (not acknowledged; devices resend).</summary>
    public void Failed(int count) => Interlocked.Add(ref _failed, count);

    public long CommittedCount => Interlocked.Read(ref _committed);

    public long FailedCount => Interlocked.Read(ref _failed);

    public void Duplicate() => Interlocked.Increment(ref _duplicates);

    public void Conflict() => Interlocked.Increment(ref _conflicts);

    public IngestStatsDto Snapshot()
    {
        var known = _devices.Count(d => d.Value);
        return new IngestStatsDto(
            Interlocked.Read(ref _received),
            Interlocked.Read(ref _accepted),
            new RejectedCounts(Interlocked.Read(ref _framing), Interlocked.Read(ref _length), Interlocked.Read(ref _crc),
                Interlocked.Read(ref _format), Interlocked.Read(ref _auth)),
            Interlocked.Read(ref _duplicates),
            Interlocked.Read(ref _conflicts),
            Interlocked.Read(ref _quarantined),
            new DeviceCounts(known, _devices.Count - known));
    }
}

internal sealed record RejectedCounts(long Framing, long Length, long Crc, long Format, long Auth);

internal sealed record DeviceCounts(long Known, long Unknown);

internal sealed record IngestStatsDto(
    long Received, long Accepted, RejectedCounts Rejected, long Duplicates, long Conflicts, long Quarantined, DeviceCounts Devices);
