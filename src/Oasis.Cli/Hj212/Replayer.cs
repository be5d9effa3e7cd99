using System.Diagnostics;
using Oasis.Hj212;

namespace Oasis.Cli.Hj212;

internal sealed record ReplayResult(long Sent, long Answers, int Connections)
{
    public string ToJson() => $"{{\"sent\": {Sent}, \"answers\": {Answers}, \"connections\": {Connections}}}";
}

/// <summary>
/// Replays captured traffic as the devices sent it: lines split on CR LF only, one TCP connection
/// per MN (opened when the MN first appears), lines without a readable MN on one extra shared
/// connection, in file order, optionally paced to <c>rate</c> packets per second overall.
/// </summary>
internal sealed class Replayer(string host, int port, double? rate, TimeSpan answerQuiet, TextWriter log)
{
    private long _answers;

    public async Task<ReplayResult> RunAsync(IEnumerable<ReadOnlyMemory<byte>> lines, CancellationToken ct)
    {
        var connections = new Dictionary<string, DeviceConnection>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        long sent = 0;
        try
        {
            foreach (var line in lines)
            {
                if (rate is > 0 && TimeSpan.FromSeconds(sent / rate.Value) - clock.Elapsed is { Ticks: > 0 } wait)
                {
                    await Task.Delay(wait, ct).ConfigureAwait(false);
                }

                var key = MnOf(line.Span) ?? "";
                if (!connections.TryGetValue(key, out var connection) || connection.Closed)
                {
                    if (connection is not null)
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                    }

                    connection = await DeviceConnection.ConnectAsync(host, port, _ => Interlocked.Increment(ref _answers), ct).ConfigureAwait(false);
                    connections[key] = connection;
                }

                await connection.SendAsync(WithCrLf(line), ct).ConfigureAwait(false);
                sent++;
            }

            await WaitForAnswersAsync(ct).ConfigureAwait(false);
            return new ReplayResult(sent, Interlocked.Read(ref _answers), connections.Count);
        }
        finally
        {
            foreach (var c in connections.Values)
            {
                await c.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Packets of a capture: separated by CR LF only (a bare LF is data); a trailing empty line is dropped.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> SplitLines(ReadOnlyMemory<byte> file)
    {
        var start = 0;
        while (start < file.Length)
        {
            var end = file.Span[start..].IndexOf("\r\n"u8);
            if (end < 0)
            {
                yield return file[start..];
                yield break;
            }

            yield return file.Slice(start, end);
            start += end + 2;
        }
    }

    /// <summary>The MN of a line when it has a readable one (the first <c>MN=</c> field).</summary>
    public static string? MnOf(ReadOnlySpan<byte> line)
    {
        var at = line.IndexOf(";MN="u8);
        if (at < 0)
        {
            at = line.Length > 9 && line[6..].StartsWith("MN="u8) ? 5 : -1;
        }

        if (at < 0)
        {
            return null;
        }

        var value = line[(at + 4)..];
        var end = value.IndexOf((byte)';');
        var mn = end < 0 ? value : value[..end];
        return Hj212Parser.IsValidMn(mn) ? System.Text.Encoding.ASCII.GetString(mn) : null;
    }

    private static ReadOnlyMemory<byte> WithCrLf(ReadOnlyMemory<byte> line)
    {
        var packet = new byte[line.Length + 2];
        line.CopyTo(packet);
        packet[^2] = (byte)'\r';
        packet[^1] = (byte)'\n';
        return packet;
    }

    // The platform answers after its writer commits; wait until answers stop arriving.
    private async Task WaitForAnswersAsync(CancellationToken ct)
    {
        var last = -1L;
        while (Interlocked.Read(ref _answers) != last)
        {
            last = Interlocked.Read(ref _answers);
            await Task.Delay(answerQuiet, ct).ConfigureAwait(false);
        }

        await log.WriteLineAsync($"hj212 replay: no answer for {answerQuiet.TotalSeconds:0.#} s, done").ConfigureAwait(false);
    }
}
