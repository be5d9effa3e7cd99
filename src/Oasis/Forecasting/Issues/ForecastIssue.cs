using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Forecasting.Models;

namespace Oasis.Forecasting.Issues;

/// <summary>
/// The model's forecast issued on a day (预报): day+1 … day+10 from the observations up to the end of
/// <see cref="IssueDate"/> (the last complete day, decision 0406), one per model version and issue day; issuing again
/// replaces it (new weather, corrected data) and the audit log keeps what it replaced.
/// </summary>
internal sealed class ForecastIssue
{
    public int Id { get; set; }

    public int ModelId { get; set; }

    public DateOnly IssueDate { get; set; }

    /// <summary>One of <see cref="ForecastWeather"/>: how much of the target days' weather the forecast had.</summary>
    public required string Weather { get; set; }

    /// <summary>Target days (of 10) the imported weather covered.</summary>
    public int WeatherDays { get; set; }

    /// <summary>The stations forecast, comma-separated (the city is their mean).</summary>
    public required string Stations { get; set; }

    /// <summary>Whether day+1 … day+3 PM2.5 is the ensemble with the version's hourly model (decision 0434).</summary>
    public bool HourlyBlended { get; set; }

    public DateTime IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    /// <summary>Milliseconds from loading the model to the stored forecast.</summary>
    public int ElapsedMs { get; set; }

    public List<ForecastDay> Days { get; set; } = [];
}

/// <summary>One forecast day of a station or the city (<c>city</c>): the values rated by the standards engine.</summary>
internal sealed class ForecastDay
{
    public int IssueId { get; set; }

    public required string Station { get; set; }

    public DateOnly TargetDate { get; set; }

    public int Lead { get; set; }

    public int Aqi { get; set; }

    /// <summary>The category code (<c>excellent</c> … <c>severe</c>).</summary>
    public required string Category { get; set; }

    /// <summary>Primary pollutants by code, comma-separated; empty when the AQI is ≤ 50.</summary>
    public required string Primary { get; set; }

    /// <summary>The edition the day was rated by: <c>2012</c> or <c>2026</c>.</summary>
    public required string Edition { get; set; }

    /// <summary>Forecast daily values rounded by GB/T 8170 (µg/m³; CO mg/m³).</summary>
    public double Pm25 { get; set; }

    public double Pm10 { get; set; }

    public double So2 { get; set; }

    public double No2 { get; set; }

    public double Co { get; set; }

    public double O3_8h { get; set; }

    public double O3_1h { get; set; }
}

/// <summary>The weather a forecast had for its target days.</summary>
internal static class ForecastWeather
{
    /// <summary>Imported weather for all ten target days.</summary>
    public const string Imported = "imported";

    /// <summary>Imported weather for some target days; the others forecast without it.</summary>
    public const string Partial = "partial";

    /// <summary>The model reads weather, but none was imported for the target days.</summary>
    public const string Missing = "missing";

    /// <summary>The model was trained without weather (too little imported weather in its window): it blends towards climatology.</summary>
    public const string NotUsed = "not-used";
}

internal sealed class ForecastIssueConfiguration : IEntityTypeConfiguration<ForecastIssue>
{
    public void Configure(EntityTypeBuilder<ForecastIssue> builder)
    {
        builder.ToTable("forecast_issues");
        builder.Property(i => i.Weather).HasMaxLength(10);
        builder.Property(i => i.Stations).HasMaxLength(4000);
        builder.Property(i => i.IssuedBy).HasMaxLength(256);
        builder.HasIndex(i => new { i.ModelId, i.IssueDate }).IsUnique();
        builder.HasIndex(i => i.IssueDate);
        builder.HasOne<ForecastModelRecord>().WithMany().HasForeignKey(i => i.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Days).WithOne().HasForeignKey(d => d.IssueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ForecastDayConfiguration : IEntityTypeConfiguration<ForecastDay>
{
    public void Configure(EntityTypeBuilder<ForecastDay> builder)
    {
        builder.ToTable("forecast_days");
        builder.HasKey(d => new { d.IssueId, d.Station, d.TargetDate });
        builder.Property(d => d.Station).HasMaxLength(64);
        builder.Property(d => d.Category).HasMaxLength(20);
        builder.Property(d => d.Primary).HasMaxLength(40);
        builder.Property(d => d.Edition).HasMaxLength(4);
        builder.HasIndex(d => new { d.Station, d.TargetDate });
    }
}
