using System.Buffers;
using System.Text;

namespace Oasis.Hj212.Tests;

public sealed class PacketFramerTests
{
    private static List<(string Text, bool TooLong)> ReadAll(PacketFramer framer, IEnumerable<byte[]> chunks)
    {
        var packets = new List<(string, bool)>();
        var pending = Array.Empty<byte>();
        foreach (var chunk in chunks)
        {
            // Emulate a pipe: unconsumed bytes stay, new bytes append (possibly in several segments).
            var buffer = Segments([pending, chunk]);
            while (framer.TryReadPacket(ref buffer, out var packet, out var tooLong))
            {
                packets.Add((Encoding.UTF8.GetString(packet.ToArray()), tooLong));
            }

            pending = buffer.ToArray();
        }

        return packets;
    }

    private static ReadOnlySequence<byte> Segments(byte[][] parts)
    {
        var nonEmpty = parts.Where(p => p.Length > 0).ToArray();
        if (nonEmpty.Length == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        var first = new Segment(nonEmpty[0], 0);
        var last = first;
        foreach (var p in nonEmpty.Skip(1))
        {
            last = last.Append(p);
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    [Fact]
    public void Packets_split_across_reads_and_segments_come_out_whole()
    {
        var a = TestPackets.Frame(TestPackets.Minute2017);
        var stream = (byte[])[.. a, .. a];
        var chunks = stream.Chunk(7).ToArray();

        var packets = ReadAll(new PacketFramer(), chunks);

        Assert.Equal(2, packets.Count);
        Assert.All(packets, p => Assert.Equal(Encoding.UTF8.GetString(a).TrimEnd('\r', '\n'), p.Text));
    }

    [Fact]
    public void Cr_at_the_end_of_one_read_and_lf_at_the_start_of_the_next_ends_the_packet()
    {
        var packets = ReadAll(new PacketFramer(), ["##0000\r"u8.ToArray(), "\n##1"u8.ToArray()]);

        Assert.Single(packets);
        Assert.Equal("##0000", packets[0].Text);
    }

    [Fact]
    public void A_line_past_the_maximum_is_returned_once_truncated_and_the_rest_discarded()
    {
        var framer = new PacketFramer(maxPacketBytes: 64);
        var junk = Enumerable.Repeat((byte)'x', 200).ToArray();
        var good = TestPackets.Frame("ST=22;CN=2011;PW=1;MN=A;CP=&&&&");

        var packets = ReadAll(framer, [junk[..100], junk[100..], [.. "\r\n"u8, .. good]]);

        Assert.Equal(2, packets.Count);
        Assert.True(packets[0].TooLong);
        Assert.Equal(64, packets[0].Text.Length);
        Assert.False(packets[1].TooLong);
        Assert.Equal(RejectReason.None, Hj212Parser.Parse(Encoding.UTF8.GetBytes(packets[1].Text), out _));
    }

    [Fact]
    public void Bare_lf_does_not_end_a_packet_and_empty_lines_are_skipped()
    {
        var packets = ReadAll(new PacketFramer(), ["\r\n##test\n\0;x\r\n\r\n"u8.ToArray()]);

        Assert.Single(packets);
        Assert.Equal("##test\n\0;x", packets[0].Text);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
