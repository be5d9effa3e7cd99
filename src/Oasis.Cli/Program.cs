using System.CommandLine;

namespace Oasis.Cli;

/// <summary>
/// The <c>oasis</c> command. stdout carries only results; logs and warnings go to stderr
/// (CONTRACTS.md). Exit codes: 0 success, 1 usage or I/O error, 2 malformed input rows.
/// Each module contributes its subcommand from its own folder.
/// </summary>
internal static class OasisCommand
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Oasis — 生态环境监管平台命令行 (eco-environment supervision platform CLI)");
        root.Subcommands.Add(Air.AirCommand.Create());
        root.Subcommands.Add(Air.ImportAirCommand.CreateImport());
        root.Subcommands.Add(Hj212.Hj212Command.Create());
        root.Subcommands.Add(Platform.MigrateCommand.Create());
        root.Subcommands.Add(Water.WaterCommand.Create());
        root.Subcommands.Add(Forecast.ForecastCommand.Create());
        root.Subcommands.Add(Seed.SeedCommand.Create());
        return root;
    }

    public static Task<int> Main(string[] args) => CliHost.RunAsync(CreateRoot(), args);
}
