using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Oasis.Forecasting.Backtests;

/// <summary>
/// A back-test of the forecast engine over the city's own history (decision 0430), run by <see cref="BacktestWorker"/>:
/// what was asked, where the job stands (the row is the job: a restart finds it and runs it again), and the table per
/// lead for the model, persistence and climatology once done.
/// </summary>
internal sealed class ForecastBacktest
{
    public const string Queued = "queued";
    public const string Loading = "loading";
    public const string Training = "training";
    public const string Forecasting = "forecasting";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public int Id { get; set; }

    public required string State { get; set; }

    /// <summary>Whole percent: loading up to 10, training up to 60, forecasting up to 95, scoring to 100.</summary>
    public int Percent { get; set; }

    /// <summary>The training window: <c>TrainUntil − TrainingDays + 1</c> … <see cref="TrainUntil"/>.</summary>
    public DateOnly TrainFrom { get; set; }

    public DateOnly TrainUntil { get; set; }

    /// <summary>The issue days of the test.</summary>
    public DateOnly TestFrom { get; set; }

    public DateOnly TestUntil { get; set; }

    public int Iterations { get; set; }

    public int Seed { get; set; }

    /// <summary><c>observed</c> (the imported observed weather, target days included) or <c>none</c>; decided when the job loads its data.</summary>
    public string? Weather { get; set; }

    /// <summary>Days of the training window with imported observed weather.</summary>
    public int WeatherDays { get; set; }

    /// <summary>The stations scored, comma-separated: every evaluation station with history, or those not in <see cref="TrainStations"/>.</summary>
    public string? Stations { get; set; }

    /// <summary>
    /// The stations the model is trained on, comma-separated, as asked: null trains on the scored stations themselves; else
    /// the leave-stations-out protocol (<c>--train-station</c>): train on these, score only the others (decision 0430).
    /// </summary>
    public string? TrainStations { get; set; }

    /// <summary>The model version's engine name (<c>aqf-…</c>); the model itself is not kept.</summary>
    public string? ModelCode { get; set; }

    public int Forecasts { get; set; }

    /// <summary>The table per lead as JSON (the models' <c>ModelScores</c>).</summary>
    public string? Scores { get; set; }

    /// <summary>Why it failed: a resource key and its arguments as a JSON array, shown in the reader's language.</summary>
    public string? ErrorKey { get; set; }

    public string? ErrorArgs { get; set; }

    public double Seconds { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? StartedAt { get; set; }

    public DateTime? FinishedAt { get; set; }

    public bool Finished => State is Done or Failed or Cancelled;
}

internal sealed class ForecastBacktestConfiguration : IEntityTypeConfiguration<ForecastBacktest>
{
    public void Configure(EntityTypeBuilder<ForecastBacktest> builder)
    {
        builder.ToTable("forecast_backtests");
        builder.Property(b => b.State).HasMaxLength(16);
        builder.Property(b => b.Weather).HasMaxLength(16);
        builder.Property(b => b.Stations).HasMaxLength(4000);
        builder.Property(b => b.TrainStations).HasMaxLength(4000);
        builder.Property(b => b.ModelCode).HasMaxLength(64);
        builder.Property(b => b.ErrorKey).HasMaxLength(100);
        builder.Property(b => b.ErrorArgs).HasMaxLength(2000);
        builder.Property(b => b.CreatedBy).HasMaxLength(256);
        builder.Ignore(b => b.Finished);
        builder.HasIndex(b => b.State);
    }
}
