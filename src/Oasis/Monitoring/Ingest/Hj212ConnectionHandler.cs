using System.Buffers;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Oasis.Hj212;

namespace Oasis.Monitoring.Ingest;

/// <summary>
/// One device connection: frames packets, checks them in the counting order (framing → length
/// → crc → format → auth), hands accepted ones to the writer and answers 9014 only after the
/// packet's commit. A bad packet is counted and skipped; it never closes the connection.
/// </summary>
internal sealed partial class Hj212ConnectionHandler(IngestQueue queue, IngestStats stats, DeviceDirectory devices,
    IOptions<Hj212Options> options, TimeProvider clock, ILogger<Hj212ConnectionHandler> logger) : ConnectionHandler
{
    public override async Task OnConnectedAsync(ConnectionContext connection)
    {
        var settings = options.Value;
        var framer = new PacketFramer(settings.MaxPacketBytes);
        var output = new AnswerWriter(connection.Transport.Output);
        var input = connection.Transport.Input;
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(connection.ConnectionClosed);
        try
        {
            while (true)
            {
                idle.CancelAfter(TimeSpan.FromSeconds(settings.IdleTimeoutSeconds));
                var result = await input.ReadAsync(idle.Token).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (framer.TryReadPacket(ref buffer, out var packet, out var tooLong))
                {
                    await HandleAsync(packet.ToArray(), tooLong, output, connection.ConnectionClosed).ConfigureAwait(false);
                }

                input.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            LogClosed(logger, connection.ConnectionId, connection.RemoteEndPoint?.ToString());
        }
        catch (ConnectionResetException)
        {
            // the device went away; whatever it sent and we accepted is queued or stored
        }
        finally
        {
            await output.DrainAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleAsync(byte[] bytes, bool tooLong, AnswerWriter output, CancellationToken ct)
    {
        stats.Received();
        Hj212Packet? packet = null;
        var reason = tooLong ? RejectReason.Framing : Decode(bytes, out packet);
        if (reason != RejectReason.None || packet is null)
        {
            stats.Rejected(reason == RejectReason.None ? RejectReason.Format : reason);
            return;
        }

        var (known, password) = await devices.FindAsync(packet.Mn, ct).ConfigureAwait(false);
        if (known && password is not null && !string.Equals(password, packet.Pw, StringComparison.Ordinal))
        {
            stats.Rejected(RejectReason.Auth);
            LogAuth(logger, packet.Mn);
            return;
        }

        stats.Accepted(packet.Mn, known);
        var item = new IngestItem
        {
            Packet = packet,
            Raw = RawText.From(bytes),
            Known = known,
            ReceivedAt = clock.GetUtcNow().UtcDateTime,
            DataTimeUtc = PacketReadings.ToUtc(packet.DataTime),
            Readings = PacketReadings.Extract(packet),
        };
        await queue.Channel.Writer.WriteAsync(item, ct).ConfigureAwait(false);
        output.AfterCommit(item, Answers(packet));
    }

    private static RejectReason Decode(byte[] bytes, out Hj212Packet? packet)
    {
        packet = Hj212Packet.TryDecode(bytes, out var reason);
        return reason;
    }

    /// <summary>What the platform sends back once the packet is stored.</summary>
    private IReadOnlyList<byte[]> Answers(Hj212Packet packet)
    {
        var answers = new List<byte[]>(2);
        if (packet.CnCode == 1013)
        {
            // A time-calibration request: acknowledge when asked (9013), then set the device clock (1012).
            if (packet.AnswerWanted)
            {
                answers.Add(Hj212Commands.NoticeAnswer(packet.Qn, packet.Mn, packet.Pw).ToPacket());
            }

            var now = clock.GetUtcNow().UtcDateTime.AddHours(8);
            answers.Add(Hj212Commands.SetTime(new DeviceIdentity(packet.Mn, packet.Pw, packet.St), Qns.From(now), now).ToPacket());
        }
        else if (packet.AnswerWanted)
        {
            answers.Add(Hj212Commands.DataAnswer(packet.Qn, packet.Mn, packet.Pw).ToPacket());
        }

        return answers;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "HJ 212 connection {ConnectionId} from {Remote} closed (idle or shut down)")]
    private static partial void LogClosed(ILogger logger, string connectionId, string? remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "HJ 212 packet from registered MN {Mn} refused: wrong password")]
    private static partial void LogAuth(ILogger logger, string mn);
}
