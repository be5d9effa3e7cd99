namespace Oasis.Monitoring.Ingest;

/// <summary>A data packet of a registered device, after its batch committed.</summary>
/// <param name="DataTimeUtc">The packet's DataTime as UTC.</param>
/// <param name="Cn">2011 real-time, 2051 minute, 2061 hourly (2031 daily).</param>
internal sealed record CommittedPacket(string Mn, string Cn, DateTime DataTimeUtc, IReadOnlyList<ReadingRow> Readings);

/// <summary>
/// Tells the live parts of Oasis (the command centre's screen, the alarm rules) what has just been stored. Only
/// committed data is published, so nothing on a screen or in an alarm can be missing from the database. Subscribers
/// run on the writer's thread and must only hand the packets on (a channel, a swap of state), never wait.
/// </summary>
internal sealed partial class IngestFeed(ILogger<IngestFeed> logger)
{
    public event Action<IReadOnlyList<CommittedPacket>>? Committed;

    public void Publish(IReadOnlyList<IngestItem> batch)
    {
        if (Committed is not { } handlers)
        {
            return;
        }

        var packets = new List<CommittedPacket>(batch.Count);
        foreach (var item in batch)
        {
            if (item.Known && item.Outcome == PacketOutcomes.Stored && item.DataTimeUtc is { } time && item.Readings.Count > 0)
            {
                packets.Add(new CommittedPacket(item.Packet.Mn, item.Packet.Cn, time, item.Readings));
            }
        }

        if (packets.Count == 0)
        {
            return;
        }

        foreach (var handler in handlers.GetInvocationList().Cast<Action<IReadOnlyList<CommittedPacket>>>())
        {
            try
            {
                handler(packets);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
            {
                // A subscriber's bug must not fail the acknowledgement of data that is already stored.
                LogSubscriberFailed(logger, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An ingest-feed subscriber failed")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception);
}
