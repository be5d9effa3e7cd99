using System.Globalization;
using System.Text;

namespace Oasis.Hj212;

/// <summary>Flag values (bits V5..V0 D A).</summary>
public static class Hj212Flags
{
    /// <summary>Version bits 000001: HJ 212-2017.</summary>
    public const int Version2017 = 4;

    /// <summary>A: an answer is wanted.</summary>
    public const int Answer = 1;

    /// <summary>D: split packet, PNUM/PNO present.</summary>
    public const int Split = 2;
}

/// <summary>A packet to send: header fields and the CP data area text (without the <c>&amp;&amp;</c>).</summary>
public sealed record Hj212Message(string? Qn, string St, string Cn, string Pw, string Mn, int? Flag, string Cp, int? Pnum = null, int? Pno = null)
{
    /// <summary>The data segment in the field order of Table 3.</summary>
    public string ToSegment()
    {
        var sb = new StringBuilder(64 + Cp.Length);
        if (Qn is not null)
        {
            sb.Append("QN=").Append(Qn).Append(';');
        }

        sb.Append("ST=").Append(St).Append(";CN=").Append(Cn).Append(";PW=").Append(Pw).Append(";MN=").Append(Mn).Append(';');
        if (Flag is { } flag)
        {
            sb.Append("Flag=").Append(flag.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        if (Pnum is { } pnum && Pno is { } pno)
        {
            sb.Append("PNUM=").Append(pnum.ToString(CultureInfo.InvariantCulture))
              .Append(";PNO=").Append(pno.ToString(CultureInfo.InvariantCulture)).Append(';');
        }

        return sb.Append("CP=&&").Append(Cp).Append("&&").ToString();
    }

    /// <summary>The framed packet, CR LF included, ready for the socket.</summary>
    public byte[] ToPacket() => Hj212Encoder.Frame(ToSegment());

    public override string ToString() => ToSegment();
}

/// <summary>Writes packets: <c>##</c> + byte-count length + segment + CRC + CR LF.</summary>
public static class Hj212Encoder
{
    /// <summary>Largest CP text in one packet before splitting (§6.2: CP ≤ 950).</summary>
    public const int MaxCpLength = 950;

    /// <summary>Frames a segment. Oasis writes the byte count in the length field (standards/README.md).</summary>
    public static byte[] Frame(string segment)
    {
        var bytes = Encoding.UTF8.GetBytes(segment);
        var packet = new byte[bytes.Length + 12];
        Frame(bytes, packet);
        return packet;
    }

    /// <summary>Frames into <paramref name="destination"/> (segment length + 12 bytes) without allocating; returns bytes written.</summary>
    public static int Frame(ReadOnlySpan<byte> segment, Span<byte> destination)
    {
        if (segment.Length > 9999)
        {
            throw new ArgumentException("A data segment is at most 9999 bytes (4-digit length field).", nameof(segment));
        }

        var total = segment.Length + 12;
        if (destination.Length < total)
        {
            throw new ArgumentException("Destination too small.", nameof(destination));
        }

        destination[0] = (byte)'#';
        destination[1] = (byte)'#';
        var length = segment.Length;
        for (var i = 5; i >= 2; i--)
        {
            destination[i] = (byte)('0' + (length % 10));
            length /= 10;
        }

        segment.CopyTo(destination[6..]);
        Hj212Crc.WriteHex(Hj212Crc.Compute(segment), destination.Slice(6 + segment.Length, 4));
        destination[total - 2] = (byte)'\r';
        destination[total - 1] = (byte)'\n';
        return total;
    }

    /// <summary>
    /// Splits a message whose CP is too long into parts of at most <paramref name="maxCp"/>
    /// characters, cutting between <c>;</c> groups. Every part repeats DataTime, sets D, carries
    /// PNUM/PNO and increments QN by one millisecond per part, as the standard's C.49 example does.
    /// </summary>
    public static IReadOnlyList<Hj212Message> Split(Hj212Message message, int maxCp = MaxCpLength)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Cp.Length <= maxCp)
        {
            return [message];
        }

        var groups = message.Cp.Split(';');
        var head = groups[0].StartsWith("DataTime=", StringComparison.Ordinal) ? groups[0] : null;
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var group in head is null ? groups : groups[1..])
        {
            var prefix = current.Length == 0 && head is not null ? head.Length + 1 : 0;
            if (current.Length > 0 && current.Length + prefix + group.Length + 1 > maxCp)
            {
                parts.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length == 0 ? (head is null ? "" : head + ";") : ";").Append(group);
        }

        parts.Add(current.ToString());
        var qn = message.Qn;
        var flag = (message.Flag ?? Hj212Flags.Version2017) | Hj212Flags.Split;
        var result = new List<Hj212Message>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            result.Add(message with { Qn = Qns.Add(qn, i), Flag = flag, Pnum = parts.Count, Pno = i + 1, Cp = parts[i] });
        }

        return result;
    }
}
