using System.CommandLine;
using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Oasis.Cli.Hj212;

namespace Oasis.Hj212.Tests;

/// <summary>A tiny platform: accepts devices, answers 9014 to every packet whose Flag asks, counts packets.</summary>
internal sealed class AnsweringListener : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _clients = [];
    private readonly Task _accept;
    private int _connections;
    private int _packets;

    public AnsweringListener(bool answerEverything = false)
    {
        AnswerEverything = answerEverything;
        _listener.Start();
        _accept = AcceptAsync();
    }

    public bool AnswerEverything { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref _connections);

    public int Packets => Volatile.Read(ref _packets);

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                lock (_clients)
                {
                    _clients.Add(ServeAsync(client));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var owned = client;
        var stream = client.GetStream();
        var reader = System.IO.Pipelines.PipeReader.Create(stream);
        var framer = new PacketFramer();
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(_stop.Token);
                var buffer = result.Buffer;
                while (framer.TryReadPacket(ref buffer, out var packet, out _))
                {
                    Interlocked.Increment(ref _packets);
                    var bytes = packet.ToArray();
                    var reason = Hj212Parser.Parse(bytes, out var view);
                    if (reason == RejectReason.None && (view.AnswerWanted || AnswerEverything))
                    {
                        await stream.WriteAsync(Hj212Commands.DataAnswerFor(view), _stop.Token);
                    }
                    else if (AnswerEverything)
                    {
                        await stream.WriteAsync(Hj212Commands.DataAnswer(null, "unknown", "000000").ToPacket(), _stop.Token);
                    }
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accept;
        Task[] clients;
        lock (_clients)
        {
            clients = [.. _clients];
        }

        await Task.WhenAll(clients);
        _stop.Dispose();
    }
}

public sealed class CliClientTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(Hj212Command.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Replay_opens_one_connection_per_mn_plus_one_shared_and_counts_the_9014_answers()
    {
        await using var platform = new AnsweringListener();
        var file = Path.GetTempFileName();
        string[] lines =
        [
            Encoding.ASCII.GetString(Hj212Commands.DataAnswer("20160801085857223", "A1", "1").ToPacket()).TrimEnd(),
            Encoding.ASCII.GetString(new Hj212Message("20160801085857224", "22", "2011", "1", "DEVICE1", 5, "DataTime=20160801085857;a34004-Rtd=1").ToPacket()).TrimEnd(),
            Encoding.ASCII.GetString(new Hj212Message("20160801085857225", "22", "2011", "1", "DEVICE2", 5, "DataTime=20160801085857;a34004-Rtd=2").ToPacket()).TrimEnd(),
            Encoding.ASCII.GetString(new Hj212Message("20160801085857226", "22", "2011", "1", "DEVICE1", 4, "DataTime=20160801085857;a34004-Rtd=3").ToPacket()).TrimEnd(),
            "##test13912345678\0\nm&\n\0;VerSion=2.5&&9601",
        ];
        await File.WriteAllTextAsync(file, string.Join("\r\n", lines) + "\r\n", TestContext.Current.CancellationToken);

        try
        {
            var (exit, stdout, stderr) = await Run("hj212", "replay", file, "--host", "127.0.0.1", "--port", platform.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--answer-wait", "0.3");

            Assert.True(exit == 0, stderr);
            Assert.Equal("{\"sent\": 5, \"answers\": 2, \"connections\": 4}", stdout.Trim());
            Assert.Equal(4, platform.Connections);
            Assert.Equal(5, platform.Packets);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Replaying_the_shared_hour_sends_every_line_over_284_device_connections_plus_one_shared()
    {
        await using var platform = new AnsweringListener();
        var file = SharedFiles.Path("data", "hj212", "2016-08-24_05.h212");

        var (exit, stdout, stderr) = await Run("hj212", "replay", file, "--host", "127.0.0.1", "--port", platform.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--answer-wait", "0.5");

        // Ten packets ask for an answer (Flag=1: three 1013, seven 2072); the line "##test…" has no MN.
        Assert.True(exit == 0, stderr);
        Assert.Equal("{\"sent\": 8696, \"answers\": 10, \"connections\": 285}", stdout.Trim());
        Assert.Equal(8696, platform.Packets);
    }

    [Fact]
    public async Task Replay_rate_paces_packets_overall()
    {
        await using var platform = new AnsweringListener();
        var file = Path.GetTempFileName();
        var line = Encoding.ASCII.GetString(Hj212Commands.Heartbeat(new DeviceIdentity("LD130121000243", "123456", "32")).ToPacket());
        await File.WriteAllTextAsync(file, string.Concat(Enumerable.Repeat(line, 6)), TestContext.Current.CancellationToken);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var (exit, stdout, _) = await Run("hj212", "replay", file, "--host", "127.0.0.1", "--port", platform.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--rate", "20", "--answer-wait", "0.1");
        File.Delete(file);

        Assert.Equal(0, exit);
        Assert.Equal("{\"sent\": 6, \"answers\": 0, \"connections\": 1}", stdout.Trim());
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(250), clock.Elapsed.ToString());
    }

    [Fact]
    public async Task Replay_of_an_unreachable_host_exits_1_with_a_message_and_no_stack_trace()
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, "##0000\r\n", TestContext.Current.CancellationToken);
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var (exit, stdout, stderr) = await Run("hj212", "replay", file, "--host", "127.0.0.1", "--port", closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        File.Delete(file);

        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("oasis hj212 replay:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulated_air_devices_replaying_prsa_get_every_upload_acknowledged()
    {
        await using var platform = new AnsweringListener();

        var (exit, stdout, stderr) = await Run("hj212", "simulate", "--host", "127.0.0.1", "--port", platform.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--devices", "3", "--interval", "0.2", "--duration", "1.5", "--prsa", SharedFiles.Path("data", "prsa"), "--duplicate-rate", "0.5", "--fault-rate", "0.3");

        Assert.True(exit == 0, stderr);
        Assert.StartsWith("{\"devices\": 3, ", stdout, StringComparison.Ordinal);
        Assert.Equal(3, platform.Connections);
        Assert.Contains("\"unacknowledged\": 0", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"acknowledged\": 0,", stdout, StringComparison.Ordinal);
    }
}
