using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Forecasting.Warnings;

/// <summary>
/// A listener's work owed for one issued change of a warning (decision 0425): written in the same save as the change, so
/// an issued warning whose listener failed (the emergency tasks) is never forgotten; completed once, in the transaction
/// of the listener's own changes, by the issuing request or later by <see cref="WarningListenerWorker"/>.
/// </summary>
internal sealed class WarningListenerWork
{
    public int Id { get; set; }

    public int WarningId { get; set; }

    /// <summary><see cref="IWarningListener.Name"/>.</summary>
    public required string Listener { get; set; }

    /// <summary><c>issue</c>, <c>upgrade</c>, <c>downgrade</c>, <c>lift</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The level the change put in force (null for a lift): a late run must not read a level issued after it.</summary>
    public string? Level { get; set; }

    /// <summary>When the change was issued: the listener's tasks start then, however late it runs.</summary>
    public DateTime IssuedAt { get; set; }

    public DateTime? CompletedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    public string? LastError { get; set; }
}

internal sealed class WarningListenerWorkConfiguration : IEntityTypeConfiguration<WarningListenerWork>
{
    public void Configure(EntityTypeBuilder<WarningListenerWork> builder)
    {
        builder.ToTable("forecast_warning_listener_work");
        builder.Property(w => w.Listener).HasMaxLength(50);
        builder.Property(w => w.Action).HasMaxLength(20);
        builder.Property(w => w.Level).HasMaxLength(10);
        builder.Property(w => w.LastError).HasMaxLength(2000);
        builder.HasIndex(w => new { w.CompletedAt, w.Id });
    }
}
