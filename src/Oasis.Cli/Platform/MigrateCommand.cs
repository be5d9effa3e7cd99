using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Oasis.Data;
using Oasis.Platform.Configuration;

namespace Oasis.Cli.Platform;

/// <summary>
/// <c>oasis migrate [--Key=value ...]</c>: applies the pending migrations of the configured
/// database, with the host's configuration keys (environment variables or <c>--Key=value</c>).
/// </summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "应用数据库迁移 Apply the database migrations (Database:Provider, ConnectionStrings:Oasis, Oasis:DataDirectory)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (result, ct) =>
        {
            var configuration = new ConfigurationBuilder()
                .AddEnvironmentVariables()
                .AddCommandLine(result.UnmatchedTokens.ToArray())
                .Build();
            DatabaseSettings settings;
            try
            {
                settings = DatabaseSettings.FromConfiguration(configuration, OasisPaths.FromConfiguration(configuration, Environment.CurrentDirectory));
            }
            catch (InvalidOperationException ex)
            {
                await Console.Error.WriteLineAsync("oasis migrate: " + ex.Message).ConfigureAwait(false);
                return CliHost.UsageOrIoError;
            }

            await using var db = DatabaseSetup.CreateStandalone(settings);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct).ConfigureAwait(false)).ToList();
            try
            {
                await DatabaseSetup.MigrateAsync(db, settings, ct).ConfigureAwait(false);
            }
            catch (System.Data.Common.DbException ex)
            {
                await Console.Error.WriteLineAsync("oasis migrate: " + ex.Message).ConfigureAwait(false);
                return CliHost.UsageOrIoError;
            }

            foreach (var migration in pending)
            {
                await Console.Out.WriteLineAsync("applied " + migration).ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync($"oasis migrate: {settings.Provider}, {pending.Count} migration(s) applied, database up to date.").ConfigureAwait(false);
            return CliHost.Success;
        });
        return command;
    }
}
