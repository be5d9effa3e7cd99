using System.CommandLine;

namespace Oasis.Cli.Air;

/// <summary>
/// <c>oasis air daily|annual</c>: evaluates hourly exports by HJ 633 / HJ 663 (docs/air-cli.md).
/// stdout carries only CSV; problems go to stderr; exit 0 success, 1 usage or I/O error, 2 malformed rows.
/// </summary>
internal static class AirCommand
{
    public static Command Create()
    {
        var air = new Command("air", "环境空气质量评价 (HJ 633 AQI, HJ 663 statistics) of hourly CSV exports");
        air.Subcommands.Add(CreateDaily());
        air.Subcommands.Add(CreateAnnual());
        return air;
    }

    private static Command CreateDaily()
    {
        var options = new AirOptions();
        var city = new Option<bool>("--city") { Description = "Also write the city series (mean of the stations' daily values)" };
        var daily = new Command("daily", "Daily values, AQI, category and primary pollutants per station and day");
        options.AddTo(daily);
        daily.Options.Add(city);
        daily.SetAction((r, ct) => RunAsync(r, options, (input, output) =>
        {
            var cityDays = r.GetValue(city) ? AirEvaluation.City(input.Stations, input.Choice) : null;
            DailyReport.Write(output, input.Stations, cityDays);
        }));
        return daily;
    }

    private static Command CreateAnnual()
    {
        var options = new AirOptions();
        var year = new Option<int?>("--year") { Description = "Only this calendar year" };
        var annual = new Command("annual", "Annual statistics (HJ 663) per station and year, and for the city");
        options.AddTo(annual);
        annual.Options.Add(year);
        annual.SetAction((r, ct) => RunAsync(r, options, (input, output) =>
            AnnualReport.Write(output, input.Stations, AirEvaluation.City(input.Stations, input.Choice), input.Choice, r.GetValue(year), input.DustDeducted)));
        return annual;
    }

    private static Task<int> RunAsync(ParseResult result, AirOptions options, Action<AirInput, TextWriter> write) =>
        CliHost.RunFileCommandAsync(result, "oasis air", (output, error) =>
        {
            var skipBad = result.GetValue(options.SkipBad);
            var problems = new InputProblems();
            var input = AirInput.Load(result, options, problems);
            problems.Report(error, skipBad);
            if (problems.MalformedRows > 0 && !skipBad)
            {
                return Task.FromResult(CliHost.MalformedInput);
            }

            write(input, output);
            return Task.FromResult(CliHost.Success);
        });
}
