namespace Oasis.Forecast.Hourly;

/// <summary>How an hourly model is trained. Deterministic by default: a fixed seed and one thread (decision 0409).</summary>
public sealed record HourlyOptions
{
    /// <summary>Hours ahead, 1 … <see cref="MaxLead"/>.</summary>
    public const int MaxLead = 72;

    /// <summary>Whether the weather of the target hours is known at issue (a weather forecast, or observed weather in a back-test).</summary>
    public bool TargetWeather { get; init; }

    public int Seed { get; init; } = 20170228;

    public int Threads { get; init; } = 1;

    public int Iterations { get; init; } = 300;

    public int Leaves { get; init; } = 63;

    public double LearningRate { get; init; } = 0.08;

    public int MinimumExamplesPerLeaf { get; init; } = 100;

    public double FeatureFraction { get; init; } = 0.8;

    /// <summary>
    /// Hours between training issue hours. 7 is prime to 24, so every hour of the day is an issue hour somewhere in the
    /// window, with a seventh of the examples (three years of nine stations at every hour would be 20 million rows).
    /// </summary>
    public int IssueStrideHours { get; init; } = 7;

    /// <summary>Each training issue uses every n-th lead, shifted per issue so that every lead is trained.</summary>
    public int LeadStride { get; init; } = 3;

    /// <summary>Days at the end of the training window that choose the blend weights (decision 0433); 0 = the model alone.</summary>
    public int BlendValidationDays { get; init; } = 365;

    /// <summary>Hours between validation issue hours for the blend (11, prime to 24: every hour of the day is an issue hour).</summary>
    public int BlendIssueStrideHours { get; init; } = 11;
}
