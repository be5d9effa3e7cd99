using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Oasis.Hj212;

namespace Oasis.Tests.Ingest;

/// <summary>
/// Durable before acknowledged: devices at full speed record every 9014 they get; the host is
/// killed with SIGKILL mid-stream and restarted; every acknowledged reading is in the database,
/// and re-sending them stores nothing twice.
/// </summary>
public sealed class CrashTests
{
    private const int Devices = 20;

    [Fact]
    public async Task Every_acknowledged_reading_survives_a_sigkill_and_resends_are_not_duplicated()
    {
        var data = Path.Combine(Path.GetTempPath(), "oasis-crash", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var (connection, extra, drop) = await DatabaseAsync(data);
        var acked = new ConcurrentDictionary<string, (string Mn, DateTime Hour)>(StringComparer.Ordinal);
        var sentAll = new ConcurrentDictionary<string, (string Mn, DateTime Hour)>(StringComparer.Ordinal);
        try
        {
            using (var host = await StartAsync(data, extra))
            {
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));
                var devices = Enumerable.Range(0, Devices)
                    .Select(i => RunDeviceAsync(host.Hj212Port, $"CRASHMN{i:D17}", sentAll, acked, stop.Token)).ToArray();

                // Kill once ingest runs at full speed (a loaded CI machine takes a while to get there).
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (acked.Count < 2_000 && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(50, TestApi.Ct);
                }

                Assert.True(acked.Count > 0, "no acknowledgement before the kill\n" + host.Process.Output + host.Process.Errors);
                host.Process.Kill(); // SIGKILL while the devices are still sending
                await stop.CancelAsync();
                await Task.WhenAll(devices);
            }

            Assert.True(acked.Count >= 2_000, $"only {acked.Count} acknowledgements before the kill");
            Assert.True(sentAll.Count > acked.Count, "the kill should interrupt unacknowledged packets too");

            int before;
            using (var host = await StartAsync(data, extra))
            {
                before = await CountAsync(connection);
                var stored = await KeysAsync(connection);
                var missing = acked.Values.Where(k => !stored.Contains(k)).ToList();
                Assert.True(missing.Count == 0, $"{missing.Count} acknowledged readings lost, e.g. {missing.FirstOrDefault()}");

                // Re-send what was acknowledged: answered again, stored once.
                await ResendAsync(host.Hj212Port, acked.Values.Take(200).ToList());
                Assert.Equal(before, await CountAsync(connection));
            }
        }
        finally
        {
            await drop();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }

    private sealed record RunningHost(HostProcess Process, int Hj212Port) : IDisposable
    {
        public void Dispose() => Process.Dispose();
    }

    private static async Task<RunningHost> StartAsync(string data, string[] extra)
    {
        var http = HostProcess.FreePort();
        var port = HostProcess.FreePort();
        var process = HostProcess.Start(data, $"http://127.0.0.1:{http}", "Crash-Passw0rd!", keepDatabaseEnvironment: true,
            [$"--Hj212:Port={port}", .. extra]);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{http}") };
        await process.WaitUntilHealthyAsync(client, TimeSpan.FromSeconds(90));
        return new RunningHost(process, port);
    }

    private static Hj212Message Packet(string mn, int k, out DateTime hour)
    {
        hour = new DateTime(2020, 1, 1, 0, 0, 0).AddHours(k);
        return Hj212Commands.DataUpload(new DeviceIdentity(mn, "pw", "22"), $"{mn[^6..]}{k:D11}", 2061, hour,
            [FactorSample.Single("a34004", FieldKind.Avg, k % 500), FactorSample.Single("a34002", FieldKind.Avg, k % 700)]);
    }

