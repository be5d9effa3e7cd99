using System.CommandLine;

// The `oasis` command. stdout carries only results; logs and warnings go to stderr
// (CONTRACTS.md). Exit codes: 0 success, 1 usage or I/O error, 2 malformed input rows.
// Each module contributes its subcommand from its own folder.
var root = new RootCommand("Oasis — 生态环境监管平台命令行 (eco-environment supervision platform CLI)");
root.Subcommands.Add(Oasis.Cli.Air.AirCommand.Create());
root.Subcommands.Add(Oasis.Cli.Hj212.Hj212Command.Create());

return await Oasis.Cli.CliHost.RunAsync(root, args);
