using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Monitoring.Ingest;

/// <summary>An accepted HJ 212 packet as it arrived (原始报文), kept for replay, review and disputes.</summary>
internal sealed class RawPacket
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ReceivedAt { get; set; }

    public required string Mn { get; set; }

    public required string Cn { get; set; }

    public string? St { get; set; }

    public string? Qn { get; set; }

    /// <summary>The packet's DataTime (device clock, Beijing time) as UTC; null when absent or unreadable.</summary>
    public DateTime? DataTime { get; set; }

    /// <summary>One of <see cref="PacketOutcomes"/>.</summary>
    public required string Outcome { get; set; }

    /// <summary><c>Hj212Warnings</c> flags: the content defects tolerated.</summary>
    public long Warnings { get; set; }

    public required string Raw { get; set; }
}

internal static class PacketOutcomes
{
    public const string Stored = "stored";
    public const string Duplicate = "duplicate";
    public const string Conflict = "conflict";
    public const string Quarantined = "quarantined";
    public const string NoData = "no-data";
}

/// <summary>
/// One factor of one data packet: the value (Rtd for 2011, Avg for 2031/2051/2061), its range
/// and its data flag. Keyed by (MN, CN, DataTime, factor), so a re-sent packet is stored once.
/// </summary>
internal sealed class Reading
{
    public required string Mn { get; set; }

    public required string Cn { get; set; }

    /// <summary>UTC; the start of the period for 2051/2061 (HJ 212 labels periods by their start).</summary>
    public DateTime DataTime { get; set; }

    public required string Factor { get; set; }

    public double? Value { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    public double? Cou { get; set; }

    /// <summary>Data flag (N, F, M, S, D, C, T, B); null when the device sent none (treated as N).</summary>
    public string? Flag { get; set; }

    /// <summary>From an MN not in the device registry (未登记设备); promoted when the device is registered.</summary>
    public bool Quarantined { get; set; }

    public DateTime ReceivedAt { get; set; }
}

/// <summary>An MN that sends without being registered: listed as 未登记设备 until someone registers it.</summary>
internal sealed class UnknownDevice
{
    public required string Mn { get; set; }

    public string? St { get; set; }

    public DateTime FirstSeen { get; set; }

    public DateTime LastSeen { get; set; }

    public long Packets { get; set; }
}

internal sealed class RawPacketConfiguration : IEntityTypeConfiguration<RawPacket>
{
    public void Configure(EntityTypeBuilder<RawPacket> builder)
    {
        builder.ToTable("ingest_packets");
        builder.Property(p => p.Mn).HasMaxLength(32);
        builder.Property(p => p.Cn).HasMaxLength(8);
        builder.Property(p => p.St).HasMaxLength(8);
        builder.Property(p => p.Qn).HasMaxLength(32);
        builder.Property(p => p.Outcome).HasMaxLength(16);
        builder.HasIndex(p => new { p.Mn, p.ReceivedAt });
        builder.HasIndex(p => p.ReceivedAt);
    }
}

internal sealed class ReadingConfiguration : IEntityTypeConfiguration<Reading>
{
    public void Configure(EntityTypeBuilder<Reading> builder)
    {
        builder.ToTable("ingest_readings");
        builder.HasKey(r => new { r.Mn, r.Cn, r.DataTime, r.Factor });
        builder.Property(r => r.Mn).HasMaxLength(32);
        builder.Property(r => r.Cn).HasMaxLength(8);
        builder.Property(r => r.Factor).HasMaxLength(32);
        builder.Property(r => r.Flag).HasMaxLength(4);
        builder.HasIndex(r => new { r.Cn, r.DataTime });
    }
}

internal sealed class UnknownDeviceConfiguration : IEntityTypeConfiguration<UnknownDevice>
{
    public void Configure(EntityTypeBuilder<UnknownDevice> builder)
    {
        builder.ToTable("ingest_unknown_devices");
        builder.HasKey(u => u.Mn);
        builder.Property(u => u.Mn).HasMaxLength(32);
        builder.Property(u => u.St).HasMaxLength(8);
    }
}
