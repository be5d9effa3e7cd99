namespace Oasis.Hj212;

/// <summary>
/// Reads packets. <see cref="Parse"/> runs the whole classification framing → length → crc →
/// format and never throws; on a length or CRC failure it still reads what it can, so the host
/// can log the MN of a refused packet.
/// </summary>
public static class Hj212Parser
{
    /// <summary>Checks and parses one packet (bytes from <c>##</c>, trailing CR LF optional).</summary>
    public static RejectReason Parse(ReadOnlySpan<byte> packet, out Hj212PacketView view, int maxPacketBytes = Hj212Frame.DefaultMaxPacketBytes)
    {
        var frame = Hj212Frame.Check(packet, maxPacketBytes);
        if (frame.Reason == RejectReason.Framing)
        {
            view = Empty();
            view.Warnings = frame.Warnings;
            return RejectReason.Framing;
        }

        var format = ParseSegment(packet.Slice(frame.SegmentStart, frame.SegmentLength), out view);
        view.Warnings |= frame.Warnings;
        return frame.Reason != RejectReason.None ? frame.Reason : format;
    }

    /// <summary>Parses a data segment alone (no envelope): returns None or Format.</summary>
    public static RejectReason ParseSegment(ReadOnlySpan<byte> segment, out Hj212PacketView view)
    {
        view = Empty();
        view.Segment = segment;
        var warnings = Hj212Warnings.None;
        if (segment.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0 || segment.Contains((byte)0x7F))
        {
            warnings |= Hj212Warnings.ControlBytes;
        }

        if (segment.Length > 1024)
        {
            warnings |= Hj212Warnings.SegmentTooLong;
        }

        var cpAt = HeaderReader.Read(segment, ref view, ref warnings);
        if (cpAt < 0 || view.Cn.IsEmpty || !IsValidMn(view.Mn))
        {
            view.Warnings = warnings;
            return RejectReason.Format;
        }

        var cp = segment[cpAt..];
        if (cp.Length >= 2 && cp.EndsWith("&&"u8))
        {
            cp = cp[..^2];
        }
        else
        {
            warnings |= Hj212Warnings.CpNotClosed;
        }

        view.Cp = cp;
        var readable = CpChecker.Check(ref view, ref warnings);
        HeaderReader.Finish(ref view, ref warnings);
        view.Warnings = warnings;
        return readable ? RejectReason.None : RejectReason.Format;
    }

    /// <summary>MN: 1–32 graphic ASCII characters (0x21–0x7E) without <c>;</c> (standards/README.md).</summary>
    public static bool IsValidMn(ReadOnlySpan<byte> mn)
    {
        if (mn.IsEmpty || mn.Length > 32)
        {
            return false;
        }

        foreach (var c in mn)
        {
            if (c is < 0x21 or > 0x7E or (byte)';')
            {
                return false;
            }
        }

        return true;
    }

    private static Hj212PacketView Empty() => new() { StCode = -1, CnCode = -1, Flag = -1, Pnum = -1, Pno = -1 };
}
