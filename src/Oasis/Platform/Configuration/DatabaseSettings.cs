namespace Oasis.Platform.Configuration;

internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The database keys of CONTRACTS.md: provider, connection string, migrate-on-start.</summary>
internal sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, bool MigrateOnStart)
{
    public static DatabaseSettings FromConfiguration(IConfiguration configuration, OasisPaths paths)
    {
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText) || providerText.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (providerText.Equals("postgres", StringComparison.OrdinalIgnoreCase)
                 || providerText.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            provider = DatabaseProvider.Postgres;
        }
        else
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not supported; use 'Sqlite' or 'Postgres'.");
        }

        var connection = configuration.GetConnectionString("Oasis");
        if (string.IsNullOrWhiteSpace(connection))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Oasis is not set.");
            }

            connection = $"Data Source={paths.DatabaseFile}";
        }

        var migrateText = configuration["Database:MigrateOnStart"];
        var migrate = string.IsNullOrWhiteSpace(migrateText)
            ? provider == DatabaseProvider.Sqlite
            : bool.Parse(migrateText);
        return new DatabaseSettings(provider, connection, migrate);
    }
}
