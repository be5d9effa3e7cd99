using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Oasis.Browser.Tests;

/// <summary>
/// The real host, started the way README starts it (its build output, demo mode, a fresh data
/// directory), with the demo logins read from the banner it prints at first start.
/// </summary>
public sealed partial class HostProcess : IAsyncLifetime
{
    public const string AdminPassword = "Browser-Passw0rd!";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "oasis-browser", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _passwords = new(StringComparer.Ordinal);
    private Process? _process;
    private string? _postgresDatabase;

    private static bool OnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("Database__Provider"), "Postgres", StringComparison.OrdinalIgnoreCase);

    private static string ServerConnection => Environment.GetEnvironmentVariable("ConnectionStrings__Oasis")
        ?? throw new InvalidOperationException("ConnectionStrings__Oasis must be set for the PostgreSQL pass.");

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyDictionary<string, string> DemoPasswords => _passwords;

    /// <summary>The HJ 212 device port the host listens on.</summary>
    public int Hj212Port { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        Hj212Port = FreePort();
        var hostDll = FindHostDll();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
        };
        foreach (var arg in new[]
                 {
                     hostDll, "--urls", BaseUrl, $"--Oasis:DataDirectory={_dataDirectory}",
                     $"--Oasis:Bootstrap:AdminPassword={AdminPassword}", "--Oasis:Demo=true", $"--Hj212:Port={Hj212Port}",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        // Same switch as the API suite: PostgreSQL when the environment names it, each run on its own database.
        if (OnPostgres)
        {
            _postgresDatabase = "oasis_browser_" + Guid.NewGuid().ToString("N")[..12];
            await ExecuteOnServerAsync($"CREATE DATABASE \"{_postgresDatabase}\"");
            start.Environment["ConnectionStrings__Oasis"] =
                new NpgsqlConnectionStringBuilder(ServerConnection) { Database = _postgresDatabase }.ConnectionString;
            start.Environment["Database__MigrateOnStart"] = "true";
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            var login = DemoLogin().Match(e.Data);
            if (login.Success)
            {
                lock (_passwords)
                {
                    _passwords[login.Groups[1].Value] = login.Groups[2].Value;
                }
            }

            if (e.Data.Contains("数据库 database", StringComparison.Ordinal))
            {
                // The banner prints the database after the URL; demo logins follow in the same burst.
                _ = Task.Delay(500).ContinueWith(_ => ready.TrySetResult(), TaskScheduler.Default);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, _process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(5)));
        if (finished != ready.Task)
        {
            throw new InvalidOperationException("The host did not start:\n" + output);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // best effort: the OS cleans its temp directory
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string FindHostDll()
    {
        // tests/Oasis.Browser.Tests/bin/<Configuration>/net10.0 → src/Oasis/bin/<Configuration>/net10.0/Oasis.dll
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(root, "src", "Oasis", "bin", configuration, "net10.0", "Oasis.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the host first", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^\s+(demo\.[a-z]+)\s+(\S+)\s+\w+$")]
    private static partial Regex DemoLogin();
}
