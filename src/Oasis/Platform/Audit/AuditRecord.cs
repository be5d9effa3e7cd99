using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Platform.Audit;

/// <summary>
/// One audited event (审计记录): who, when, from where, what, before and after. Append-only:
/// the database refuses UPDATE and DELETE on this table (triggers in the migrations).
/// </summary>
internal sealed class AuditRecord
{
    public long Id { get; set; }

    /// <summary>UTC. Stored as DateTime so SQLite can order and compare it.</summary>
    public DateTime At { get; set; }

    public string? UserName { get; set; }

    public string? RemoteAddress { get; set; }

    public required string Action { get; set; }

    public string? EntityType { get; set; }

    public string? EntityKey { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }
}

internal sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable("platform_audit");
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.RemoteAddress).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(40);
        builder.Property(a => a.EntityType).HasMaxLength(60);
        builder.Property(a => a.EntityKey).HasMaxLength(200);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });
    }
}
