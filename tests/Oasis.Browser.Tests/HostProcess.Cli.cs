using System.Diagnostics;
using Npgsql;

namespace Oasis.Browser.Tests;

/// <summary>The <c>oasis</c> command against this host's database, run from its build output as an operator would.</summary>
public sealed partial class HostProcess
{
    /// <summary>Runs <c>oasis</c> with <paramref name="args"/> and this host's database settings; returns the exit code and its output.</summary>
    public Task<(int Exit, string Output)> RunCliAsync(params string[] args) => RunAsync(args, withDatabase: true);

    /// <summary>Runs a file-only <c>oasis</c> command (<c>oasis air daily|annual</c>: no database options) and returns its stdout.</summary>
    public async Task<string> RunFileCommandAsync(params string[] args)
    {
        var (exit, output) = await RunAsync(args, withDatabase: false);
        return exit == 0 ? output : throw new InvalidOperationException($"oasis {string.Join(' ', args)} exited {exit}: {output}");
    }

    private async Task<(int Exit, string Output)> RunAsync(string[] args, bool withDatabase)
    {
        var dll = Path.Combine(Path.GetDirectoryName(FindHostDll())!, "..", "..", "..", "..", "Oasis.Cli", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "Oasis.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(dll));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (withDatabase)
        {
            start.ArgumentList.Add($"--Oasis:DataDirectory={_dataDirectory}");
            if (_postgresDatabase is not null)
            {
                start.Environment["Database__Provider"] = "Postgres";
                start.Environment["ConnectionStrings__Oasis"] = new NpgsqlConnectionStringBuilder(ServerConnection) { Database = _postgresDatabase }.ConnectionString;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // A file-only command's stdout is pure CSV: its stderr (progress, counts) stays out of it.
        return (process.ExitCode, withDatabase || process.ExitCode != 0 ? await output + await error : await output);
    }
}
