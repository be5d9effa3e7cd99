using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.CommandCentre.Duty;

/// <summary>One shift of the duty roster (值班表): who holds which post from when until when.</summary>
internal sealed class DutyShift
{
    public long Id { get; set; }

    /// <summary>The Beijing day the shift belongs to (a night shift belongs to the day it starts).</summary>
    public DateOnly Day { get; set; }

    /// <summary>day or night (or any name the bureau uses), shown as is.</summary>
    public required string Shift { get; set; }

    /// <summary>leader (带班领导) or operator (值班员).</summary>
    public required string Post { get; set; }

    public required string UserName { get; set; }

    public DateTime From { get; set; }

    public DateTime Until { get; set; }
}

/// <summary>
/// A hand-over (交接班): written by the outgoing operator, with the open alarms and overdue orders at that moment
/// recorded by Oasis, not typed, so that nothing is handed over by memory.
/// </summary>
internal sealed class HandOver
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string By { get; set; }

    public string? To { get; set; }

    public string? Note { get; set; }

    /// <summary>JSON: the open alarms (id, station, rule, level, state, raised).</summary>
    public required string OpenAlarms { get; set; }

    /// <summary>JSON: the overdue work orders (id, grid, title, state, deadline).</summary>
    public required string OverdueOrders { get; set; }
}

internal sealed class DutyConfiguration : IEntityTypeConfiguration<DutyShift>, IEntityTypeConfiguration<HandOver>
{
    public void Configure(EntityTypeBuilder<DutyShift> builder)
    {
        builder.ToTable("command_duty_shifts");
        builder.Property(s => s.Shift).HasMaxLength(50);
        builder.Property(s => s.Post).HasMaxLength(20);
        builder.Property(s => s.UserName).HasMaxLength(100);
        builder.HasIndex(s => new { s.From, s.Until });
        builder.HasIndex(s => new { s.Day, s.Shift, s.Post, s.UserName }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<HandOver> builder)
    {
        builder.ToTable("command_handovers");
        builder.Property(h => h.By).HasMaxLength(100);
        builder.Property(h => h.To).HasMaxLength(100);
        builder.Property(h => h.Note).HasMaxLength(4000);
        builder.HasIndex(h => h.At);
    }
}
