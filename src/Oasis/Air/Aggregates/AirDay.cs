using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Standards.Air;

namespace Oasis.Air.Aggregates;

/// <summary>
/// A station's daily values of one data status (decision 0507): the engine's unrounded daily concentrations of the
/// merged hourly layer, and how many valid hours each rests on. Kept current by <see cref="AirDailyAggregation"/>
/// from the stale marks that imports, review marks and committed HJ 212 packets leave; every figure of a period is
/// rated from these rows by the standards engine, so nothing is an average of averages.
/// </summary>
internal sealed class AirDay
{
    public required string StationCode { get; set; }

    /// <summary>The Beijing calendar day.</summary>
    public DateOnly Day { get; set; }

    /// <summary>One of <see cref="AirDataStatus"/>: <c>realtime</c> (实况, as received) or <c>reviewed</c> (审核).</summary>
    public required string Status { get; set; }

    public double? Pm25 { get; set; }

    public double? Pm10 { get; set; }

    public double? So2 { get; set; }

    public double? No2 { get; set; }

    /// <summary>mg/m³.</summary>
    public double? Co { get; set; }

    /// <summary>Daily maximum 8-hour mean.</summary>
    public double? O3Max8h { get; set; }

    /// <summary>Daily maximum 1-hour value.</summary>
    public double? O3Max1h { get; set; }

    /// <summary>Valid hours per pollutant in <see cref="Pollutant"/> order (PM2.5, PM10, SO2, NO2, CO, O3), one byte each.</summary>
    public required byte[] ValidHours { get; set; }

    /// <summary>Hours of the day with any value in this status's layer (a day without any is not stored).</summary>
    public int Hours { get; set; }

    /// <summary>Hours that came from a reviewed (审核) import.</summary>
    public int ReviewedHours { get; set; }

    /// <summary>UTC time the row was computed.</summary>
    public DateTime ComputedAt { get; set; }

    public DailyConcentrations Concentrations => new(
        Pm25 ?? double.NaN, Pm10 ?? double.NaN, So2 ?? double.NaN, No2 ?? double.NaN, Co ?? double.NaN, O3Max8h ?? double.NaN, O3Max1h ?? double.NaN);
}

/// <summary>What a figure reads of a stored day.</summary>
internal sealed record AirDayValues(string StationCode, DateOnly Day, double? Pm25, double? Pm10, double? So2, double? No2, double? Co, double? O3Max8h,
    double? O3Max1h, byte[] ValidHours)
{
    public DailyConcentrations Concentrations => new(
        Pm25 ?? double.NaN, Pm10 ?? double.NaN, So2 ?? double.NaN, No2 ?? double.NaN, Co ?? double.NaN, O3Max8h ?? double.NaN, O3Max1h ?? double.NaN);
}

internal sealed class AirDayConfiguration : IEntityTypeConfiguration<AirDay>
{
    public void Configure(EntityTypeBuilder<AirDay> builder)
    {
        builder.ToTable("air_daily");
        builder.HasKey(d => new { d.StationCode, d.Status, d.Day });
        builder.Property(d => d.StationCode).HasMaxLength(50);
        builder.Property(d => d.Status).HasMaxLength(16);
        builder.Property(d => d.ValidHours).HasMaxLength(6);
        builder.Ignore(d => d.Concentrations);
    }
}

/// <summary>
/// A station's days whose daily rows must be computed again, left in the same transaction as the change that made
/// them stale (an import, a review mark) or by the aggregation itself for committed HJ 212 packets. Never unique: a
/// pass deletes only the marks it read (by id), so a change made while it computed is computed by the next pass.
/// </summary>
internal sealed class AirDayStale
{
    public long Id { get; set; }

    /// <summary>A station code; <see cref="AllStations"/> for every station (a rebuild); null when <see cref="Mn"/> names a device instead.</summary>
    public string? StationCode { get; set; }

    /// <summary>A device whose readings changed, resolved to its station when the mark is computed.</summary>
    public string? Mn { get; set; }

    public DateOnly FromDay { get; set; }

    public DateOnly ToDay { get; set; }

    public const string AllStations = "*";
}

/// <summary>How far the aggregation has read a source (today: the id of the last HJ 212 packet it turned into marks).</summary>
internal sealed class AirAggregateMark
{
    public required string Source { get; set; }

    public long Value { get; set; }

    public const string Packets = "ingest_packets";
}

internal sealed class AirDayStaleConfiguration : IEntityTypeConfiguration<AirDayStale>
{
    public void Configure(EntityTypeBuilder<AirDayStale> builder)
    {
        builder.ToTable("air_daily_stale");
        builder.Property(s => s.StationCode).HasMaxLength(50);
        builder.Property(s => s.Mn).HasMaxLength(32);
    }
}

internal sealed class AirAggregateMarkConfiguration : IEntityTypeConfiguration<AirAggregateMark>
{
    public void Configure(EntityTypeBuilder<AirAggregateMark> builder)
    {
        builder.ToTable("air_daily_marks");
        builder.HasKey(m => m.Source);
        builder.Property(m => m.Source).HasMaxLength(50);
    }
}
