using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Oasis.Air;
using Oasis.Air.Aggregates;
using Oasis.Data;
using Oasis.Platform.Configuration;

namespace Oasis.Cli.Air;

/// <summary>
/// <c>oasis import air --format oasis|prsa --input FILE... [--create-stations] [--status realtime|reviewed] [--skip-bad]
/// [--Key=value ...]</c>: loads hourly files into the host's database (the host's configuration keys), upserting on
/// (station, hour, status). Rows are read and checked by the <c>oasis air</c> readers; nothing is written when a row
/// is malformed unless <c>--skip-bad</c>. Progress on stderr, nothing on stdout.
/// </summary>
internal static class ImportAirCommand
{
    /// <summary>The <c>import</c> command; other modules may add their own subcommands to it.</summary>
    public static Command CreateImport()
    {
        var import = new Command("import", "导入数据 Import data into the database");
        import.Subcommands.Add(Create());
        return import;
    }

    public static Command Create()
    {
        var options = new AirOptions();
        var status = new Option<string>("--status")
        {
            Description = "realtime (实况, default) or reviewed (审核)",
            DefaultValueFactory = _ => AirDataStatus.Realtime,
        };
        status.AcceptOnlyFromAmong(AirDataStatus.Realtime, AirDataStatus.Reviewed);
        var createStations = new Option<bool>("--create-stations")
        {
            Description = "Create unknown stations (kind national, evaluation, no grid, latitude/longitude 0: edit them afterwards)",
        };
        options.Format.AcceptOnlyFromAmong("oasis", "prsa");
        var command = new Command("air", "导入空气小时数据 Import hourly air data (Database:Provider, ConnectionStrings:Oasis, Oasis:DataDirectory)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Options.Add(options.Input);
        command.Options.Add(options.Format);
        command.Options.Add(options.SkipBad);
        command.Options.Add(status);
        command.Options.Add(createStations);
        command.SetAction((r, ct) => RunAsync(new ImportRequest(
            [.. (r.GetValue(options.Input) ?? []).Where(i => !IsSetting(i))],
            r.GetValue(options.Format) == "prsa" ? AirInputFormat.Prsa : AirInputFormat.Oasis,
            r.GetValue(status) ?? AirDataStatus.Realtime,
            r.GetValue(createStations),
            r.GetValue(options.SkipBad),
            [.. r.UnmatchedTokens, .. (r.GetValue(options.Input) ?? []).Where(IsSetting)]), r.InvocationConfiguration.Error, ct));
        return command;
    }

    // `--input a.csv --Database:Provider=Postgres`: the parser hands a trailing configuration key to --input.
    private static bool IsSetting(string token) => token.StartsWith("--", StringComparison.Ordinal) && token.Contains('=', StringComparison.Ordinal);

    private static async Task<int> RunAsync(ImportRequest request, TextWriter error, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(request.Settings).Build();
        DatabaseSettings settings;
        try
        {
            settings = DatabaseSettings.FromConfiguration(configuration, OasisPaths.FromConfiguration(configuration, Environment.CurrentDirectory));
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteAsync($"oasis import air: {ex.Message}\n").ConfigureAwait(false);
            return CliHost.UsageOrIoError;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            await using var db = DatabaseSetup.CreateStandalone(settings);
            if ((await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).Any())
            {
                await error.WriteAsync("oasis import air: the database has pending migrations; run `oasis migrate` first\n").ConfigureAwait(false);
                return CliHost.UsageOrIoError;
            }

            var known = await AirImportRows.KnownStationsAsync(db, ct).ConfigureAwait(false);
            var store = new HourlyStore();
            var problems = new InputProblems();
            foreach (var path in request.Inputs)
            {
                HourlyCsvReader.Read(path, request.Format, store, problems, request.CreateStations ? null : known.Contains);
                await error.WriteAsync($"oasis import air: read {path} ({problems.Rows} row(s) so far)\n").ConfigureAwait(false);
            }

            problems.Report(error, request.SkipBad);
            if (problems.MalformedRows > 0 && !request.SkipBad)
            {
                return CliHost.MalformedInput;
            }

            var created = await AirImportRows.CreateStationsAsync(db, store, known, ct).ConfigureAwait(false);
            foreach (var code in created)
            {
                await error.WriteAsync($"oasis import air: created station {code} (national, evaluation, no grid, latitude/longitude 0)\n").ConfigureAwait(false);
            }

            // Opened through EF so that the SQLite pragmas (busy timeout: the host may be writing too) apply.
            await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            var writer = new AirHourWriter(db.Database.GetDbConnection(), request.Status, DateTime.UtcNow, store.CarriesWind);
            var written = await writer.WriteAsync(AirImportRows.HoursOf(store), n => error.Write($"oasis import air: {n} hour(s) written\n"), ct).ConfigureAwait(false);
            // The daily values the figures read are computed now, so that the host answers from them at once (decision 0507).
            var pass = await AirDailyAggregation.CatchUpAsync(db, TimeProvider.System, ct).ConfigureAwait(false);
            await error.WriteAsync($"oasis import air: {pass.StationDays} station-day(s) aggregated in {clock.Elapsed.TotalSeconds:0.0} s\n").ConfigureAwait(false);
            await error.WriteAsync(
                $"oasis import air: {written} hour(s) of {store.StationCount} station(s) imported as {request.Status} into {settings.Provider} in {clock.Elapsed.TotalSeconds:0.0} s\n")
                .ConfigureAwait(false);
            return CliHost.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or System.Data.Common.DbException or DbUpdateException)
        {
            await error.WriteAsync($"oasis import air: {ex.Message}\n").ConfigureAwait(false);
            return CliHost.UsageOrIoError;
        }
#pragma warning disable CA1031 // The contract forbids stack traces: an unexpected failure is reported, not hidden.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await error.WriteAsync($"oasis import air: internal error ({ex.GetType().Name}): {ex.Message}\n").ConfigureAwait(false);
            return CliHost.UsageOrIoError;
        }
    }

    private sealed record ImportRequest(string[] Inputs, AirInputFormat Format, string Status, bool CreateStations, bool SkipBad, string[] Settings);
}
