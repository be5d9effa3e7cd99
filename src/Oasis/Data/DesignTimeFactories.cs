using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Oasis.Data;

/// <summary>Used by <c>dotnet ef migrations add … --context SqliteOasisDb</c> only.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOasisDb>
{
    public SqliteOasisDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOasisDb>()
            .UseSqlite("Data Source=design-time.db", x => x.MigrationsHistoryTable("__migrations")).Options);
}

/// <summary>Used by <c>dotnet ef migrations add … --context PostgresOasisDb</c> only; never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOasisDb>
{
    public PostgresOasisDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOasisDb>()
            .UseNpgsql("Host=localhost;Database=oasis_design", x => x.MigrationsHistoryTable("__migrations")).Options);
}
