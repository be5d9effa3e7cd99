using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Oasis.Data;
using Oasis.Platform.Configuration;

namespace Oasis.Cli.Seed;

/// <summary>
/// <c>oasis seed history [--days 365] [--minute-days 7] [--alarms-per-day 20] [--Key=value ...]</c>: writes a year of
/// hourly (2061) history for every air device of the database's micro and evaluation stations, the last days of
/// 10-minute (2051) data and a history of alarms, directly into the tables — the load for the command centre's
/// performance runs (bench/load/command-load.sh). Synthetic values with a daily and a winter cycle; deterministic.
/// </summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var days = new Option<int>("--days") { Description = "Days of hourly history, ending at the last full hour", DefaultValueFactory = _ => 365 };
        var minuteDays = new Option<int>("--minute-days") { Description = "Days of 2051 minute data", DefaultValueFactory = _ => 7 };
        var alarms = new Option<int>("--alarms-per-day") { Description = "Alarms per day of history", DefaultValueFactory = _ => 20 };
        var history = new Command("history", "写入性能测试用的历史数据 Seed a year of hourly history, minute data and alarms for load runs")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        history.Options.Add(days);
        history.Options.Add(minuteDays);
        history.Options.Add(alarms);
        history.SetAction((r, ct) => RunAsync(r.GetValue(days), r.GetValue(minuteDays), r.GetValue(alarms), [.. r.UnmatchedTokens],
            r.InvocationConfiguration.Error, ct));
        var seed = new Command("seed", "写入演示与测试数据 Seed data");
        seed.Subcommands.Add(history);
        return seed;
    }

    private static async Task<int> RunAsync(int days, int minuteDays, int alarmsPerDay, string[] settings, TextWriter error, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(settings).Build();
        var database = DatabaseSettings.FromConfiguration(configuration, OasisPaths.FromConfiguration(configuration, Environment.CurrentDirectory));
        await using var db = DatabaseSetup.CreateStandalone(database);
        if ((await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).Any())
        {
            await error.WriteAsync("oasis seed history: the database has pending migrations; run `oasis migrate` first\n").ConfigureAwait(false);
            return CliHost.UsageOrIoError;
        }

        var devices = await (from d in db.Devices.AsNoTracking()
                             join s in db.Stations.AsNoTracking() on d.StationCode equals s.Code
                             where d.SystemCode == "22" && (s.Kind == "micro" || s.Evaluation)
                             orderby d.Mn
                             select new SeedDevice(d.Mn, s.Code, s.GridCode, d.MinuteIntervalMinutes)).ToListAsync(ct).ConfigureAwait(false);
        var now = DateTime.UtcNow;
        var lastHour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(-1);
        var clock = Stopwatch.StartNew();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        var writer = new ReadingSeedWriter(db.Database.GetDbConnection());
        var hours = await writer.WriteAsync(SeedValues.Hourly(devices, lastHour.AddHours(-24.0 * days), lastHour), ct).ConfigureAwait(false);
        await error.WriteAsync($"oasis seed history: {hours} hourly readings of {devices.Count} device(s) in {clock.Elapsed.TotalSeconds:0.0} s\n").ConfigureAwait(false);
        var minutes = await writer.WriteAsync(SeedValues.Minutes(devices, lastHour.AddHours(-24.0 * minuteDays), lastHour.AddHours(1)), ct).ConfigureAwait(false);
        await error.WriteAsync($"oasis seed history: {minutes} minute readings in {clock.Elapsed.TotalSeconds:0.0} s\n").ConfigureAwait(false);
        var alarms = await SeedAlarms.WriteAsync(db, devices, lastHour, days, alarmsPerDay, ct).ConfigureAwait(false);
        await error.WriteAsync($"oasis seed history: {alarms} cleared alarms in {clock.Elapsed.TotalSeconds:0.0} s\n").ConfigureAwait(false);
        // The readings bypass the packets the daily aggregation follows: leave it one mark for the whole span (decision 0507).
        Oasis.Air.Aggregates.AirDailyAggregation.MarkStale(db, Oasis.Air.Aggregates.AirDayStale.AllStations,
            Oasis.Air.AirHourlyLayer.DayOf(lastHour.AddHours(-24.0 * days)), Oasis.Air.AirHourlyLayer.DayOf(lastHour));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return CliHost.Success;
    }
}

internal sealed record SeedDevice(string Mn, string Station, string? Grid, int MinuteInterval);
