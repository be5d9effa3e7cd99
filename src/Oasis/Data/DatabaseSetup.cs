using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Oasis.Platform.Audit;
using Oasis.Platform.Configuration;

namespace Oasis.Data;

/// <summary>Registers <see cref="OasisDb"/> on the configured provider, with audit and SQLite pragmas.</summary>
internal static class DatabaseSetup
{
    public static IServiceCollection AddOasisDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        services.AddScoped<AuditInterceptor>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<OasisDb, SqliteOasisDb>((sp, o) => o
                .UseSqlite(settings.ConnectionString, x => x.MigrationsHistoryTable("__migrations"))
                .ConfigureWarnings(SkipModelDiffAtStart)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), SqlitePragmas.Instance));
        }
        else
        {
            services.AddDbContext<OasisDb, PostgresOasisDb>((sp, o) => o
                .UseNpgsql(settings.ConnectionString, x => x.MigrationsHistoryTable("__migrations"))
                .ConfigureWarnings(SkipModelDiffAtStart)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>()));
        }

        return services;
    }

    /// <summary>
    /// Migrate compares the model with the last migration's snapshot before it applies anything (≈ 3 s at every start
    /// here). A model change without its migration is caught before it ships, by MigrationTests on both providers, so
    /// the host does not repeat that comparison each time it starts.
    /// </summary>
    private static void SkipModelDiffAtStart(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>A context outside the host's container (the <c>oasis migrate</c> command).</summary>
    public static OasisDb CreateStandalone(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Sqlite
        ? new SqliteOasisDb(new DbContextOptionsBuilder<SqliteOasisDb>()
            .UseSqlite(settings.ConnectionString, x => x.MigrationsHistoryTable("__migrations"))
            .AddInterceptors(SqlitePragmas.Instance).Options)
        : new PostgresOasisDb(new DbContextOptionsBuilder<PostgresOasisDb>()
            .UseNpgsql(settings.ConnectionString, x => x.MigrationsHistoryTable("__migrations")).Options);

    /// <summary>Applies pending migrations and, on SQLite, turns on WAL (persistent in the file).</summary>
    public static async Task MigrateAsync(OasisDb db, DatabaseSettings settings, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(settings.ConnectionString);
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }
        }

        await db.Database.MigrateAsync(ct).ConfigureAwait(false);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct).ConfigureAwait(false);
        }
    }
}
