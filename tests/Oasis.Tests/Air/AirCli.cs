using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Oasis.Cli;
using Oasis.Platform.Configuration;

namespace Oasis.Tests.Air;

/// <summary>Runs the <c>oasis</c> command in-process, against the test host's own database where asked.</summary>
internal static class AirCli
{
    public static string Prsa(string station) =>
        Ingest.SharedFiles.Path("data", "prsa", $"PRSA_Data_{station}_20130301-20170228.csv");

    public static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await OasisCommand.CreateRoot().Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestApi.Ct);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary><c>oasis import air</c> into the database of <paramref name="factory"/>'s host (its configuration keys).</summary>
    public static Task<(int Exit, string Output, string Error)> ImportAsync(OasisFactory factory, params string[] args)
    {
        var settings = factory.Services.GetRequiredService<DatabaseSettings>();
        return RunAsync(["import", "air", .. args, $"--Database:Provider={settings.Provider}", $"--ConnectionStrings:Oasis={settings.ConnectionString}"]);
    }

    /// <summary>Writes an Oasis hourly CSV (header station,time,PM2.5,PM10,SO2,NO2,CO,O3) to a temporary file.</summary>
    public static string WriteOasisCsv(IEnumerable<string> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), "oasis-tests", $"air-{Guid.NewGuid():N}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "station,time,PM2.5,PM10,SO2,NO2,CO,O3\n" + string.Join('\n', rows) + "\n");
        return path;
    }
}
