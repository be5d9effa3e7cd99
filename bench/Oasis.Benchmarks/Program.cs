using System.Globalization;
using BenchmarkDotNet.Running;
using Oasis.Benchmarks.Load;

// Micro-benchmarks: dotnet run -c Release --project bench/Oasis.Benchmarks -- --filter '*'
// Load runs against a running host: … -- hj212-load HOST PORT DEVICES SECONDS; … -- hj212-idle HOST PORT CONNECTIONS SECONDS
// (bench/load/hj212-load.sh drives them). CI compiles these and dry-runs the micro-benchmarks (`--job Dry`).
if (args is ["hj212-load", var host, var port, var devices, var seconds])
{
    return await Hj212LoadRun.RunAsync(host, Int(port), Int(devices), Int(seconds), warmupSeconds: 3);
}

if (args is ["hj212-idle", var idleHost, var idlePort, var connections, var hold])
{
    return await Hj212LoadRun.IdleAsync(idleHost, Int(idlePort), Int(connections), Int(hold));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);
