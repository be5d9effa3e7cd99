using System.CommandLine;

namespace Oasis.Cli.Water;

/// <summary>
/// <c>oasis water evaluate</c>: the GB 3838-2002 class of each sample (docs/water-cli.md). stdout carries only
/// CSV; problems go to stderr; exit 0 success, 1 usage or I/O error, 2 malformed rows (0 with --skip-bad).
/// </summary>
internal static class WaterCommand
{
    private const string Name = "oasis water";

    public static Command Create()
    {
        var water = new Command("water", "地表水环境质量评价 (GB 3838-2002, 环办〔2011〕22号) of sampling CSV files");
        water.Subcommands.Add(CreateEvaluate());
        return water;
    }

    private static Command CreateEvaluate()
    {
        var input = new Option<string[]>("--input")
        {
            Description = "One or more sampling CSV files (" + WaterCsvReader.Header + ")",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var skipBad = new Option<bool>("--skip-bad") { Description = "Skip malformed rows (still reported on stderr) and exit 0" };
        var evaluate = new Command("evaluate", "The class and the indicators above class III of each sample, in input order");
        evaluate.Options.Add(input);
        evaluate.Options.Add(skipBad);
        evaluate.SetAction((r, ct) => RunAsync(r, r.GetValue(input) ?? [], r.GetValue(skipBad)));
        return evaluate;
    }

    private static Task<int> RunAsync(ParseResult result, string[] inputs, bool skipBad) =>
        CliHost.RunFileCommandAsync(result, Name, (output, error) =>
        {
            var problems = new WaterInputProblems();
            var rows = new List<WaterRow>();
            foreach (var path in inputs)
            {
                WaterCsvReader.Read(path, rows, problems);
            }

            problems.Report(error, Name, skipBad);
            if (problems.MalformedRows > 0 && !skipBad)
            {
                return Task.FromResult(CliHost.MalformedInput);
            }

            WaterReport.Write(output, rows);
            return Task.FromResult(CliHost.Success);
        });
}
