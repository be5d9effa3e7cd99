namespace Oasis.Forecast;

/// <summary>
/// What identifies a trained model and how it was made: the training window, the stations, whether it uses the
/// weather of the target days, the seed and the booster settings, the examples per target and the training time.
/// Back-test scores are attached by whoever runs the back-test (<see cref="WithScores"/>).
/// </summary>
public sealed record ModelVersion(
    DateOnly TrainedFrom,
    DateOnly TrainedUntil,
    IReadOnlyList<string> Stations,
    bool TargetWeather,
    int Seed,
    int Iterations,
    int Leaves,
    double LearningRate,
    IReadOnlyList<int> ExamplesPerTarget,
    TimeSpan TrainingTime)
{
    /// <summary>Weight of the model against the climatological modal day, per lead (1 = the model alone).</summary>
    public IReadOnlyList<double> BlendWeights { get; init; } = [];

    /// <summary>Back-test scores by lead (exact-level %, within-one-level %), when measured.</summary>
    public IReadOnlyList<LeadScore> Scores { get; init; } = [];

    /// <summary>A stable name: the window, the weather mode and a hash of stations and settings.</summary>
    public string Id
    {
        get
        {
            var key = string.Join('|', Stations) + $"|{Seed}|{Iterations}|{Leaves}|{LearningRate:R}|{TargetWeather}";
            var hash = 2166136261u; // FNV-1a: stable across runs and platforms, unlike string.GetHashCode
            foreach (var b in System.Text.Encoding.UTF8.GetBytes(key))
            {
                hash = (hash ^ b) * 16777619u;
            }

            return $"aqf-{TrainedFrom:yyyyMMdd}-{TrainedUntil:yyyyMMdd}-{(TargetWeather ? "wx" : "nowx")}-{hash:x8}";
        }
    }

    public ModelVersion WithScores(IReadOnlyList<LeadScore> scores) => this with { Scores = scores };
}

/// <summary>The back-test skill of one lead.</summary>
public sealed record LeadScore(int Lead, int Days, double ExactPercent, double WithinOnePercent, double Pm25Rmse, double Pm25Mae);
