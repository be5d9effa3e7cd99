using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using Oasis.Hj212;

namespace Oasis.Cli.Hj212;

/// <summary>
/// One TCP connection as a device holds it: writes packets, and reads what the platform sends
/// back packet by packet (CR LF framed), handing each to <c>onPacket</c>.
/// </summary>
internal sealed class DeviceConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly Task _reader;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private DeviceConnection(TcpClient client, Action<byte[]> onPacket)
    {
        _client = client;
        _stream = client.GetStream();
        _reader = ReadAsync(onPacket, _stop.Token);
    }

    public static async Task<DeviceConnection> ConnectAsync(string host, int port, Action<byte[]> onPacket, CancellationToken ct)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, ct).ConfigureAwait(false);
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new DeviceConnection(client, onPacket);
    }

    public bool Closed => _reader.IsCompleted;

    public async Task SendAsync(ReadOnlyMemory<byte> packet, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(packet, ct).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadAsync(Action<byte[]> onPacket, CancellationToken ct)
    {
        var reader = PipeReader.Create(_stream);
        var framer = new PacketFramer();
        try
        {
            while (true)
            {
                var result = await reader.ReadAsync(ct).ConfigureAwait(false);
                var buffer = result.Buffer;
                while (framer.TryReadPacket(ref buffer, out var packet, out _))
                {
                    onPacket(packet.ToArray());
                }

                reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Closing.
        }
        catch (IOException)
        {
            // The platform closed the connection; the owner reconnects if it wants to.
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _client.Client.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // Already closed by the platform.
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        await _reader.ConfigureAwait(false);
        _client.Dispose();
        _stop.Dispose();
        _writeLock.Dispose();
    }
}
