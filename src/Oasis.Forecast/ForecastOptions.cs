namespace Oasis.Forecast;

/// <summary>How a model is trained. The defaults are deterministic: a fixed seed and one thread.</summary>
public sealed record ForecastOptions
{
    /// <summary>Days ahead, 1 … <see cref="MaxLead"/>.</summary>
    public const int MaxLead = 10;

    /// <summary>Whether the weather of the target days is known at issue (a weather forecast, or observed weather in a back-test).</summary>
    public bool TargetWeather { get; init; }

    public int Seed { get; init; } = 20170228;

    /// <summary>Training threads; 1 makes LightGBM's result independent of scheduling.</summary>
    public int Threads { get; init; } = 1;

    public int Iterations { get; init; } = 600;

    public int Leaves { get; init; } = 31;

    public double LearningRate { get; init; } = 0.05;

    public int MinimumExamplesPerLeaf { get; init; } = 50;

    /// <summary>Share of the features each tree may use: decorrelates the trees (weather features overlap a lot).</summary>
    public double FeatureFraction { get; init; } = 0.8;

    public double L2Regularization { get; init; } = 1;

    /// <summary>Length of the validation window (the end of the training window) that chooses the climatology blend; 0 = no blend.</summary>
    public int BlendValidationDays { get; init; } = 365;
}
