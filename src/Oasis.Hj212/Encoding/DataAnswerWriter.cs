namespace Oasis.Hj212;

public static partial class Hj212Commands
{
    /// <summary>Largest 9014 answer: a QN and PW of up to 64 bytes each, an MN of 32, the fixed text and envelope.</summary>
    public const int MaxDataAnswerBytes = 256;

    /// <summary>
    /// Writes the 9014 answer to <paramref name="packet"/> into <paramref name="destination"/> without
    /// allocating (the server's hot path). <paramref name="pw"/> is the registered password, or the
    /// packet's own PW when empty. False when it does not fit (a QN or PW longer than 64 bytes).
    /// </summary>
    public static bool TryWriteDataAnswer(in Hj212PacketView packet, ReadOnlySpan<byte> pw, Span<byte> destination, out int written)
    {
        written = 0;
        if (pw.IsEmpty)
        {
            pw = packet.Pw;
        }

        if (packet.Qn.Length > 64 || pw.Length > 64 || packet.Mn.Length > 32)
        {
            return false;
        }

        Span<byte> segment = stackalloc byte[MaxDataAnswerBytes];
        var n = 0;
        if (!packet.Qn.IsEmpty)
        {
            n += Append(segment[n..], "QN="u8);
            n += Append(segment[n..], packet.Qn);
            n += Append(segment[n..], ";"u8);
        }

        n += Append(segment[n..], "ST=91;CN=9014;PW="u8);
        n += Append(segment[n..], pw);
        n += Append(segment[n..], ";MN="u8);
        n += Append(segment[n..], packet.Mn);
        n += Append(segment[n..], ";Flag=4;CP=&&&&"u8);
        if (destination.Length < n + 12)
        {
            return false;
        }

        written = Hj212Encoder.Frame(segment[..n], destination);
        return true;
    }

    private static int Append(Span<byte> destination, ReadOnlySpan<byte> text)
    {
        text.CopyTo(destination);
        return text.Length;
    }
}
