using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Monitoring.Devices;

/// <summary>A field unit (数采仪) identified by its MN, reporting over HJ 212.</summary>
internal sealed class Device
{
    public int Id { get; set; }

    public required string Mn { get; set; }

    /// <summary>The access password (PW), encrypted with ASP.NET Data Protection. Never returned.</summary>
    public string? ProtectedPassword { get; set; }

    /// <summary>ST system code (22 air quality, 21 surface water, 31 flue gas, 32 wastewater …).</summary>
    public required string SystemCode { get; set; }

    /// <summary><c>2017</c> (HJ 212-2017) or <c>2005</c> (HJ/T 212-2005).</summary>
    public required string Protocol { get; set; }

    public int RealtimeIntervalSeconds { get; set; } = 30;

    public int MinuteIntervalMinutes { get; set; } = 10;

    public string? StationCode { get; set; }

    public string? EnterpriseCode { get; set; }

    public string? OutletCode { get; set; }

    public List<DeviceFactor> Factors { get; set; } = [];
}

/// <summary>A monitored factor of one device, with the unit it reports in and its plausible range.</summary>
internal sealed class DeviceFactor
{
    public required string Code { get; set; }

    public required string Unit { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.ToTable("monitoring_devices");
        builder.Property(d => d.Mn).HasMaxLength(32);
        builder.Property(d => d.SystemCode).HasMaxLength(4);
        builder.Property(d => d.Protocol).HasMaxLength(4);
        builder.Property(d => d.StationCode).HasMaxLength(50);
        builder.Property(d => d.EnterpriseCode).HasMaxLength(18);
        builder.Property(d => d.OutletCode).HasMaxLength(50);
        builder.HasIndex(d => d.Mn).IsUnique();
        builder.OwnsMany(d => d.Factors, f => f.ToJson());
    }
}
