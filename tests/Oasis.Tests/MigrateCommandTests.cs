using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Oasis.Cli.Platform;
using Oasis.Data;

namespace Oasis.Tests;

/// <summary><c>oasis migrate</c> brings an empty database to the current schema, and is idempotent.</summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task Migrate_creates_the_schema_on_an_empty_sqlite_file_and_a_second_run_changes_nothing()
    {
        var data = Path.Combine(Path.GetTempPath(), "oasis-migrate", Guid.NewGuid().ToString("N"));
        var command = MigrateCommand.Create();
        // Explicit keys win over the environment (the PostgreSQL pass sets Database__Provider and ConnectionStrings__Oasis).
        string[] args = ["--Database:Provider=Sqlite", $"--Oasis:DataDirectory={data}", $"--ConnectionStrings:Oasis=Data Source={Path.Combine(data, "oasis.db")}"];

        var first = await command.Parse(args).InvokeAsync(cancellationToken: TestApi.Ct);
        var second = await command.Parse(args).InvokeAsync(cancellationToken: TestApi.Ct);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, "oasis.db"), Pooling = false }.ConnectionString;
        await using var db = new SqliteOasisDb(new DbContextOptionsBuilder<SqliteOasisDb>()
            .UseSqlite(file, x => x.MigrationsHistoryTable("__migrations")).Options);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestApi.Ct));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestApi.Ct));
        Assert.Equal(0, await db.Grids.CountAsync(TestApi.Ct));
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public async Task Migrate_refuses_an_unknown_provider_with_exit_code_1()
    {
        var exit = await MigrateCommand.Create().Parse(["--Database:Provider=Oracle"]).InvokeAsync(cancellationToken: TestApi.Ct);
        Assert.Equal(1, exit);
    }
}
