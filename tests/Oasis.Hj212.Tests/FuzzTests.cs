using System.Buffers;
using System.Text;
using CsCheck;

namespace Oasis.Hj212.Tests;

/// <summary>No input makes the framer, the parser, the copier or the counter throw.</summary>
public sealed class FuzzTests
{
    private static readonly byte[][] Seeds = BuildSeeds();

    // Bytes that matter to the grammar, plus UTF-8 and control bytes.
    private static readonly byte[] Interesting = [.. "#;=,&-/\r\n\0 0123456789ABCDEFabcdefNQSTCPMW."u8, 0xE8, 0xBF, 0x90, 0xFF, 0x7F, 0x80];

    private static byte[][] BuildSeeds()
    {
        var examples = SharedFiles.ExampleLines("verified_packets.txt").Concat(SharedFiles.ExampleLines("failing_packets.txt"))
            .Select(l => Encoding.UTF8.GetBytes(l + "\r\n"));
        var hour = SharedFiles.Bytes("data", "hj212", "2016-08-24_05.h212");
        var hourLines = new List<byte[]>();
        for (int start = 0, i = 0; hourLines.Count < 400; i++)
        {
            var end = hour.AsSpan(start).IndexOf("\r\n"u8);
            if (end < 0)
            {
                break;
            }

            if (i % 20 == 0)
            {
                hourLines.Add(hour[start..(start + end + 2)]);
            }

            start += end + 2;
        }

        var commands = CommandRoundTripTests.AllCommands().Select(row => ((Hj212Message)row.Data.Item2).ToPacket());
        return [.. examples, .. hourLines, .. commands];
    }

    private static byte[] Mutate(byte[] seed, int[] ops)
    {
        var bytes = new List<byte>(seed);
        foreach (var op in ops)
        {
            var kind = op & 7;
            var at = bytes.Count == 0 ? 0 : (op >>> 3) % (bytes.Count + 1);
            var b = Interesting[(op >>> 20) % Interesting.Length];
            switch (kind)
            {
                case 0 when at < bytes.Count: bytes[at] = b; break;
                case 1: bytes.Insert(at, b); break;
                case 2 when at < bytes.Count: bytes.RemoveAt(at); break;
                case 3: bytes.RemoveRange(at, Math.Min((op >>> 24) & 63, bytes.Count - at)); break;
                case 4 when at < bytes.Count: bytes[at] ^= (byte)(1 << ((op >>> 28) & 7)); break;
                case 5: bytes.InsertRange(at, bytes.GetRange(0, Math.Min(at, 40))); break;
                case 6 when at < bytes.Count: bytes[at] = (byte)(op >>> 12); break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }

        return [.. bytes];
    }

    private static void Exercise(byte[] input)
    {
        var reason = Hj212Parser.Parse(input, out var view);
        if (reason != RejectReason.Framing)
        {
            var packet = Hj212Packet.From(view);
            _ = packet.Readings.Count();
            new SplitPacketAssembler(TimeProvider.System, TimeSpan.FromSeconds(1)).Add(packet);
            if (view.AnswerWanted && Hj212Parser.IsValidMn(view.Mn))
            {
                Hj212Commands.DataAnswerFor(view);
                Hj212Commands.TryWriteDataAnswer(view, default, new byte[Hj212Commands.MaxDataAnswerBytes], out _);
            }
        }

        var framer = new PacketFramer(256);
        var buffer = new ReadOnlySequence<byte>(input);
        while (framer.TryReadPacket(ref buffer, out var framed, out _))
        {
            Hj212Parser.Parse(framed.ToArray(), out _);
        }

        new Hj212TrafficCounter().AddLines(input);
    }

    [Fact]
    public void A_million_mutated_packets_never_throw()
    {
        Gen.Select(Gen.Int[0, Seeds.Length - 1], Gen.Int.Array[1, 12], (i, ops) => Mutate(Seeds[i], ops))
            .Sample(Exercise, iter: 1_000_000, threads: 2);
    }

    [Fact]
    public void Random_bytes_from_the_packet_alphabet_never_throw()
    {
        var alphabetByte = Gen.Int[0, Interesting.Length - 1].Select(i => Interesting[i]);
        Gen.Select(alphabetByte.Array[0, 300], Gen.Byte.Array[0, 40], (a, b) => (byte[])[.. "##"u8, .. a, .. b])
            .Sample(Exercise, iter: 200_000, threads: 2);
    }
}
