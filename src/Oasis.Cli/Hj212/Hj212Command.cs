using System.CommandLine;
using System.Net.Sockets;
using Oasis.Hj212.Simulation;

namespace Oasis.Cli.Hj212;

/// <summary>
/// <c>oasis hj212 replay|simulate</c>: HJ 212 client tools that talk to the host's device port
/// (docs/hj212.md). stdout carries only the JSON summary; progress and problems go to stderr.
/// </summary>
internal static class Hj212Command
{
    public static Command Create()
    {
        var hj212 = new Command("hj212", "HJ 212 数据传输: replay captured device traffic, simulate field units");
        hj212.Subcommands.Add(CreateReplay());
        hj212.Subcommands.Add(Hj212SimulateCommand.Create());
        return hj212;
    }

    internal static Option<string> Host() => new("--host") { Description = "Platform host name or address", Required = true };

    internal static Option<int> Port() => new("--port") { Description = "Platform HJ 212 port (Hj212:Port)", DefaultValueFactory = _ => 9212 };

    private static Command CreateReplay()
    {
        var files = new Argument<FileInfo[]>("FILE") { Description = "Capture files: one packet per line, lines end in CR LF", Arity = ArgumentArity.ZeroOrMore };
        var input = new Option<FileInfo[]>("--input") { Description = "Capture files (same as FILE...)", AllowMultipleArgumentsPerToken = true };
        var host = Host();
        var port = Port();
        var rate = new Option<double?>("--rate") { Description = "Packets per second overall (default: as fast as possible)" };
        var wait = new Option<double>("--answer-wait") { Description = "Seconds without a new answer before finishing", DefaultValueFactory = _ => 2 };
        var replay = new Command("replay", "Replay captured packets, one TCP connection per MN as real devices do; prints {\"sent\", \"answers\", \"connections\"}");
        replay.Arguments.Add(files);
        replay.Options.Add(input);
        replay.Options.Add(host);
        replay.Options.Add(port);
        replay.Options.Add(rate);
        replay.Options.Add(wait);
        replay.SetAction(async (r, ct) =>
        {
            var all = (r.GetValue(files) ?? []).Concat(r.GetValue(input) ?? []).ToArray();
            if (all.Length == 0)
            {
                await r.InvocationConfiguration.Error.WriteLineAsync("oasis hj212 replay: give at least one FILE").ConfigureAwait(false);
                return CliHost.UsageOrIoError;
            }

            return await RunAsync(r, "replay", async () =>
            {
                var lines = all.SelectMany(f => Replayer.SplitLines(File.ReadAllBytes(f.FullName)));
                var replayer = new Replayer(r.GetValue(host)!, r.GetValue(port), r.GetValue(rate), TimeSpan.FromSeconds(r.GetValue(wait)), r.InvocationConfiguration.Error);
                var result = await replayer.RunAsync(lines, ct).ConfigureAwait(false);
                return result.ToJson();
            }).ConfigureAwait(false);
        });
        return replay;
    }

    /// <summary>Runs a client command: JSON on stdout, exit 1 with a message on I/O and socket errors.</summary>
    internal static async Task<int> RunAsync(ParseResult r, string name, Func<Task<string>> run)
    {
        var error = r.InvocationConfiguration.Error;
        try
        {
            var json = await run().ConfigureAwait(false);
            await r.InvocationConfiguration.Output.WriteLineAsync(json).ConfigureAwait(false);
            return CliHost.Success;
        }
        catch (Exception ex) when (ex is IOException or SocketException or UnauthorizedAccessException or ArgumentException or HttpRequestException)
        {
            await error.WriteLineAsync($"oasis hj212 {name}: {ex.Message}").ConfigureAwait(false);
            return CliHost.UsageOrIoError;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"oasis hj212 {name}: cancelled").ConfigureAwait(false);
            return CliHost.UsageOrIoError;
        }
    }

    internal static DeviceKind ParseKind(string? kind) => kind?.ToUpperInvariant() switch
    {
        "WATER" => DeviceKind.Water,
        "GAS" => DeviceKind.Gas,
        _ => DeviceKind.Air,
    };
}
