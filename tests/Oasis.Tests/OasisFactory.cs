using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Oasis.Platform.Startup;
using Oasis.Platform.Users;

namespace Oasis.Tests;

/// <summary>
/// The real host over a real database: a fresh SQLite file per factory, or, when the environment
/// says <c>Database__Provider=Postgres</c>, a fresh PostgreSQL database on the configured server.
/// Demo mode is on, so the demonstration city and one account per role exist.
/// </summary>
public sealed class OasisFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "Admin-Passw0rd!";
    public const string DemoPassword = "Demo-Passw0rd!";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "oasis-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _postgresDatabase;
    private readonly string? _postgresConnection;

    public OasisFactory()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("Database__Provider"), "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = Environment.GetEnvironmentVariable("ConnectionStrings__Oasis")
                ?? throw new InvalidOperationException("ConnectionStrings__Oasis must be set for the PostgreSQL pass.");
            _postgresDatabase = "oasis_test_" + Guid.NewGuid().ToString("N")[..12];
            _postgresConnection = new NpgsqlConnectionStringBuilder(server) { Database = _postgresDatabase }.ConnectionString;
        }
    }

    public static bool OnPostgres => string.Equals(Environment.GetEnvironmentVariable("Database__Provider"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public string DataDirectory => _dataDirectory;

    private readonly List<(string Key, string Value)> _settings = [];

    /// <summary>Extra configuration for this host (before it starts).</summary>
    public OasisFactory WithSettings(params (string Key, string Value)[] settings)
    {
        _settings.AddRange(settings);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Oasis:DataDirectory", _dataDirectory);
        builder.UseSetting("Oasis:Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Oasis:Demo", "true");
        builder.UseSetting("Hj212:Port", "0"); // a free port per host: test classes run in parallel
        builder.UseSetting("Oasis:Demo:Simulate", "false"); // tests count packets; the simulator has its own test
        builder.UseSetting("Oasis:Command:EvaluateAlarms", "false"); // alarm tests evaluate by hand, at the moment they choose
        builder.UseSetting("Oasis:Forecast:Scheduled", "false"); // forecast tests train and issue on demand, on their own windows
        builder.UseSetting("Oasis:Forecast:RetryListeners", "false"); // the hook tests fail a listener on purpose and retry it by hand
        builder.UseSetting("Oasis:Water:Reports:Scheduled", "false"); // water report tests count the history; the schedule is run by hand
        builder.UseSetting("Oasis:Air:Reports:Scheduled", "false"); // on the real clock it would write last year's annual report into tests that count the history
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_postgresConnection is not null)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Oasis", _postgresConnection);
            builder.UseSetting("Database:MigrateOnStart", "true");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (_postgresDatabase is not null)
        {
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Oasis"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        _ = Server; // starts the host: migrations, bootstrap, demo city

        // Demo passwords are generated per installation; tests give every demo account a known one.
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OasisUser>>();
        foreach (var (userName, _, _) in Bootstrap.DemoUsers)
        {
            var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName + " missing");
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, DemoPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    /// <summary>A client holding a bearer token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string userName)
    {
        var client = CreateClient();
        var password = userName == "admin" ? AdminPassword : DemoPassword;
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username = userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Oasis"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp directory is cleaned by the OS.
        }
    }

    private sealed record TokenResponse(string AccessToken, int ExpiresIn);
}
