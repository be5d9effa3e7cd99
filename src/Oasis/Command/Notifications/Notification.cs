using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.CommandCentre.Notifications;

/// <summary>A message to one user in the in-app notification centre (the bell).</summary>
internal sealed class Notification
{
    public long Id { get; set; }

    public required string UserName { get; set; }

    public DateTime At { get; set; }

    /// <summary>alarm, reminder, escalation, incident, work-order, overdue, hand-over.</summary>
    public required string Kind { get; set; }

    /// <summary>The resource key of the message, rendered in the reader's language when shown.</summary>
    public required string MessageKey { get; set; }

    /// <summary>The message's arguments as a JSON array of strings.</summary>
    public required string Arguments { get; set; }

    /// <summary>Where the message leads in the UI, e.g. /command/alarms/12.</summary>
    public string? Link { get; set; }

    public DateTime? ReadAt { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("command_notifications");
        builder.Property(n => n.UserName).HasMaxLength(100);
        builder.Property(n => n.Kind).HasMaxLength(30);
        builder.Property(n => n.MessageKey).HasMaxLength(100);
        builder.Property(n => n.Arguments).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.HasIndex(n => new { n.UserName, n.ReadAt, n.At });
    }
}
