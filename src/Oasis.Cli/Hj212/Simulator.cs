using System.Globalization;
using Oasis.Hj212;
using Oasis.Hj212.Simulation;

namespace Oasis.Cli.Hj212;

/// <summary>Everything <c>oasis hj212 simulate</c> was told.</summary>
internal sealed record SimulationSettings(string Host, int Port, int Devices, TimeSpan Interval, DeviceKind Kind, string MnPrefix, string Password)
{
    public TimeSpan AckTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public int Retries { get; init; } = 3;
    public TimeSpan Duration { get; init; } = TimeSpan.Zero;
    public FaultRates Faults { get; init; } = FaultRates.None;
    public double SkewedDevices { get; init; }
    public string? PrsaDirectory { get; init; }
    public TimeProvider Time { get; init; } = TimeProvider.System;
    public int Seed { get; init; } = 212;

    /// <summary>HJ 212 times are Beijing time.</summary>
    public DateTime BeijingNow() => Time.GetUtcNow().UtcDateTime.AddHours(8);

    /// <summary>MN of device i: the prefix, then the number zero-padded to 24 characters (2017 MNs are 24 long).</summary>
    public string MnOf(int i)
    {
        var number = (i + 1).ToString(CultureInfo.InvariantCulture);
        return MnPrefix + number.PadLeft(Math.Max(number.Length, 24 - MnPrefix.Length), '0');
    }
}

/// <summary>
/// Runs the simulated field units. Every device sends, per interval, real-time data (2011) at the
/// current time, and when a clock hour ends (and once at start, for the hour before) its hourly
/// data (2061) for that hour. Air devices take their values from a PRSA station file (device i:
/// station i mod n, a different hour offset and scale per device); the others are synthetic.
/// </summary>
internal sealed class Simulator(SimulationSettings settings, TextWriter log)
{
    public async Task<SimulationTotals> RunAsync(CancellationToken ct)
    {
        var totals = new SimulationTotals();
        var series = LoadPrsa();
        var random = new Random(settings.Seed);
        var devices = new List<(SimulatedDevice Device, SimulatedFieldUnit Unit, ValueSource Values)>();
        for (var i = 0; i < settings.Devices; i++)
        {
            var skewed = random.NextDouble() < settings.SkewedDevices;
            var faults = skewed ? settings.Faults : settings.Faults with { ClockSkew = TimeSpan.Zero };
            var unit = new SimulatedFieldUnit(new FieldUnitOptions(settings.MnOf(i), settings.Password, settings.Kind) { Faults = faults }, new Random(settings.Seed + i));
            var values = new ValueSource(unit, series.Count == 0 ? null : series[i % series.Count], (i * 977) + 24, 0.8 + (0.4 * ((i * 37) % 100) / 100.0));
            devices.Add((new SimulatedDevice(unit, settings, totals, log), unit, values));
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        if (settings.Duration > TimeSpan.Zero)
        {
            stop.CancelAfter(settings.Duration);
        }

        try
        {
            await Task.WhenAll(devices.Select(d => RunDeviceAsync(d.Device, d.Unit, d.Values, stop.Token))).ConfigureAwait(false);
        }
        finally
        {
            foreach (var d in devices)
            {
                await d.Device.CloseAsync().ConfigureAwait(false);
            }
        }

        return totals;
    }

    private async Task RunDeviceAsync(SimulatedDevice device, SimulatedFieldUnit unit, ValueSource values, CancellationToken ct)
    {
        var lastHour = DateTime.MinValue;
        try
        {
            using var timer = new PeriodicTimer(settings.Interval, settings.Time);
            do
            {
                var now = settings.BeijingNow();
                var hour = now.Date.AddHours(now.Hour);
                if (hour != lastHour)
                {
                    lastHour = hour;
                    var previous = hour.AddHours(-1);
                    await device.UploadAsync(unit.Upload(CommandCodes.HourlyData, previous, now, values.Hourly(previous)), ct).ConfigureAwait(false);
                }

                var second = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
                await device.UploadAsync(unit.Upload(CommandCodes.RealTimeData, second, now, values.Hourly(hour)), ct).ConfigureAwait(false);
            }
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // Duration elapsed or Ctrl+C.
        }
    }

    private List<IReadOnlyList<PrsaHour>> LoadPrsa()
    {
        if (settings.Kind != DeviceKind.Air || settings.PrsaDirectory is null)
        {
            return [];
        }

        return [.. Directory.GetFiles(settings.PrsaDirectory, "PRSA_Data_*.csv").Order(StringComparer.Ordinal)
            .Select(f => PrsaSeries.Parse(File.ReadLines(f))).Where(s => s.Count > 0)];
    }

    /// <summary>Values for an hour: a PRSA hour at the device's offset and scale, else synthetic.</summary>
    private sealed class ValueSource(SimulatedFieldUnit unit, IReadOnlyList<PrsaHour>? prsa, int offset, double scale)
    {
        public IReadOnlyList<KeyValuePair<string, double?>> Hourly(DateTime hour)
        {
            if (prsa is null)
            {
                return unit.SyntheticValues(hour);
            }

            var index = (int)(((long)(hour - DateTime.UnixEpoch).TotalHours + offset) % prsa.Count);
            return [.. prsa[index].Values.Select(v => new KeyValuePair<string, double?>(v.Key,
                v.Value is { } x ? Math.Round(x * scale, v.Key == "a21005" ? 2 : 0) : null))];
        }
    }
}
