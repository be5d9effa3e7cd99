using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.Data;
using Oasis.Platform;

namespace Oasis.Monitoring.Ingest;

/// <summary><c>Hj212:Retention:*</c>: how long each kind of received data is kept. Hourly and daily data are kept for ever.</summary>
internal sealed class IngestRetentionOptions
{
    public const string Section = "Hj212:Retention";

    [Range(1, 36500)]
    public int RawPacketDays { get; set; } = 180;

    [Range(1, 36500)]
    public int RealTimeDays { get; set; } = 30;

    [Range(1, 36500)]
    public int MinuteDays { get; set; } = 365;
}

/// <summary>Once a day, removes raw packets, real-time and minute data past their retention.</summary>
internal sealed partial class IngestRetentionWorker(IServiceScopeFactory scopes, IOptions<IngestRetentionOptions> options, TimeProvider clock,
    ILogger<IngestRetentionWorker> logger) : DailyMaintenance(clock, logger)
{
    protected override string JobName => "Ingest retention";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var (packets, realTime, minutes) = await PurgeAsync(ct).ConfigureAwait(false);
        LogPurged(logger, packets, realTime, minutes);
    }

    public async Task<(int Packets, int RealTime, int Minutes)> PurgeAsync(CancellationToken ct)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        var o = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var packetsBefore = now.AddDays(-o.RawPacketDays);
        var realTimeBefore = now.AddDays(-o.RealTimeDays);
        var minutesBefore = now.AddDays(-o.MinuteDays);
        var packets = await db.RawPackets.Where(p => p.ReceivedAt < packetsBefore).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var realTime = await db.Readings.Where(r => r.Cn == "2011" && r.DataTime < realTimeBefore).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var minutes = await db.Readings.Where(r => r.Cn == "2051" && r.DataTime < minutesBefore).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        return (packets, realTime, minutes);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest retention removed {Packets} raw packets, {RealTime} real-time and {Minutes} minute readings")]
    private static partial void LogPurged(ILogger logger, int packets, int realTime, int minutes);

}
