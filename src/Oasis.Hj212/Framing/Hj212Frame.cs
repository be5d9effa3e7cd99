namespace Oasis.Hj212;

/// <summary>The outcome of the framing, length and CRC checks over one packet.</summary>
/// <param name="Reason"><see cref="RejectReason.None"/>, Framing, Length or Crc.</param>
/// <param name="SegmentStart">Offset of the data segment in the packet (valid past framing).</param>
/// <param name="SegmentLength">Length in bytes of the data segment (valid past framing).</param>
/// <param name="Warnings">Defects tolerated so far.</param>
public readonly record struct FrameCheck(RejectReason Reason, int SegmentStart, int SegmentLength, Hj212Warnings Warnings)
{
    public Range Segment => new(SegmentStart, SegmentStart + SegmentLength);
}

/// <summary>
/// Checks one packet's envelope: <c>##</c> + 4-digit length + data segment + CRC16 (4 hex, either
/// case) + CR LF. The length is accepted when it equals the segment's byte count or its character
/// count (standards/README.md): the text says "ASCII characters", which is ambiguous once UTF-8
/// Chinese appears.
/// </summary>
public static class Hj212Frame
{
    /// <summary>Default maximum packet size in bytes, <c>##</c> through CR LF.</summary>
    public const int DefaultMaxPacketBytes = 4096;

    /// <summary>## + 4 length digits + 4 CRC digits: the shortest possible packet (empty segment).</summary>
    public const int MinPacketBytes = 10;

    /// <summary>
    /// Runs framing → length → crc. <paramref name="packet"/> is the bytes from <c>##</c> to the
    /// CR LF; a trailing CR LF is allowed and ignored. Never throws.
    /// </summary>
    public static FrameCheck Check(ReadOnlySpan<byte> packet, int maxPacketBytes = DefaultMaxPacketBytes)
    {
        if (packet.EndsWith("\r\n"u8))
        {
            packet = packet[..^2];
        }

        var warnings = Hj212Warnings.None;
        var offset = 0;
        if (!packet.StartsWith("##"u8))
        {
            // A device that prefixes keep-alive bytes (NUL, spaces) still sends a packet after them.
            offset = packet.IndexOf("##"u8);
            if (offset < 0)
            {
                return new FrameCheck(RejectReason.Framing, 0, 0, warnings);
            }

            warnings |= Hj212Warnings.LeadingBytesSkipped;
            packet = packet[offset..];
        }

        if (packet.Length < MinPacketBytes || packet.Length + 2 > maxPacketBytes)
        {
            return new FrameCheck(RejectReason.Framing, 0, 0, warnings);
        }

        var segmentStart = offset + 6;
        var segment = packet[6..^4];
        if (!TryReadLength(packet.Slice(2, 4), out var declared))
        {
            return new FrameCheck(RejectReason.Length, segmentStart, segment.Length, warnings);
        }

        if (declared != segment.Length)
        {
            if (declared != CountCharacters(segment))
            {
                return new FrameCheck(RejectReason.Length, segmentStart, segment.Length, warnings);
            }

            warnings |= Hj212Warnings.LengthCountsCharacters;
        }

        if (!Hj212Crc.TryParseHex(packet[^4..], out var sent) || sent != Hj212Crc.Compute(segment))
        {
            return new FrameCheck(RejectReason.Crc, segmentStart, segment.Length, warnings);
        }

        return new FrameCheck(RejectReason.None, segmentStart, segment.Length, warnings);
    }

    /// <summary>UTF-8 characters: every byte that is not a continuation byte (10xxxxxx) starts one.</summary>
    public static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static bool TryReadLength(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
