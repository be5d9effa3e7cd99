using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Hj212;
using Oasis.Monitoring.Ingest;

namespace Oasis.Tests.Ingest;

/// <summary>A field unit over a real TCP socket to the host's device port; collects every answer line.</summary>
internal sealed class Hj212Client : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private readonly List<string> _answers = [];
    private Task? _reader;

    public static async Task<int> PortAsync(OasisFactory factory) =>
        await factory.Services.GetRequiredService<Hj212Listener>().BoundPort.WaitAsync(TimeSpan.FromSeconds(30));

    public static async Task<Hj212Client> ConnectAsync(OasisFactory factory)
    {
        var client = new Hj212Client();
        await client._tcp.ConnectAsync("127.0.0.1", await PortAsync(factory));
        client._reader = client.ReadAsync();
        return client;
    }

    public IReadOnlyList<string> Answers
    {
        get
        {
            lock (_answers)
            {
                return [.. _answers];
            }
        }
    }

    public Task SendAsync(Hj212Message message) => SendAsync(message.ToPacket());

    public async Task SendAsync(byte[] packet) => await _tcp.GetStream().WriteAsync(packet);

    public async Task<string> WaitForAnswerAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            var found = Answers.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("no matching answer; got: " + string.Join(" | ", Answers));
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[8192];
        var pending = new StringBuilder();
        var stream = _tcp.GetStream();
        try
        {
            while (true)
            {
                var n = await stream.ReadAsync(buffer);
                if (n == 0)
                {
                    return;
                }

                pending.Append(Encoding.ASCII.GetString(buffer, 0, n));
                var text = pending.ToString();
                int end;
                while ((end = text.IndexOf("\r\n", StringComparison.Ordinal)) >= 0)
                {
                    lock (_answers)
                    {
                        _answers.Add(text[..end]);
                    }

                    text = text[(end + 2)..];
                }

                pending.Clear().Append(text);
            }
        }
        catch (IOException)
        {
            // closed
        }
        catch (ObjectDisposedException)
        {
            // closed
        }
    }

    public async ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        if (_reader is not null)
        {
            await _reader;
        }
    }
}
