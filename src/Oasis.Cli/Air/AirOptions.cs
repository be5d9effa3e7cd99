using System.CommandLine;
using Oasis.Standards.Air;

namespace Oasis.Cli.Air;

/// <summary>The options <c>air daily</c> and <c>air annual</c> share.</summary>
internal sealed class AirOptions
{
    public Option<string[]> Input { get; } = new("--input")
    {
        Description = "One or more hourly CSV files",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Format { get; } = new("--format")
    {
        Description = "oasis (station,time,PM2.5,PM10,SO2,NO2,CO,O3) or prsa (the UCI Beijing files)",
        DefaultValueFactory = _ => "oasis",
    };

    public Option<string> Standard { get; } = new("--standard")
    {
        Description = "auto (by date: HJ 633-2026 from 2026-03-01), 2012 or 2026",
        DefaultValueFactory = _ => "auto",
    };

    public Option<string?> DustDays { get; } = new("--dust-days")
    {
        Description = "CSV start,end,station of sand-dust periods whose PM10/PM2.5 hours are deducted",
    };

    public Option<bool> SkipBad { get; } = new("--skip-bad")
    {
        Description = "Skip malformed rows (still reported on stderr) and exit 0",
    };

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("oasis", "prsa");
        Standard.AcceptOnlyFromAmong("auto", "2012", "2026");
        command.Options.Add(Input);
        command.Options.Add(Format);
        command.Options.Add(Standard);
        command.Options.Add(DustDays);
        command.Options.Add(SkipBad);
    }
}

/// <summary>The loaded input of one run: rated station days, the edition choice, whether dust was deducted.</summary>
internal sealed record AirInput(IReadOnlyList<SeriesDays> Stations, EditionChoice Choice, bool DustDeducted)
{
    public static AirInput Load(ParseResult result, AirOptions options, InputProblems problems)
    {
        var format = result.GetValue(options.Format) == "prsa" ? AirInputFormat.Prsa : AirInputFormat.Oasis;
        var choice = result.GetValue(options.Standard) switch
        {
            "2012" => EditionChoice.Force2012,
            "2026" => EditionChoice.Force2026,
            _ => EditionChoice.Auto,
        };
        var store = new HourlyStore();
        foreach (var path in result.GetValue(options.Input) ?? [])
        {
            HourlyCsvReader.Read(path, format, store, problems);
        }

        var dustPath = result.GetValue(options.DustDays);
        var dust = dustPath is null ? null : DustDaysFile.Read(dustPath, problems);
        return new AirInput(AirEvaluation.Stations(store, choice, dust), choice, dust is not null);
    }
}
