using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Forecasting.Models;

namespace Oasis.Forecasting.Hourly;

/// <summary>
/// The hourly PM2.5 forecast of a model version issued at an hour (decision 0410): +1 … +72 h from the PM2.5 observed up
/// to the hour starting at <see cref="IssueHourUtc"/>, one per version and issue hour; issuing again replaces it.
/// </summary>
internal sealed class HourlyForecastIssue
{
    public int Id { get; set; }

    /// <summary>The model version (<c>forecast_models</c>) whose hourly model made the forecast.</summary>
    public int ModelId { get; set; }

    /// <summary>The start of the last hour whose PM2.5 the forecast read (UTC).</summary>
    public DateTime IssueHourUtc { get; set; }

    /// <summary>One of <c>ForecastWeather</c>: how much of the target hours' weather the forecast had.</summary>
    public required string Weather { get; set; }

    /// <summary>Target hours (of 72) with imported weather.</summary>
    public int WeatherHours { get; set; }

    /// <summary>The stations forecast, comma-separated (the city is their mean).</summary>
    public required string Stations { get; set; }

    public DateTime IssuedAt { get; set; }

    public required string IssuedBy { get; set; }

    public List<HourlyForecastHour> Hours { get; set; } = [];
}

/// <summary>One forecast hour of a station or of the city (<c>city</c>).</summary>
internal sealed class HourlyForecastHour
{
    public int IssueId { get; set; }

    public required string Station { get; set; }

    public int Lead { get; set; }

    /// <summary>The start of the forecast hour (UTC).</summary>
    public DateTime TargetHourUtc { get; set; }

    /// <summary>PM2.5, µg/m³, rounded to an integer like the hourly data (GB/T 8170).</summary>
    public double Pm25 { get; set; }
}

internal sealed class HourlyForecastIssueConfiguration : IEntityTypeConfiguration<HourlyForecastIssue>
{
    public void Configure(EntityTypeBuilder<HourlyForecastIssue> builder)
    {
        builder.ToTable("forecast_hourly_issues");
        builder.Property(i => i.Weather).HasMaxLength(10);
        builder.Property(i => i.Stations).HasMaxLength(4000);
        builder.Property(i => i.IssuedBy).HasMaxLength(256);
        builder.HasIndex(i => new { i.ModelId, i.IssueHourUtc }).IsUnique();
        builder.HasIndex(i => i.IssueHourUtc);
        builder.HasOne<ForecastModelRecord>().WithMany().HasForeignKey(i => i.ModelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Hours).WithOne().HasForeignKey(h => h.IssueId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class HourlyForecastHourConfiguration : IEntityTypeConfiguration<HourlyForecastHour>
{
    public void Configure(EntityTypeBuilder<HourlyForecastHour> builder)
    {
        builder.ToTable("forecast_hourly_hours");
        builder.HasKey(h => new { h.IssueId, h.Station, h.Lead });
        builder.Property(h => h.Station).HasMaxLength(64);
        builder.HasIndex(h => new { h.Station, h.TargetHourUtc });
    }
}
