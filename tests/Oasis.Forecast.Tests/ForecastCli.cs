using System.CommandLine;
using Oasis.Cli.Forecast;

namespace Oasis.Forecast.Tests;

/// <summary>Runs <c>oasis forecast …</c> in-process on slices of the PRSA files.</summary>
internal static class ForecastCli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand("oasis");
        root.Subcommands.Add(ForecastCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(["forecast", .. args]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>
    /// The rows of one PRSA station from <paramref name="from"/> to <paramref name="until"/> (inclusive) in a temporary
    /// file with the original header; skipped when ../shared/data/prsa is absent.
    /// </summary>
    public static string PrsaSlice(string station, DateOnly from, DateOnly until)
    {
        var source = Path.Combine(PrsaDirectory(), $"PRSA_Data_{station}_20130301-20170228.csv");
        var lines = File.ReadLines(source).ToList();
        var kept = new List<string> { lines[0] };
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            var day = new DateOnly(int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture));
            if (day >= from && day <= until)
            {
                kept.Add(line);
            }
        }

        return TempFile(kept);
    }

    public static string TempFile(IEnumerable<string> lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oasis-forecast-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    private static string PrsaDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Oasis.slnx")))
            {
                var prsa = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "prsa"));
                if (Directory.Exists(prsa))
                {
                    return prsa;
                }
            }
        }

        Assert.Skip("../shared/data/prsa is not present");
        return string.Empty;
    }
}
