using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Data;

namespace Oasis.Platform.Leases;

/// <summary>
/// A named lease in the database (decision 0701): the host holding an unexpired lease of a name is the one that does
/// that name's scheduled work, so two hosts over one database do not both write the same scheduled report.
/// </summary>
internal sealed class DatabaseLease
{
    public required string Name { get; set; }

    public required string Holder { get; set; }

    public DateTime ExpiresAt { get; set; }
}

internal sealed class DatabaseLeaseConfiguration : IEntityTypeConfiguration<DatabaseLease>
{
    public void Configure(EntityTypeBuilder<DatabaseLease> builder)
    {
        builder.ToTable("leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(50);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}

/// <summary>
/// Takes and renews leases atomically on SQLite and PostgreSQL with two single statements: an update that succeeds only
/// for the holder or an expired lease, else an insert that the primary key lets only one host win. Leases coordinate
/// hosts and are not data: they bypass the audit log. This host's holder
/// name is fixed for its life (machine, process, a random part).
/// </summary>
internal sealed class LeaseStore(TimeProvider clock)
{
    public string Holder { get; } = Truncate($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    /// <summary>True when this host holds <paramref name="name"/> until now + <paramref name="duration"/>.</summary>
    public Task<bool> TryAcquireAsync(OasisDb db, string name, TimeSpan duration, CancellationToken ct) => TryAcquireAsync(db, name, Holder, duration, ct);

    public async Task<bool> TryAcquireAsync(OasisDb db, string name, string holder, TimeSpan duration, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        var renewed = await db.Set<DatabaseLease>().Where(l => l.Name == name && (l.Holder == holder || l.ExpiresAt <= now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), ct).ConfigureAwait(false);
        if (renewed == 1)
        {
            return true;
        }

        // No row yet: the first insert wins; the other host's insert does nothing (same statement on SQLite and PostgreSQL).
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO leases (\"Name\", \"Holder\", \"ExpiresAt\") VALUES ({name}, {holder}, {until}) ON CONFLICT (\"Name\") DO NOTHING", ct).ConfigureAwait(false);
        return inserted == 1;
    }

    /// <summary>Gives the lease up (it expires now) if this holder has it.</summary>
    public async Task ReleaseAsync(OasisDb db, string name, string holder, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<DatabaseLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, now), ct).ConfigureAwait(false);
    }

    private static string Truncate(string text) => text.Length > 200 ? text[^200..] : text;
}

/// <summary>The scheduled jobs' use of a lease: one short scope per attempt, so a held database connection never outlives it.</summary>
internal static class LeaseScopes
{
    /// <summary>How long a scheduled job's lease lasts: longer than its hourly tick, so the holder keeps it while it runs.</summary>
    public static readonly TimeSpan HourlyJob = TimeSpan.FromMinutes(90);

    /// <summary>True when this host holds (took or renewed) the lease <paramref name="name"/> for another <see cref="HourlyJob"/>.</summary>
    public static async Task<bool> HoldAsync(this IServiceScopeFactory scopes, string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var leases = scope.ServiceProvider.GetRequiredService<LeaseStore>();
        return await leases.TryAcquireAsync(scope.ServiceProvider.GetRequiredService<OasisDb>(), name, HourlyJob, ct).ConfigureAwait(false);
    }
}
