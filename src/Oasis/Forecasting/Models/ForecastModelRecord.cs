using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Oasis.Forecast;

namespace Oasis.Forecasting.Models;

/// <summary>
/// A trained model version, kept for ever: its training window and stations, whether it uses the weather, its settings
/// (fixed seed, one thread: the same data give the same model), the back-test scores of its held-out days, and its file
/// under the data directory (decision 0405). Forecasts name the version they came from.
/// </summary>
internal sealed class ForecastModelRecord
{
    public int Id { get; set; }

    /// <summary>The engine's stable name (<c>aqf-…</c>, <see cref="ModelVersion.Id"/>).</summary>
    public required string Code { get; set; }

    public DateOnly TrainedFrom { get; set; }

    public DateOnly TrainedUntil { get; set; }

    /// <summary>The training stations' codes, comma-separated.</summary>
    public required string Stations { get; set; }

    /// <summary>Whether the model reads the weather of the target days (trained where imported weather covered the window).</summary>
    public bool TargetWeather { get; set; }

    /// <summary>Days of the training window with imported weather.</summary>
    public int WeatherDays { get; set; }

    public int Seed { get; set; }

    public int Iterations { get; set; }

    public int Leaves { get; set; }

    public double LearningRate { get; set; }

    /// <summary>Training examples per forecast value (PM2.5, PM10, SO2, NO2, CO, O3-8h, O3-1h), comma-separated.</summary>
    public required string Examples { get; set; }

    /// <summary>Model weight against climatology per lead 1–10, comma-separated (decision 0403).</summary>
    public required string BlendWeights { get; set; }

    public double TrainingSeconds { get; set; }

    /// <summary>The held-out issue days the scores were measured on; null when the window was too short to hold any out.</summary>
    public DateOnly? BacktestFrom { get; set; }

    public DateOnly? BacktestUntil { get; set; }

    /// <summary>Back-test scores as JSON (<see cref="ModelScores"/>); null without a back-test.</summary>
    public string? Scores { get; set; }

    /// <summary>The model file under <c>forecast/models/</c> of the data directory, its size and SHA-256.</summary>
    public required string FileName { get; set; }

    public long Size { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>
    /// The hourly PM2.5 model trained with this version on the same window and weather mode (decision 0410): its engine
    /// name (<c>pmh-…</c>), file, size, SHA-256, iterations, examples and held-out scores by lead band; null for versions
    /// trained before hourly forecasts existed.
    /// </summary>
    public string? HourlyCode { get; set; }

    public string? HourlyFileName { get; set; }

    public long HourlySize { get; set; }

    public string? HourlySha256 { get; set; }

    public int HourlyIterations { get; set; }

    public int HourlyExamples { get; set; }

    /// <summary>Held-out hourly scores as JSON (a list of <see cref="Oasis.Forecast.Hourly.BandScore"/>); null without a back-test.</summary>
    public string? HourlyScores { get; set; }

    /// <summary>
    /// The hourly model's blend weights per lead 1–72, <c>model:persistence:climatology</c> comma-separated (decision 0433);
    /// null for versions trained before the blend or whose window was too short to choose it: the model alone.
    /// </summary>
    public string? HourlyBlend { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The user, or <c>system</c> for the schedule.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>The engine's version record, to load the model with.</summary>
    public ModelVersion ToVersion() => new(
        TrainedFrom,
        TrainedUntil,
        Stations.Split(',', StringSplitOptions.RemoveEmptyEntries),
        TargetWeather,
        Seed,
        Iterations,
        Leaves,
        LearningRate,
        [.. Examples.Split(',').Select(e => int.Parse(e, CultureInfo.InvariantCulture))],
        TimeSpan.FromSeconds(TrainingSeconds))
    {
        BlendWeights = [.. BlendWeights.Split(',').Select(w => double.Parse(w, CultureInfo.InvariantCulture))],
    };

    /// <summary>The engine's version record of the hourly model (its settings are the engine's defaults but the iterations).</summary>
    public Oasis.Forecast.Hourly.HourlyModelVersion ToHourlyVersion()
    {
        var defaults = new Oasis.Forecast.Hourly.HourlyOptions();
        return new(TrainedFrom, TrainedUntil, Stations.Split(',', StringSplitOptions.RemoveEmptyEntries), TargetWeather, Seed, HourlyIterations,
            defaults.Leaves, defaults.LearningRate, HourlyExamples, TimeSpan.Zero)
        { Blend = Oasis.Forecast.Hourly.HourlyBlend.Parse(HourlyBlend) };
    }

    public static string Join<T>(IEnumerable<T> values) where T : IFormattable =>
        string.Join(',', values.Select(v => v.ToString(null, CultureInfo.InvariantCulture)));
}

/// <summary>Back-test scores by lead for the model, persistence and climatology.</summary>
internal sealed record ModelScores(IReadOnlyList<LeadScore> Model, IReadOnlyList<LeadScore> Persistence, IReadOnlyList<LeadScore> Climatology);

internal sealed class ForecastModelConfiguration : IEntityTypeConfiguration<ForecastModelRecord>
{
    public void Configure(EntityTypeBuilder<ForecastModelRecord> builder)
    {
        builder.ToTable("forecast_models");
        builder.Property(m => m.Code).HasMaxLength(64);
        builder.Property(m => m.Stations).HasMaxLength(4000);
        builder.Property(m => m.Examples).HasMaxLength(200);
        builder.Property(m => m.BlendWeights).HasMaxLength(100);
        builder.Property(m => m.FileName).HasMaxLength(200);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.HourlyCode).HasMaxLength(64);
        builder.Property(m => m.HourlyFileName).HasMaxLength(200);
        builder.Property(m => m.HourlySha256).HasMaxLength(64);
        builder.Property(m => m.HourlyBlend).HasMaxLength(2000);
        builder.Property(m => m.CreatedBy).HasMaxLength(256);
        builder.HasIndex(m => m.TrainedUntil);
    }
}
