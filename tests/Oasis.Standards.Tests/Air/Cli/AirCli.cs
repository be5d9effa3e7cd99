using System.CommandLine;
using Oasis.Cli.Air;

namespace Oasis.Standards.Tests.Air.Cli;

/// <summary>Runs <c>oasis air …</c> in-process with captured stdout and stderr.</summary>
internal static class AirCli
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand("oasis");
        root.Subcommands.Add(AirCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A temporary file with the given lines joined by \n.</summary>
    public static string File(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oasis-air-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    /// <summary>The PRSA folder beside the repository (../shared/data/prsa), or null when absent.</summary>
    public static string? PrsaDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Oasis.slnx")))
            {
                var prsa = Path.Combine(dir.FullName, "..", "shared", "data", "prsa");
                return Directory.Exists(prsa) ? Path.GetFullPath(prsa) : null;
            }
        }

        return null;
    }

    public static string PrsaFile(string station)
    {
        var dir = PrsaDirectory();
        if (dir is null)
        {
            Assert.Skip("../shared/data/prsa is not present");
        }

        return Path.Combine(dir, $"PRSA_Data_{station}_20130301-20170228.csv");
    }
}
