namespace Oasis.Hj212;

/// <summary>
/// A parsed packet as spans into the caller's bytes: nothing is copied or allocated. Valid only
/// while those bytes are (inside one <c>TryReadPacket</c> loop iteration, say). Use
/// <see cref="Hj212Packet.From(in Hj212PacketView)"/> to keep it.
/// </summary>
public ref struct Hj212PacketView
{
    /// <summary>The data segment (between the length field and the CRC).</summary>
    public ReadOnlySpan<byte> Segment { get; internal set; }

    /// <summary>QN (request id, 17 digits); from CP when a 2005 device put it there; empty when absent.</summary>
    public ReadOnlySpan<byte> Qn { get; internal set; }

    public ReadOnlySpan<byte> St { get; internal set; }

    public ReadOnlySpan<byte> Cn { get; internal set; }

    public ReadOnlySpan<byte> Pw { get; internal set; }

    public ReadOnlySpan<byte> Mn { get; internal set; }

    /// <summary>The data area between <c>CP=&amp;&amp;</c> and the closing <c>&amp;&amp;</c>.</summary>
    public ReadOnlySpan<byte> Cp { get; internal set; }

    /// <summary>The DataTime text in CP, empty when absent.</summary>
    public ReadOnlySpan<byte> DataTimeText { get; internal set; }

    /// <summary>ST as a number, -1 when absent or not a number.</summary>
    public int StCode { get; internal set; }

    /// <summary>CN as a number, -1 when absent or not a number.</summary>
    public int CnCode { get; internal set; }

    /// <summary>Flag 0–255, -1 when absent or malformed.</summary>
    public int Flag { get; internal set; }

    /// <summary>PNUM, -1 when absent.</summary>
    public int Pnum { get; internal set; }

    /// <summary>PNO, -1 when absent.</summary>
    public int Pno { get; internal set; }

    /// <summary>DataTime read from CP, or null (absent or malformed; see <see cref="Warnings"/>).</summary>
    public DateTime? DataTime { get; internal set; }

    public Hj212Dialect Dialect { get; internal set; }

    public Hj212Warnings Warnings { get; internal set; }

    /// <summary>Flag bit A: the device waits for an answer (9014 for data, 9013 for notices).</summary>
    public readonly bool AnswerWanted => Flag >= 0 && (Flag & 1) != 0;

    /// <summary>Flag bit D: one part of a split packet (PNUM/PNO present).</summary>
    public readonly bool IsSplit => Flag >= 0 && (Flag & 2) != 0;

    /// <summary>The CP items in order.</summary>
    public readonly CpItemEnumerator Items => new(Cp);

    /// <summary>True for vendor heartbeats (8013, 9015).</summary>
    public readonly bool IsHeartbeat => CommandCodes.IsHeartbeat(CnCode);
}