    private static async Task RunDeviceAsync(int port, string mn, ConcurrentDictionary<string, (string, DateTime)> sent,
        ConcurrentDictionary<string, (string, DateTime)> acked, CancellationToken stop)
    {
        using var tcp = new TcpClient();
        try
        {
            await tcp.ConnectAsync("127.0.0.1", port, stop);
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException)
        {
            return; // counted by the acknowledgement assertions
        }

        var stream = tcp.GetStream();
        var reader = Task.Run(() => ReadAnswersAsync(stream, sent, acked), CancellationToken.None);
        try
        {
            for (var k = 0; !stop.IsCancellationRequested; k++)
            {
                var message = Packet(mn, k, out var hour);
                sent[message.Qn!] = (mn, DateTime.SpecifyKind(hour.AddHours(-8), DateTimeKind.Utc));
                await stream.WriteAsync(message.ToPacket(), stop);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or SocketException)
        {
            // the host died or the run ended
        }

        tcp.Close();
        await reader;
    }

    private static async Task ReadAnswersAsync(NetworkStream stream, ConcurrentDictionary<string, (string, DateTime)> sent,
        ConcurrentDictionary<string, (string, DateTime)> acked)
    {
        var buffer = new byte[65536];
        var pending = new StringBuilder();
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                pending.Append(Encoding.ASCII.GetString(buffer, 0, n));
                var text = pending.ToString();
                int end;
                while ((end = text.IndexOf("\r\n", StringComparison.Ordinal)) >= 0)
                {
                    var line = text[..end];
                    text = text[(end + 2)..];
                    var qnAt = line.IndexOf("QN=", StringComparison.Ordinal);
                    if (line.Contains("CN=9014", StringComparison.Ordinal) && qnAt >= 0)
                    {
                        var qn = line[(qnAt + 3)..line.IndexOf(';', qnAt)];
                        if (sent.TryGetValue(qn, out var key))
                        {
                            acked[qn] = key;
                        }
                    }
                }

                pending.Clear().Append(text);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException)
        {
            // connection gone
        }
    }

    private static async Task ResendAsync(int port, List<(string Mn, DateTime Hour)> keys)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port, TestApi.Ct);
        var stream = tcp.GetStream();
        var sent = new ConcurrentDictionary<string, (string, DateTime)>(StringComparer.Ordinal);
        var acked = new ConcurrentDictionary<string, (string, DateTime)>(StringComparer.Ordinal);
        var reader = Task.Run(() => ReadAnswersAsync(stream, sent, acked), CancellationToken.None);
        foreach (var (mn, hourUtc) in keys)
        {
            var k = (int)(hourUtc.AddHours(8) - new DateTime(2020, 1, 1)).TotalHours;
            var message = Packet(mn, k, out _);
            sent[message.Qn!] = (mn, hourUtc);
            await stream.WriteAsync(message.ToPacket(), TestApi.Ct);
        }

        var until = DateTime.UtcNow.AddSeconds(30);
        while (acked.Count < keys.Count && DateTime.UtcNow < until)
        {
            await Task.Delay(50, TestApi.Ct);
        }

        Assert.Equal(keys.Count, acked.Count);
        tcp.Close();
        await reader;
    }

    private static async Task<(Func<System.Data.Common.DbConnection> Connection, string[] Extra, Func<Task> Drop)> DatabaseAsync(string data)
    {
        if (!OasisFactory.OnPostgres)
        {
            var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "oasis.db"), Pooling = false }.ConnectionString;
            return (() => new SqliteConnection(file), [], () => Task.CompletedTask);
        }

        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Oasis")!;
        var name = "oasis_crash_" + Guid.NewGuid().ToString("N")[..12];
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
        return (() => new NpgsqlConnection(database), [$"--ConnectionStrings:Oasis={database}", "--Database:MigrateOnStart=true"], async () =>
        {
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await command.ExecuteNonQueryAsync();
        });
    }

    private static async Task<int> CountAsync(Func<System.Data.Common.DbConnection> open)
    {
        await using var connection = open();
        await connection.OpenAsync(TestApi.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM ingest_readings";
        return Convert.ToInt32(await command.ExecuteScalarAsync(TestApi.Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HashSet<(string, DateTime)>> KeysAsync(Func<System.Data.Common.DbConnection> open)
    {
        var keys = new HashSet<(string, DateTime)>();
        await using var connection = open();
        await connection.OpenAsync(TestApi.Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Mn\", \"DataTime\" FROM ingest_readings WHERE \"Factor\" = 'a34004'";
        await using var reader = await command.ExecuteReaderAsync(TestApi.Ct);
        while (await reader.ReadAsync(TestApi.Ct))
        {
            keys.Add((reader.GetString(0), DateTime.SpecifyKind(reader.GetDateTime(1).ToUniversalTime(), DateTimeKind.Utc)));
        }

        return keys;
    }
}
