using System.Diagnostics;
using System.Net;
using System.Text;

namespace Oasis.Tests;

/// <summary>The built host started as its own process, as an operator starts it; disposing kills it if it still runs.</summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private HostProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public static HostProcess Start(string dataDirectory, string urls, string adminPassword, params string[] more) =>
        Start(dataDirectory, urls, adminPassword, keepDatabaseEnvironment: false, more);

    /// <summary>With <paramref name="keepDatabaseEnvironment"/>, the process uses the pass's database (SQLite or PostgreSQL).</summary>
    public static HostProcess Start(string dataDirectory, string urls, string adminPassword, bool keepDatabaseEnvironment, params string[] more)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "Oasis.dll"), "--urls", urls,
                     $"--Oasis:DataDirectory={dataDirectory}", $"--Oasis:Bootstrap:AdminPassword={adminPassword}", "--Oasis:Demo=false", .. more])
        {
            start.ArgumentList.Add(argument);
        }

        if (!keepDatabaseEnvironment)
        {
            // The embedded SQLite case, whatever pass the tests run in.
            start.Environment.Remove("Database__Provider");
            start.Environment.Remove("ConnectionStrings__Oasis");
        }

        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        var process = new Process { StartInfo = start };
        var host = new HostProcess(process);
        process.OutputDataReceived += (_, e) => host.Append(host._output, e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(host._errors, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestApi.Ct);
        cts.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            _process.WaitForExit(); // drains the redirected output
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(_process.HasExited, $"the host exited with {(_process.HasExited ? _process.ExitCode : 0)}\n{Output}\n{Errors}");
            try
            {
                using var response = await client.GetAsync("/health", TestApi.Ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250, TestApi.Ct);
        }

        Assert.Fail($"the host did not become healthy within {timeout}\n{Output}\n{Errors}");
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a power cut or an OOM kill would leave it.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // never started or already gone
        }

        _process.Dispose();
    }

    private void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }
}
