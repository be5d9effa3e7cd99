using System.Collections.Concurrent;
using System.Net.Sockets;
using Oasis.Hj212;
using Oasis.Hj212.Simulation;

namespace Oasis.Cli.Hj212;

/// <summary>Totals over all simulated devices.</summary>
internal sealed class SimulationTotals
{
    public long Uploads;
    public long Sent;
    public long Acknowledged;
    public long Retries;
    public long Unacknowledged;
    public long Silent;

    public string ToJson(int devices) =>
        $"{{\"devices\": {devices}, \"uploads\": {Uploads}, \"sent\": {Sent}, \"acknowledged\": {Acknowledged}, \"retries\": {Retries}, \"unacknowledged\": {Unacknowledged}, \"silent\": {Silent}}}";
}

/// <summary>
/// Drives one <see cref="SimulatedFieldUnit"/> over its own TCP connection: sends an upload,
/// waits for the 9014 with the same QN, re-sends the same packet after the timeout up to the
/// retry count (HJ 212-2017 Table 1: 10 s, 3 retries over mobile networks), answers platform
/// commands, and reconnects when the platform drops it.
/// </summary>
internal sealed class SimulatedDevice(SimulatedFieldUnit unit, SimulationSettings settings, SimulationTotals totals, TextWriter log)
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaiting = new(StringComparer.Ordinal);
    private DeviceConnection? _connection;

    public string Mn => unit.Identity.Mn;

    public async Task UploadAsync(SimulatedUpload upload, CancellationToken ct)
    {
        Interlocked.Increment(ref totals.Uploads);
        if (upload.Silent)
        {
            Interlocked.Increment(ref totals.Silent);
            return;
        }

        var acked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _awaiting[upload.Qn] = acked;
        try
        {
            for (var attempt = 0; attempt <= settings.Retries && !ct.IsCancellationRequested; attempt++)
            {
                if (attempt > 0)
                {
                    Interlocked.Increment(ref totals.Retries);
                }

                if (!await TrySendAsync(upload.Packets, ct).ConfigureAwait(false))
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
                    continue;
                }

                if (await Task.WhenAny(acked.Task, Task.Delay(settings.AckTimeout, ct)).ConfigureAwait(false) == acked.Task)
                {
                    Interlocked.Increment(ref totals.Acknowledged);
                    return;
                }
            }

            // Stopped while waiting: the upload was in flight, not refused.
            if (!ct.IsCancellationRequested)
            {
                Interlocked.Increment(ref totals.Unacknowledged);
            }
        }
        finally
        {
            _awaiting.TryRemove(upload.Qn, out _);
        }
    }

    public async ValueTask CloseAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> TrySendAsync(IReadOnlyList<byte[]> packets, CancellationToken ct)
    {
        try
        {
            if (_connection is null || _connection.Closed)
            {
                await CloseAsync().ConfigureAwait(false);
                _connection = await DeviceConnection.ConnectAsync(settings.Host, settings.Port, OnPacket, ct).ConfigureAwait(false);
            }

            foreach (var p in packets)
            {
                await _connection.SendAsync(p, ct).ConfigureAwait(false);
                Interlocked.Increment(ref totals.Sent);
            }

            return true;
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            await log.WriteLineAsync($"hj212 simulate: {Mn}: {ex.Message}").ConfigureAwait(false);
            _connection = null;
            return false;
        }
    }

    private void OnPacket(byte[] bytes)
    {
        var packet = Hj212Packet.TryDecode(bytes, out var reason);
        if (packet is null)
        {
            log.WriteLine($"hj212 simulate: {Mn}: platform packet refused ({reason})");
            return;
        }

        if (packet.CnCode is CommandCodes.DataAnswer or CommandCodes.NoticeAnswer)
        {
            if (packet.Qn is { } qn && _awaiting.TryGetValue(qn, out var waiting))
            {
                waiting.TrySetResult();
            }

            return;
        }

        // A command from the platform: answer it on the same connection.
        var responses = unit.Respond(packet, settings.BeijingNow());
        _ = Task.Run(async () =>
        {
            foreach (var r in responses)
            {
                await TrySendAsync([r.ToPacket()], CancellationToken.None).ConfigureAwait(false);
            }
        });
    }
}
