using System.Net.Sockets;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Hj212.Simulation;
using Oasis.Monitoring.Devices;
using Oasis.Monitoring.Ingest;
using Oasis.Platform.Startup;

namespace Oasis.Demo;

/// <summary>
/// In demo mode, the demonstration city's registered devices report to Oasis's own device port
/// over real HJ 212 sockets — real-time data every interval, minute and hourly data on time, and
/// hourly history from the start of yesterday for the air and water stations — so the screens are alive on first start. It goes
/// through the same path as a real device: framing, checks, durable write, 9014.
/// </summary>
internal sealed partial class DemoDeviceSimulator(IServiceScopeFactory scopes, IDataProtectionProvider protection, Hj212Listener listener,
    DemoState demo, IConfiguration configuration, TimeProvider clock, ILogger<DemoDeviceSimulator> logger) : BackgroundService
{

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first database work.
        await Task.Yield();
        if (!demo.Present || !configuration.GetValue("Oasis:Demo:Simulate", true))
        {
            return;
        }

        int port;
        try
        {
            port = await listener.BoundPort.WaitAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            return; // the listener logged why; nothing to simulate against
        }

        if (port == 0)
        {
            return;
        }

        var units = await LoadUnitsAsync(stoppingToken).ConfigureAwait(false);
        LogStarting(logger, units.Count, port);
        var tasks = units.Select(u => RunAsync(u, port, stoppingToken)).ToArray();
        await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private async Task<List<SimulatedDevice>> LoadUnitsAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
        var protector = protection.CreateProtector(DeviceRegistry.ProtectorPurpose);
        var devices = await db.Devices.AsNoTracking().Where(d => d.Protocol == "2017").ToListAsync(ct).ConfigureAwait(false);
        var hasHistory = await db.Readings.AnyAsync(r => r.Cn == "2061", ct).ConfigureAwait(false);
        return devices.Select(d =>
        {
            var kind = d.SystemCode switch
            {
                "22" => DeviceKind.Air,
                "21" => DeviceKind.Water,
                _ => DeviceKind.Gas,
            };
            var seed = StableSeed(d.Mn);
            var options = new FieldUnitOptions(d.Mn, d.ProtectedPassword is null ? "" : protector.Unprotect(d.ProtectedPassword), kind)
            {
                Faults = FaultRates.Demo,
            };
            return new SimulatedDevice(new SimulatedFieldUnit(options, new Random(seed)), d.RealtimeIntervalSeconds, d.MinuteIntervalMinutes,
                0.75 + ((seed % 60) / 100.0), !hasHistory && kind is DeviceKind.Air or DeviceKind.Water);
        }).ToList();
    }

    private async Task RunAsync(SimulatedDevice device, int port, CancellationToken ct)
    {
        // Spread the devices over the first interval, as real ones are never in step.
        await Task.Delay(TimeSpan.FromMilliseconds(StableSeed(device.Unit.Options.Mn) % 5_000), clock, ct).ConfigureAwait(false);
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var tcp = new TcpClient();
                await tcp.ConnectAsync("127.0.0.1", port, ct).ConfigureAwait(false);
                var stream = tcp.GetStream();
                var drain = DrainAsync(stream, ct);
                await ReportAsync(device, stream, ct).ConfigureAwait(false);
                await drain.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException)
            {
                LogReconnect(logger, device.Unit.Options.Mn, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(10), clock, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task ReportAsync(SimulatedDevice device, NetworkStream stream, CancellationToken ct)
    {
        if (device.Backfill)
        {
            // From the start of yesterday (Beijing): a complete day gives the screens valid daily figures at once.
            var thisHour = BeijingNow().Date.AddHours(BeijingNow().Hour);
            for (var hour = BeijingNow().Date.AddDays(-1); hour < thisHour; hour = hour.AddHours(1))
            {
                await SendAsync(device, stream, 2061, hour, ct).ConfigureAwait(false);
            }

            device.Backfill = false;
        }

        var lastMinuteSlot = Slot(BeijingNow(), device.MinuteInterval);
        var lastHour = BeijingNow().Hour;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(device.RealtimeSeconds, 5, 3600)), clock);
        while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
        {
            var now = BeijingNow();
            await SendAsync(device, stream, 2011, now, ct).ConfigureAwait(false);
            var slot = Slot(now, device.MinuteInterval);
            if (slot != lastMinuteSlot)
            {
                await SendAsync(device, stream, 2051, lastMinuteSlot, ct).ConfigureAwait(false);
                lastMinuteSlot = slot;
            }

            if (now.Hour != lastHour)
            {
                await SendAsync(device, stream, 2061, now.Date.AddHours(now.Hour).AddHours(-1), ct).ConfigureAwait(false);
                lastHour = now.Hour;
            }
        }
    }

    private async Task SendAsync(SimulatedDevice device, NetworkStream stream, int cn, DateTime dataTime, CancellationToken ct)
    {
        // The station's level scales its pollutants (CO keeps its decimals), never its wind.
        var values = device.Unit.SyntheticValues(dataTime)
            .Select(v => new KeyValuePair<string, double?>(v.Key, v.Value is { } x && device.Unit.Options.Kind == DeviceKind.Air
                && v.Key is not ("a21005" or Air.Views.AirWind.Speed or Air.Views.AirWind.Direction) ? Math.Round(x * device.Level) : v.Value))
            .ToList();
        var upload = device.Unit.Upload(cn, dataTime, BeijingNow(), values);
        foreach (var packet in upload.Packets)
        {
            await stream.WriteAsync(packet, ct).ConfigureAwait(false);
        }
    }

    private static async Task DrainAsync(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer, ct).ConfigureAwait(false) > 0)
            {
                // answers (9014) are not needed: the simulator does not retry
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // connection closed
        }
    }

    private DateTime BeijingNow() => clock.GetUtcNow().UtcDateTime.AddHours(8);

    private static DateTime Slot(DateTime time, int minutes) =>
        time.Date.AddHours(time.Hour).AddMinutes(time.Minute / Math.Max(minutes, 1) * Math.Max(minutes, 1));

    private static int StableSeed(string mn)
    {
        var hash = 17;
        foreach (var c in mn)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & 0x7FFFFFFF;
    }

    private sealed class SimulatedDevice(SimulatedFieldUnit unit, int realtimeSeconds, int minuteInterval, double level, bool backfill)
    {
        public SimulatedFieldUnit Unit { get; } = unit;

        public int RealtimeSeconds { get; } = realtimeSeconds;

        public int MinuteInterval { get; } = minuteInterval;

        /// <summary>How polluted this station's surroundings are, relative to the city (0.75–1.34).</summary>
        public double Level { get; } = level;

        public bool Backfill { get; set; } = backfill;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "演示设备 Demo devices: {Count} simulated field units report to port {Port}")]
    private static partial void LogStarting(ILogger logger, int count, int port);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Demo device {Mn} reconnects: {Reason}")]
    private static partial void LogReconnect(ILogger logger, string mn, string reason);
}
