using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Air;

/// <summary>
/// One station-hour of the six basic pollutants as imported (国控/省控 official data, or any hourly export):
/// 实况 (<see cref="AirDataStatus.Realtime"/>) or 审核 (<see cref="AirDataStatus.Reviewed"/>). Raw HJ 212 readings stay
/// in their own table; the merge with them happens when figures are computed (decision 0501).
/// </summary>
internal sealed class AirHour
{
    public required string StationCode { get; set; }

    /// <summary>UTC start of the hour (an hour is labelled by its start, like HJ 212 2061 data).</summary>
    public DateTime HourUtc { get; set; }

    /// <summary>One of <see cref="AirDataStatus"/>.</summary>
    public required string Status { get; set; }

    /// <summary>One of <see cref="AirDataSource"/>.</summary>
    public required string Source { get; set; }

    /// <summary>µg/m³; null = missing or invalid.</summary>
    public double? Pm25 { get; set; }

    public double? Pm10 { get; set; }

    public double? So2 { get; set; }

    public double? No2 { get; set; }

    /// <summary>mg/m³.</summary>
    public double? Co { get; set; }

    public double? O3 { get; set; }

    /// <summary>Direction the wind blows from, ° clockwise from north (a PRSA compass point at its sector centre); null = missing or calm without a direction (decision 0530).</summary>
    public double? WindFrom { get; set; }

    /// <summary>Wind speed, m/s; null = missing.</summary>
    public double? WindSpeed { get; set; }

    /// <summary>UTC time of the last import that wrote this row.</summary>
    public DateTime ImportedAt { get; set; }
}

/// <summary>数据状态: real-time as received (实况) or reviewed (审核).</summary>
internal static class AirDataStatus
{
    public const string Realtime = "realtime";
    public const string Reviewed = "reviewed";

    public static bool IsKnown(string status) => status is Realtime or Reviewed;
}

/// <summary>Where an hour came from: a file import, or the HJ 212 hourly layer (computed, never stored here today).</summary>
internal static class AirDataSource
{
    public const string Import = "import";
    public const string Hj212 = "hj212";
}

internal sealed class AirHourConfiguration : IEntityTypeConfiguration<AirHour>
{
    public void Configure(EntityTypeBuilder<AirHour> builder)
    {
        builder.ToTable("air_hourly");
        // The unique key is the primary key: an import upserts on it (idempotent re-import).
        builder.HasKey(h => new { h.StationCode, h.HourUtc, h.Status });
        builder.Property(h => h.StationCode).HasMaxLength(50);
        builder.Property(h => h.Status).HasMaxLength(16);
        builder.Property(h => h.Source).HasMaxLength(16);
    }
}
