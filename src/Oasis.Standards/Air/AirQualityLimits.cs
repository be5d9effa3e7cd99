namespace Oasis.Standards.Air;

/// <summary>
/// GB 3095 Grade II limits (二级浓度限值) used for exceedance days and the comprehensive index
/// (FACTS.md §2.1, §2.2). Under the 2026 edition these are the transition limits, in force to 2030-12-31.
/// </summary>
public sealed record AirQualityLimits(
    decimal So2Annual,
    decimal No2Annual,
    decimal Pm10Annual,
    decimal Pm25Annual,
    decimal So2Daily,
    decimal No2Daily,
    decimal Pm10Daily,
    decimal Pm25Daily,
    decimal CoDaily,
    decimal O3EightHour)
{
    /// <summary>GB 3095-2012 Grade II.</summary>
    public static readonly AirQualityLimits Gb3095_2012 = new(60m, 40m, 70m, 35m, 150m, 80m, 150m, 75m, 4m, 160m);

    /// <summary>GB 3095-2026 Grade II, transition limits (to 2030-12-31).</summary>
    public static readonly AirQualityLimits Gb3095_2026Transition = new(60m, 40m, 60m, 30m, 150m, 80m, 120m, 60m, 4m, 160m);

    /// <summary>GB 3095-2026 Grade II, final limits (from 2031-01-01); not selected automatically yet (decision 0107).</summary>
    public static readonly AirQualityLimits Gb3095_2026Final = new(20m, 30m, 50m, 25m, 50m, 50m, 100m, 50m, 4m, 160m);

    /// <summary>The limits that go with an edition.</summary>
    public static AirQualityLimits For(AirStandardEdition edition) =>
        edition == AirStandardEdition.Hj633_2012 ? Gb3095_2012 : Gb3095_2026Transition;

    /// <summary>The 24-hour limit in reporting steps (×10 for CO), for comparing with rounded values.</summary>
    internal long ScaledDailyLimit(Pollutant pollutant) =>
        (long)(DailyLimit(pollutant) * (pollutant == Pollutant.Co ? 10 : 1));

    /// <summary>The 24-hour limit of a pollutant (O3: daily maximum 8-hour mean).</summary>
    public decimal DailyLimit(Pollutant pollutant) => pollutant switch
    {
        Pollutant.Pm25 => Pm25Daily,
        Pollutant.Pm10 => Pm10Daily,
        Pollutant.So2 => So2Daily,
        Pollutant.No2 => No2Daily,
        Pollutant.Co => CoDaily,
        Pollutant.O3 => O3EightHour,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant)),
    };
}
