using System.CommandLine;
using Oasis.Hj212.Simulation;

namespace Oasis.Cli.Hj212;

/// <summary><c>oasis hj212 simulate</c>: HJ 212-2017 field units with acknowledgements, retries and faults.</summary>
internal static class Hj212SimulateCommand
{
    public static Command Create()
    {
        var host = Hj212Command.Host();
        var port = Hj212Command.Port();
        var devices = new Option<int>("--devices") { Description = "Number of field units", Required = true };
        var interval = new Option<double>("--interval") { Description = "Seconds between real-time uploads per device", DefaultValueFactory = _ => 60 };
        var kind = new Option<string>("--kind") { Description = "air, water or gas", DefaultValueFactory = _ => "air" };
        kind.AcceptOnlyFromAmong("air", "water", "gas");
        var prefix = new Option<string>("--mn-prefix") { Description = "MN prefix; the device number fills the MN to 24 characters", DefaultValueFactory = _ => "SIM" };
        var password = new Option<string>("--password") { Description = "Device password (PW)", DefaultValueFactory = _ => "123456" };
        var prsa = new Option<DirectoryInfo?>("--prsa") { Description = "PRSA directory (../shared/data/prsa): air devices replay its hourly series" };
        var duration = new Option<double>("--duration") { Description = "Stop after this many seconds (default: run until Ctrl+C)" };
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for a 9014 before re-sending", DefaultValueFactory = _ => 10 };
        var retries = new Option<int>("--retries") { Description = "Re-sends of an unanswered upload", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Random seed (faults and values)", DefaultValueFactory = _ => 212 };
        var rates = new (string Name, string Description, Func<FaultRates, double, FaultRates> Set)[]
        {
            ("--fault-rate", "Share of values flagged D (fault)", (f, v) => f with { Fault = v }),
            ("--maintenance-rate", "Share of values flagged M (maintenance)", (f, v) => f with { Maintenance = v }),
            ("--calibration-rate", "Share of values flagged C (calibration)", (f, v) => f with { Calibration = v }),
            ("--over-range-rate", "Share of values flagged T (above range)", (f, v) => f with { OverRange = v }),
            ("--silence-rate", "Share of uploads never sent", (f, v) => f with { Silence = v }),
            ("--duplicate-rate", "Share of uploads sent twice", (f, v) => f with { Duplicate = v }),
        };
        var rateOptions = rates.Select(x => (Option: new Option<double>(x.Name) { Description = x.Description }, x.Set)).ToArray();
        var skewed = new Option<double>("--skewed-devices") { Description = "Share of devices whose clock is off" };
        var skew = new Option<double>("--clock-skew") { Description = "Clock error of skewed devices, seconds", DefaultValueFactory = _ => 300 };

        var register = new Option<bool>("--register") { Description = "Register the simulated MNs through the Oasis API first (needs --api, --station)" };
        var api = new Option<string>("--api") { Description = "Oasis base URL for --register, e.g. http://localhost:5000" };
        var station = new Option<string>("--station") { Description = "Station code the registered devices serve" };
        var apiUser = new Option<string>("--api-user") { Description = "User for --register (Admin or Monitor); default $OASIS_USER" };

        var simulate = new Command("simulate", "Simulated HJ 212-2017 field units (air from PRSA, water, gas) with acknowledgements, retries and faults");
        Option[] all = [host, port, devices, interval, kind, prefix, password, prsa, duration, timeout, retries, seed, skewed, skew, register, api, station, apiUser,
            .. rateOptions.Select(o => o.Option)];
        foreach (var o in all)
        {
            simulate.Options.Add(o);
        }

        simulate.SetAction((r, ct) => Hj212Command.RunAsync(r, "simulate", async () =>
        {
            var faults = rateOptions.Aggregate(FaultRates.None with { ClockSkew = TimeSpan.FromSeconds(r.GetValue(skew)) }, (f, o) => o.Set(f, r.GetValue(o.Option)));
            var settings = new SimulationSettings(r.GetValue(host)!, r.GetValue(port), r.GetValue(devices), TimeSpan.FromSeconds(Math.Max(0.05, r.GetValue(interval))),
                Hj212Command.ParseKind(r.GetValue(kind)), r.GetValue(prefix)!, r.GetValue(password)!)
            {
                AckTimeout = TimeSpan.FromSeconds(r.GetValue(timeout)),
                Retries = r.GetValue(retries),
                Duration = TimeSpan.FromSeconds(r.GetValue(duration)),
                Faults = faults,
                SkewedDevices = r.GetValue(skewed),
                PrsaDirectory = r.GetValue(prsa)?.FullName,
                Seed = r.GetValue(seed),
            };
            if (r.GetValue(register))
            {
                if (string.IsNullOrEmpty(r.GetValue(api)) || string.IsNullOrEmpty(r.GetValue(station)))
                {
                    throw new ArgumentException("--register needs --api URL and --station CODE");
                }

                var user = r.GetValue(apiUser) ?? Environment.GetEnvironmentVariable("OASIS_USER")
                    ?? throw new ArgumentException("--register needs --api-user or $OASIS_USER");
                var secret = Environment.GetEnvironmentVariable("OASIS_PASSWORD") ?? throw new ArgumentException("--register needs $OASIS_PASSWORD");
                using var http = new HttpClient { BaseAddress = new Uri(r.GetValue(api)!) };
                var (created, existing) = await DeviceRegistration.RegisterAsync(http, user, secret, r.GetValue(station)!, settings, ct).ConfigureAwait(false);
                await r.InvocationConfiguration.Error.WriteLineAsync($"hj212 simulate: registered {created} devices ({existing} already registered)").ConfigureAwait(false);
            }

            var totals = await new Simulator(settings, TextWriter.Synchronized(r.InvocationConfiguration.Error)).RunAsync(ct).ConfigureAwait(false);
            return totals.ToJson(settings.Devices);
        }));
        return simulate;
    }
}
