namespace Oasis.Forecast.Hourly;

/// <summary>
/// What identifies a trained hourly model: the training window, the stations, the weather mode, seed and settings,
/// the examples and the training time; back-test scores per lead band when measured.
/// </summary>
public sealed record HourlyModelVersion(
    DateOnly TrainedFrom,
    DateOnly TrainedUntil,
    IReadOnlyList<string> Stations,
    bool TargetWeather,
    int Seed,
    int Iterations,
    int Leaves,
    double LearningRate,
    int Examples,
    TimeSpan TrainingTime)
{
    public IReadOnlyList<BandScore> Scores { get; init; } = [];

    /// <summary>Blend weights per lead 1 … 72 (decision 0433); empty (models saved before the blend) = the model alone.</summary>
    public IReadOnlyList<HourlyBlendWeights> Blend { get; init; } = [];

    /// <summary>The weights of a lead.</summary>
    public HourlyBlendWeights BlendAt(int lead) => lead >= 1 && lead <= Blend.Count ? Blend[lead - 1] : HourlyBlendWeights.ModelOnly;

    /// <summary>Whether any lead blends in persistence or climatology.</summary>
    public bool Blended => Blend.Any(w => w != HourlyBlendWeights.ModelOnly);

    /// <summary>A stable name: the window, the weather mode and an FNV-1a hash of stations and settings.</summary>
    public string Id
    {
        get
        {
            var key = string.Join('|', Stations) + $"|{Seed}|{Iterations}|{Leaves}|{LearningRate:R}|{TargetWeather}";
            var hash = 2166136261u;
            foreach (var b in System.Text.Encoding.UTF8.GetBytes(key))
            {
                hash = (hash ^ b) * 16777619u;
            }

            return $"pmh-{TrainedFrom:yyyyMMdd}-{TrainedUntil:yyyyMMdd}-{(TargetWeather ? "wx" : "nowx")}-{hash:x8}";
        }
    }
}

/// <summary>The hourly PM2.5 skill of one method over one band of leads (hours).</summary>
public sealed record BandScore(string Band, string Method, int Hours, double Rmse, double Mae);
