using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Forecasting.Weather;

/// <summary>
/// One weather file from the meteorological bureau (气象局): a forecast of the coming days, or observed weather (to
/// give the models a history to learn from). Its hours are kept as imported; for an hour several files cover, observed
/// beats forecast and the later import beats the earlier (decision 0405).
/// </summary>
internal sealed class WeatherImport
{
    public int Id { get; set; }

    /// <summary>One of <see cref="WeatherKinds"/>.</summary>
    public required string Kind { get; set; }

    public required string FileName { get; set; }

    public int Hours { get; set; }

    /// <summary>UTC start of the first and of the last hour in the file.</summary>
    public DateTime FirstHourUtc { get; set; }

    public DateTime LastHourUtc { get; set; }

    /// <summary>Whether any hour gave a boundary-layer height (stored; the engine does not use it yet).</summary>
    public bool HasBoundaryLayer { get; set; }

    public DateTime ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}

/// <summary>One hour of an imported file. Dew point is always set: computed from humidity when only humidity was given.</summary>
internal sealed class WeatherHour
{
    public int ImportId { get; set; }

    /// <summary>UTC start of the hour.</summary>
    public DateTime HourUtc { get; set; }

    /// <summary>°C.</summary>
    public double Temperature { get; set; }

    /// <summary>%, as given (null when the file gave the dew point only).</summary>
    public double? Humidity { get; set; }

    /// <summary>°C.</summary>
    public double DewPoint { get; set; }

    /// <summary>hPa.</summary>
    public double Pressure { get; set; }

    /// <summary>m/s.</summary>
    public double WindSpeed { get; set; }

    /// <summary>Degrees the wind blows from, clockwise from north; null for calm.</summary>
    public double? WindFrom { get; set; }

    /// <summary>mm in the hour; null when not given.</summary>
    public double? Precipitation { get; set; }

    /// <summary>m; null when not given.</summary>
    public double? BoundaryLayerHeight { get; set; }
}

internal static class WeatherKinds
{
    public const string Forecast = "forecast";
    public const string Observed = "observed";

    public static readonly string[] All = [Forecast, Observed];
}

internal sealed class WeatherImportConfiguration : IEntityTypeConfiguration<WeatherImport>
{
    public void Configure(EntityTypeBuilder<WeatherImport> builder)
    {
        builder.ToTable("forecast_weather_imports");
        builder.Property(i => i.Kind).HasMaxLength(10);
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.ImportedBy).HasMaxLength(256);
    }
}

internal sealed class WeatherHourConfiguration : IEntityTypeConfiguration<WeatherHour>
{
    public void Configure(EntityTypeBuilder<WeatherHour> builder)
    {
        builder.ToTable("forecast_weather_hours");
        builder.HasKey(h => new { h.ImportId, h.HourUtc });
        builder.HasIndex(h => h.HourUtc);
        builder.HasOne<WeatherImport>().WithMany().HasForeignKey(h => h.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
