using System.CommandLine;
using Oasis.Cli.Water;

namespace Oasis.Standards.Tests.Water.Cli;

/// <summary>Runs <c>oasis water …</c> in-process with captured stdout and stderr.</summary>
internal static class WaterCli
{
    public const string Header =
        "section,date,waterbody,pH,DO,CODMn,COD,BOD5,NH3N,TP,Cu,Zn,F,Se,As,Hg,Cd,Cr6,Pb,CN,Phenol,Oil,LAS,Sulfide,TN,FecalColiform";

    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand("oasis");
        root.Subcommands.Add(WaterCommand.Create());
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>A data row: section, date, waterbody, then <c>CODE=text</c> for the values given (the others empty).</summary>
    public static string Row(string section, string date, string body, params string[] values)
    {
        var codes = Header.Split(',');
        var fields = new string[codes.Length];
        fields[0] = section;
        fields[1] = date;
        fields[2] = body;
        foreach (var pair in values)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            fields[Array.IndexOf(codes, pair[..eq])] = pair[(eq + 1)..];
        }

        return string.Join(',', fields);
    }

    /// <summary>A temporary file with the given lines joined by \n.</summary>
    public static string File(params string[] lines)
    {
        var path = Path.Combine(Path.GetTempPath(), $"oasis-water-{Guid.NewGuid():N}.csv");
        System.IO.File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
