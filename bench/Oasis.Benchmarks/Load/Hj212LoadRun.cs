using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Oasis.Hj212;

namespace Oasis.Benchmarks.Load;

/// <summary>
/// End-to-end load on a running host's device port: N device connections send 2051 minute data
/// (six factors each) as fast as the server acknowledges them, with a window of unanswered
/// packets per connection as real data loggers keep. Reports acknowledged readings per second.
/// </summary>
internal static class Hj212LoadRun
{
    private const int Window = 64;

    public static async Task<int> RunAsync(string host, int port, int devices, int seconds, int warmupSeconds)
    {
        using var stop = new CancellationTokenSource();
        var counters = new long[devices];
        var tasks = Enumerable.Range(0, devices).Select(i => DeviceAsync(host, port, i, counters, stop.Token)).ToArray();
        await Task.Delay(TimeSpan.FromSeconds(warmupSeconds)).ConfigureAwait(false);
        var start = counters.Sum();
        var clock = Stopwatch.StartNew();
        await Task.Delay(TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
        var packets = counters.Sum() - start;
        var elapsed = clock.Elapsed.TotalSeconds;
        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(tasks).ConfigureAwait(false);
        var readings = packets * Factors.Length / elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"devices\": {devices}, \"seconds\": {elapsed:0.0}, \"packets\": {packets}, \"packetsPerSecond\": {packets / elapsed:0}, \"readingsPerSecond\": {readings:0}}}"));
        return 0;
    }

    private static readonly string[] Factors = ["a34004", "a34002", "a21026", "a21004", "a21005", "a05024"];

    private static async Task DeviceAsync(string host, int port, int index, long[] counters, CancellationToken stop)
    {
        using var tcp = new TcpClient { NoDelay = true };
        await tcp.ConnectAsync(host, port, stop).ConfigureAwait(false);
        var stream = tcp.GetStream();
        var identity = new DeviceIdentity($"LOAD{index:D20}", "load", "22");
        using var window = new SemaphoreSlim(Window, Window);
        var reader = Task.Run(async () =>
        {
            var buffer = new byte[65536];
            int n;
            try
            {
                while ((n = await stream.ReadAsync(buffer, CancellationToken.None).ConfigureAwait(false)) > 0)
                {
                    for (var i = 0; i < n - 1; i++)
                    {
                        if (buffer[i] == '\r' && buffer[i + 1] == '\n')
                        {
                            Interlocked.Increment(ref counters[index]);
                            window.Release();
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or SemaphoreFullException)
            {
                // closed
            }
        }, CancellationToken.None);

        var minute = new DateTime(2020, 1, 1).AddDays(index);
        var random = new Random(index);
        try
        {
            for (var k = 0; ; k++)
            {
                await window.WaitAsync(stop).ConfigureAwait(false);
                var samples = Factors.Select(f => FactorSample.Single(f, FieldKind.Avg, Math.Round(random.NextDouble() * 100, 1))).ToList();
                var packet = Hj212Commands.DataUpload(identity, Qns.From(minute.AddMinutes(k)), 2051, minute.AddMinutes(k), samples).ToPacket();
                await stream.WriteAsync(packet, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // run over
        }

        tcp.Close();
        await reader.ConfigureAwait(false);
    }

    /// <summary>Opens <paramref name="connections"/> idle device connections (one heartbeat each) and holds them.</summary>
    public static async Task<int> IdleAsync(string host, int port, int connections, int holdSeconds)
    {
        var clients = new List<TcpClient>(connections);
        try
        {
            for (var i = 0; i < connections; i++)
            {
                var tcp = new TcpClient();
                await tcp.ConnectAsync(host, port).ConfigureAwait(false);
                await tcp.GetStream().WriteAsync(Hj212Commands.Heartbeat(new DeviceIdentity($"IDLE{i:D20}", "idle", "22")).ToPacket()).ConfigureAwait(false);
                clients.Add(tcp);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"connections\": {clients.Count}}}"));
            await Task.Delay(TimeSpan.FromSeconds(holdSeconds)).ConfigureAwait(false);
            return 0;
        }
        finally
        {
            foreach (var c in clients)
            {
                c.Dispose();
            }
        }
    }
}
