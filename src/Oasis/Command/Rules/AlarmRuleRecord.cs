using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.CommandCentre.Rules;

/// <summary>
/// An alarm rule as stored (报警规则): one row per rule, the parameters of every kind as nullable columns so that
/// a rule reads as a table row in the database and in exports. <see cref="AlarmRuleMapping"/> turns it into the
/// evaluator's rule record and checks that the parameters of its kind are present.
/// </summary>
internal sealed class AlarmRuleRecord
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>threshold, sustained, sudden-rise, neighbour-deviation, data-missing, device-flag.</summary>
    public required string Kind { get; set; }

    /// <summary>general, serious, severe.</summary>
    public required string Level { get; set; }

    /// <summary>A station kind, or null for every kind.</summary>
    public string? StationKind { get; set; }

    /// <summary>PM2.5, PM10, SO2, NO2, CO, O3 or another report code; null for station-wide rules.</summary>
    public string? Pollutant { get; set; }

    public bool Enabled { get; set; } = true;

    /// <summary>Raise a work order for the alarm's grid at once, without waiting for the operator.</summary>
    public bool CreateWorkOrder { get; set; }

    /// <summary>Threshold limit as a concentration (µg/m³; CO mg/m³).</summary>
    public double? Limit { get; set; }

    /// <summary>Threshold limit as an AQI category 1–6 the IAQI reaches.</summary>
    public int? AqiCategory { get; set; }

    public int? Hours { get; set; }

    public double? Absolute { get; set; }

    public double? Relative { get; set; }

    public double? Factor { get; set; }

    public double? RadiusKm { get; set; }

    public int? MinNeighbours { get; set; }

    public int? Minutes { get; set; }

    /// <summary>Device flags joined without separator, e.g. "FDCMT".</summary>
    public string? Flags { get; set; }
}

internal sealed class AlarmRuleRecordConfiguration : IEntityTypeConfiguration<AlarmRuleRecord>
{
    public void Configure(EntityTypeBuilder<AlarmRuleRecord> builder)
    {
        builder.ToTable("command_alarm_rules");
        builder.Property(r => r.Code).HasMaxLength(50);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Kind).HasMaxLength(30);
        builder.Property(r => r.Level).HasMaxLength(20);
        builder.Property(r => r.StationKind).HasMaxLength(20);
        builder.Property(r => r.Pollutant).HasMaxLength(20);
        builder.Property(r => r.Flags).HasMaxLength(20);
        builder.HasIndex(r => r.Code).IsUnique();
    }
}
