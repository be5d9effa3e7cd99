using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/Oasis.Benchmarks -- --filter '*'
// CI compiles and dry-runs these (`--job Dry`); the figures are reported in issue notes.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
