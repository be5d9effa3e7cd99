using System.ComponentModel.DataAnnotations;

namespace Oasis.Forecasting;

/// <summary><c>Oasis:Forecast:*</c>: the schedule and the model settings of the host's forecasts (docs/forecast-api.md).</summary>
internal sealed class ForecastingOptions
{
    public const string Section = "Oasis:Forecast";

    /// <summary>Retrain and issue on schedule; tests switch it off and act on demand.</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>Complete, every minute, the warning-listener work a failed request left open (decision 0425); tests run it by hand.</summary>
    public bool RetryListeners { get; set; } = true;

    /// <summary>The Beijing hour from which the day's model is trained and the day's forecast issued.</summary>
    [Range(0, 23)]
    public int ScheduleHour { get; set; } = 2;

    /// <summary>Days of history a model is trained on, ending on the last complete day.</summary>
    [Range(60, 3660)]
    public int TrainingDays { get; set; } = 1096;

    /// <summary>The held-out days at the end of the window whose back-test scores are kept with a version (decision 0405).</summary>
    [Range(0, 366)]
    public int BacktestDays { get; set; } = 60;

    [Range(10, 5000)]
    public int Iterations { get; set; } = 600;

    public int Seed { get; set; } = 20170228;

    /// <summary>Share of the training days the imported weather must cover for a model that uses the weather.</summary>
    [Range(0.0, 1.0)]
    public double MinWeatherCoverage { get; set; } = 0.8;

    /// <summary>How many of the newest versions keep their model files; older versions keep their row, scores and forecasts (decision 0432).</summary>
    [Range(1, 10000)]
    public int KeepModelFiles { get; set; } = 30;
}
