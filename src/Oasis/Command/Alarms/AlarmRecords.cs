using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.CommandCentre.Alarms;

/// <summary>
/// An alarm as stored. The <see cref="AlarmBook"/> numbers alarms and decides their life; the host writes what it
/// decided here, and reads the open ones back into a new book at start. How long the condition has lately stayed
/// true is kept in memory only: it changes every minute and is not a change anybody decided.
/// </summary>
internal sealed class AlarmRecord
{
    public long Id { get; set; }

    public required string StationCode { get; set; }

    public string? GridCode { get; set; }

    public required string RuleCode { get; set; }

    public required string RuleKind { get; set; }

    public string? Pollutant { get; set; }

    public required string Level { get; set; }

    public required string State { get; set; }

    public DateTime RaisedAt { get; set; }

    public DateTime? ClearedAt { get; set; }

    public long? IncidentId { get; set; }

    public long? WorkOrderId { get; set; }

    /// <summary>The triggering values as JSON (time, value, flag), the snapshot a work order carries.</summary>
    public required string Values { get; set; }

    /// <summary>What the values were compared with: the limit, the earlier hour, the neighbours' median.</summary>
    public double? Reference { get; set; }

    public DateTime? LastReminderAt { get; set; }

    public bool Escalated { get; set; }

    /// <summary>Cleared by hand while still true: not raised again until the condition has gone away once.</summary>
    public bool Suppressed { get; set; }

    public List<AlarmChangeRecord> Changes { get; set; } = [];
}

/// <summary>One change of an alarm's state: when, who, from, to, why.</summary>
internal sealed class AlarmChangeRecord
{
    public long Id { get; set; }

    public long AlarmId { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }

    public string? From { get; set; }

    public required string To { get; set; }

    public string? Note { get; set; }
}

/// <summary>An incident (事件): a storm of alarms on one grid handled as one.</summary>
internal sealed class IncidentRecord
{
    public long Id { get; set; }

    public required string GridCode { get; set; }

    public DateTime OpenedAt { get; set; }

    public DateTime? ClosedAt { get; set; }

    public DateTime? LastReminderAt { get; set; }

    public bool Escalated { get; set; }
}

internal sealed class AlarmRecordConfiguration : IEntityTypeConfiguration<AlarmRecord>, IEntityTypeConfiguration<AlarmChangeRecord>,
    IEntityTypeConfiguration<IncidentRecord>
{
    public void Configure(EntityTypeBuilder<AlarmRecord> builder)
    {
        builder.ToTable("command_alarms");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.StationCode).HasMaxLength(50);
        builder.Property(a => a.GridCode).HasMaxLength(50);
        builder.Property(a => a.RuleCode).HasMaxLength(50);
        builder.Property(a => a.RuleKind).HasMaxLength(30);
        builder.Property(a => a.Pollutant).HasMaxLength(20);
        builder.Property(a => a.Level).HasMaxLength(20);
        builder.Property(a => a.State).HasMaxLength(20);
        builder.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AlarmId);
        builder.HasIndex(a => new { a.State, a.RaisedAt });
        builder.HasIndex(a => new { a.GridCode, a.RaisedAt });
        builder.HasIndex(a => new { a.RaisedAt, a.Id }); // the newest-first lists read the top N without a sort
    }

    public void Configure(EntityTypeBuilder<AlarmChangeRecord> builder)
    {
        builder.ToTable("command_alarm_changes");
        builder.Property(c => c.By).HasMaxLength(100);
        builder.Property(c => c.From).HasMaxLength(20);
        builder.Property(c => c.To).HasMaxLength(20);
        builder.Property(c => c.Note).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<IncidentRecord> builder)
    {
        builder.ToTable("command_incidents");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.GridCode).HasMaxLength(50);
        builder.HasIndex(i => i.ClosedAt);
    }
}
