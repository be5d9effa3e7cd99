using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Oasis.Data;
using Oasis.Demo;
using Oasis.Platform.Configuration;

namespace Oasis.Platform.Startup;

/// <summary>
/// Start-up in order: migrate, roles, the bootstrap <c>admin</c>, the demonstration city; then,
/// once Kestrel listens, one banner with the URLs, the data directory and any new passwords.
/// </summary>
internal static class StartupTasks
{
    public static IServiceCollection AddStartupTasks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<DemoCity>();
        services.AddScoped<Bootstrap>();
        services.AddSingleton<DemoState>();
        services.AddHostedService<DemoDeviceSimulator>();
        return services;
    }

    /// <summary>False when start-up must stop; the reason has been printed.</summary>
    public static async Task<bool> RunStartupTasksAsync(this WebApplication app, OasisPaths paths)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        var lines = new List<string>
        {
            $"Oasis 数据目录 data directory: {paths.DataDirectory}",
            settings.Provider == DatabaseProvider.Sqlite
                ? $"Oasis 数据库 database: SQLite {paths.DatabaseFile}"
                : "Oasis 数据库 database: PostgreSQL",
        };

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OasisDb>();
            if (settings.MigrateOnStart)
            {
                await DatabaseSetup.MigrateAsync(db, settings, CancellationToken.None).ConfigureAwait(false);
            }
            else if ((await db.Database.GetPendingMigrationsAsync().ConfigureAwait(false)).Any())
            {
                await Console.Error.WriteLineAsync("Oasis: the database has pending migrations; run `oasis migrate` or set Database:MigrateOnStart=true.").ConfigureAwait(false);
                return false;
            }

            var bootstrap = scope.ServiceProvider.GetRequiredService<Bootstrap>();
            try
            {
                lines.AddRange(await bootstrap.RunAsync(app.Configuration, CancellationToken.None).ConfigureAwait(false));
            }
            catch (BootstrapException ex)
            {
                await Console.Error.WriteLineAsync("Oasis: " + ex.Message).ConfigureAwait(false);
                return false;
            }

            await app.Services.GetRequiredService<DemoState>().RefreshAsync(db).ConfigureAwait(false);
            await Oasis.CommandCentre.CommandServices.SeedAsync(db, app.Services.GetRequiredService<TimeProvider>(), CancellationToken.None).ConfigureAwait(false);
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            Console.WriteLine();
            foreach (var address in addresses)
            {
                Console.WriteLine($"Oasis 已启动 listening on: {address}");
            }

            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine();
        });
        return true;
    }
}

/// <summary>Whether demonstration data are present (the 演示数据 banner).</summary>
internal sealed class DemoState
{
    public bool Present { get; private set; }

    public async Task RefreshAsync(OasisDb db) =>
        Present = await db.Users.AnyAsync(u => u.IsDemo).ConfigureAwait(false);
}

internal sealed class BootstrapException(string message) : Exception(message);
