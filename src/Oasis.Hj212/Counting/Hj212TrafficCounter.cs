using System.Text;

namespace Oasis.Hj212;

/// <summary>
/// The counting rule over a stream of packets, for everything decidable without a
/// database: received, accepted, rejected by reason, heartbeats, re-sends, packets dated 2000 and
/// distinct MNs. Used to check a capture (the shared hour) and by tests; the host keeps its own
/// counters with the same rule plus <c>auth</c>, quarantine and device registry.
/// </summary>
public sealed class Hj212TrafficCounter(int maxPacketBytes = Hj212Frame.DefaultMaxPacketBytes)
{
    private readonly long[] _rejected = new long[6];
    private readonly HashSet<string> _mns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _sendsByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _firstWrite = new(StringComparer.Ordinal);

    public long Received { get; private set; }

    public long Accepted { get; private set; }

    public long Rejected(RejectReason reason) => _rejected[(int)reason];

    public long RejectedTotal => _rejected.Sum();

    /// <summary>Accepted vendor heartbeats (CN 8013 and 9015).</summary>
    public long Heartbeats { get; private set; }

    /// <summary>
    /// Data uploads (2011, 2051, 2061, 2031) whose (MN, CN, DataTime) was already sent, counted
    /// over every packet whose fields can be read, including those refused for length or CRC
    /// (a device re-sends after a garbled packet, too).
    /// </summary>
    public long Resent { get; private set; }

    /// <summary>Of <see cref="Resent"/>: those whose readings equal no earlier send of the same key.</summary>
    public long ResentWithDifferentValues { get; private set; }

    /// <summary>Accepted re-sends: every (MN, CN, DataTime, factor) row already stored (the host's <c>duplicates</c>).</summary>
    public long AcceptedResent { get; private set; }

    /// <summary>Accepted re-sends with some value differing from the first write (the host's <c>conflict</c> events).</summary>
    public long AcceptedConflicts { get; private set; }

    /// <summary>Accepted packets whose DataTime is in the year 2000 (device clocks reset).</summary>
    public long DatedYear2000 { get; private set; }

    /// <summary>Distinct readable MNs over all packets that pass framing.</summary>
    public int DistinctMns => _mns.Count;

    /// <summary>Counts one packet (a line without its CR LF).</summary>
    public void Add(ReadOnlySpan<byte> packet)
    {
        Received++;
        var reason = Hj212Parser.Parse(packet, out var view, maxPacketBytes);
        if (reason == RejectReason.None)
        {
            Accepted++;
        }
        else
        {
            _rejected[(int)reason]++;
        }

        if (reason == RejectReason.Framing || !Hj212Parser.IsValidMn(view.Mn))
        {
            return;
        }

        var mn = Encoding.UTF8.GetString(view.Mn);
        _mns.Add(mn);
        if (reason == RejectReason.None)
        {
            Heartbeats += view.IsHeartbeat ? 1 : 0;
            DatedYear2000 += view.DataTime?.Year == 2000 ? 1 : 0;
        }

        if (!CommandCodes.IsDataUpload(view.CnCode) || view.DataTimeText.IsEmpty)
        {
            return;
        }

        var key = $"{mn}\u001f{view.CnCode}\u001f{(view.DataTime is { } t ? t.Ticks : Encoding.UTF8.GetString(view.DataTimeText))}";
        var readings = Readings(view);
        CountResend(key, readings);
        if (reason == RejectReason.None)
        {
            CountFirstWrite(key, readings.DistinctBy(r => r.Key).ToList());
        }
    }

    /// <summary>Counts a capture file: packets are separated by CR LF only (a bare LF is data).</summary>
    public void AddLines(ReadOnlySpan<byte> file)
    {
        while (!file.IsEmpty)
        {
            var end = file.IndexOf("\r\n"u8);
            Add(end < 0 ? file : file[..end]);
            file = end < 0 ? [] : file[(end + 2)..];
        }
    }

    private void CountResend(string key, List<KeyValuePair<string, string>> readings)
    {
        var signature = string.Join(';', readings.Select(r => r.Key + "=" + r.Value).Order(StringComparer.Ordinal));
        if (!_sendsByKey.TryGetValue(key, out var sends))
        {
            _sendsByKey[key] = [signature];
            return;
        }

        Resent++;
        if (!sends.Contains(signature))
        {
            ResentWithDifferentValues++;
            sends.Add(signature);
        }
    }

    private void CountFirstWrite(string key, List<KeyValuePair<string, string>> readings)
    {
        var allPresent = readings.Count > 0;
        var conflict = false;
        foreach (var (name, value) in readings)
        {
            var rowKey = key + "\u001f" + name;
            if (_firstWrite.TryGetValue(rowKey, out var first))
            {
                conflict |= first != value;
            }
            else
            {
                allPresent = false;
                _firstWrite[rowKey] = value;
            }
        }

        AcceptedResent += allPresent ? 1 : 0;
        AcceptedConflicts += allPresent && conflict ? 1 : 0;
    }

    // Every item with a factor code (values and flags) as sent, repeats included: 2005 devices
    // repeat "01-Flag" per value kind, and a re-send that lost one of them is not the same data.
    private static List<KeyValuePair<string, string>> Readings(in Hj212PacketView view)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var item in view.Items)
        {
            if (item.HasEquals && !item.Code.IsEmpty)
            {
                list.Add(new(Encoding.UTF8.GetString(item.Name), Encoding.UTF8.GetString(item.Value)));
            }
        }

        return list;
    }
}
