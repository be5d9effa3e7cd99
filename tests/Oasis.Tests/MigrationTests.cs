using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Oasis.Data;
using Oasis.Platform.Audit;

namespace Oasis.Tests;

/// <summary>One migration set per provider: no pending model changes, and the migrations build a working database.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_model_has_no_pending_changes()
    {
        using var db = new SqliteOasisDb(new DbContextOptionsBuilder<SqliteOasisDb>()
            .UseSqlite("Data Source=:memory:", x => x.MigrationsHistoryTable("__migrations")).Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Postgres_model_has_no_pending_changes()
    {
        using var db = new PostgresOasisDb(new DbContextOptionsBuilder<PostgresOasisDb>()
            .UseNpgsql("Host=localhost;Database=x", x => x.MigrationsHistoryTable("__migrations")).Options);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Each_provider_has_its_own_migrations()
    {
        using var sqlite = new SqliteOasisDb(new DbContextOptionsBuilder<SqliteOasisDb>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresOasisDb(new DbContextOptionsBuilder<PostgresOasisDb>().UseNpgsql("Host=localhost;Database=x").Options);
        Assert.Empty(sqlite.Database.GetMigrations().Intersect(postgres.Database.GetMigrations()));
    }

    [Fact]
    public async Task Migrations_build_an_empty_sqlite_file_with_the_append_only_audit_triggers()
    {
        var file = Path.Combine(Path.GetTempPath(), "oasis-tests", $"migrate-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString;
        try
        {
            await using (var db = new SqliteOasisDb(new DbContextOptionsBuilder<SqliteOasisDb>()
                             .UseSqlite(connection, x => x.MigrationsHistoryTable("__migrations")).Options))
            {
                await db.Database.MigrateAsync(TestApi.Ct);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestApi.Ct));
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(TestApi.Ct));
                var triggers = await db.Database
                    .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'platform_audit' ORDER BY name")
                    .ToListAsync(TestApi.Ct);
                Assert.Equal(["platform_audit_no_delete", "platform_audit_no_update"], triggers);

                var recent = DateTime.UtcNow.AddDays(-179);
                var old = DateTime.UtcNow.AddDays(-181);
                db.AuditRecords.AddRange(new AuditRecord { At = recent, Action = "recent" }, new AuditRecord { At = old, Action = "old" });
                await db.SaveChangesAsync(TestApi.Ct);
                await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("UPDATE platform_audit SET \"Action\" = 'x'", TestApi.Ct));
                await Assert.ThrowsAsync<SqliteException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit", TestApi.Ct));
                Assert.Equal(2, await db.AuditRecords.CountAsync(TestApi.Ct));

                // Past the 180-day floor a record may go (the retention worker's job), and only it.
                Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit WHERE \"Action\" = 'old'", TestApi.Ct));
                Assert.Equal(["recent"], await db.AuditRecords.Select(a => a.Action).ToListAsync(TestApi.Ct));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Migrations_build_an_empty_postgres_database_with_the_append_only_audit_triggers()
    {
        Assert.SkipUnless(OasisFactory.OnPostgres, "runs in the PostgreSQL pass (Database__Provider=Postgres)");
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__Oasis")!;
        var name = "oasis_migrate_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(TestApi.Ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync(TestApi.Ct);
        }

        try
        {
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ConnectionString;
            await using var db = new PostgresOasisDb(new DbContextOptionsBuilder<PostgresOasisDb>()
                .UseNpgsql(connection, x => x.MigrationsHistoryTable("__migrations")).Options);
            await db.Database.MigrateAsync(TestApi.Ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestApi.Ct));
            var triggers = await db.Database
                .SqlQueryRaw<string>("SELECT tgname::text AS \"Value\" FROM pg_trigger WHERE tgrelid = 'platform_audit'::regclass AND NOT tgisinternal ORDER BY tgname")
                .ToListAsync(TestApi.Ct);
            Assert.Equal(["platform_audit_no_delete", "platform_audit_no_truncate", "platform_audit_no_update"], triggers);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO platform_audit (\"At\", \"Action\") VALUES (now() - interval '179 days', 'recent'), (now() - interval '181 days', 'old')", TestApi.Ct);
            await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE platform_audit SET \"Action\" = 'x'", TestApi.Ct));
            await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit", TestApi.Ct));
            await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE platform_audit", TestApi.Ct));
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("DELETE FROM platform_audit WHERE \"Action\" = 'old'", TestApi.Ct));
            Assert.Equal(["recent"], await db.AuditRecords.Select(a => a.Action).ToListAsync(TestApi.Ct));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync(TestApi.Ct);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(TestApi.Ct);
        }
    }
}
