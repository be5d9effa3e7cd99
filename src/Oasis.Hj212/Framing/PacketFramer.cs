using System.Buffers;

namespace Oasis.Hj212;

/// <summary>
/// Cuts a device's byte stream into packets: a packet is the bytes up to the next CR LF (the
/// CR LF itself is consumed, not returned). Holds at most the maximum packet size: a line that
/// grows past it is returned once, truncated, with <c>tooLong</c> set (a <c>framing</c> reject),
/// and the rest of that line is discarded as it arrives, so a device that never sends CR LF
/// cannot make the server buffer without bound. One instance per connection (it remembers
/// whether it is inside an over-long line). Empty lines are skipped: they carry no packet.
/// </summary>
public sealed class PacketFramer(int maxPacketBytes = Hj212Frame.DefaultMaxPacketBytes)
{
    private static ReadOnlySpan<byte> CrLf => "\r\n"u8;

    private readonly int _maxPacketBytes = Math.Max(Hj212Frame.MinPacketBytes + 2, maxPacketBytes);
    private bool _discarding;

    /// <summary>
    /// Takes the next packet from <paramref name="buffer"/> and advances it. Returns false when
    /// more data is needed; then pass <c>buffer.Start</c> as consumed and <c>buffer.End</c> as
    /// examined to <c>PipeReader.AdvanceTo</c>. The packet slices the buffer: use it before
    /// advancing the pipe.
    /// </summary>
    public bool TryReadPacket(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> packet, out bool tooLong)
    {
        while (true)
        {
            packet = default;
            tooLong = false;
            var reader = new SequenceReader<byte>(buffer);
            if (reader.TryReadTo(out ReadOnlySequence<byte> line, CrLf, advancePastDelimiter: true))
            {
                buffer = buffer.Slice(reader.Position);
                if (_discarding)
                {
                    _discarding = false;
                    continue;
                }

                if (line.IsEmpty)
                {
                    continue;
                }

                packet = line;
                tooLong = line.Length + 2 > _maxPacketBytes;
                return true;
            }

            // No CR LF yet. Keep a trailing CR: its LF may come in the next read.
            var keep = EndsWithCr(buffer) ? 1 : 0;
            if (_discarding)
            {
                buffer = buffer.Slice(buffer.Length - keep);
                return false;
            }

            if (buffer.Length + 2 <= _maxPacketBytes)
            {
                return false;
            }

            packet = buffer.Slice(0, Math.Min(buffer.Length, _maxPacketBytes));
            tooLong = true;
            buffer = buffer.Slice(buffer.Length - keep);
            _discarding = true;
            return true;
        }
    }

    private static bool EndsWithCr(in ReadOnlySequence<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return false;
        }

        var last = buffer.Slice(buffer.Length - 1);
        return last.FirstSpan[0] == (byte)'\r';
    }
}
