using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// The daily values the engine forecasts, one regression model each: exactly the values the standards engine
/// rates into a daily AQI (<see cref="DailyConcentrations"/>), so the forecast AQI, category and primary pollutant
/// come from the one AQI implementation.
/// </summary>
public enum ForecastTarget
{
    Pm25,
    Pm10,
    So2,
    No2,
    Co,
    O3Max8h,
    O3Max1h,
}

/// <summary>Helpers for <see cref="ForecastTarget"/>.</summary>
public static class ForecastTargets
{
    public const int Count = 7;

    public static double Of(in DailyConcentrations day, ForecastTarget target) => target switch
    {
        ForecastTarget.Pm25 => day.Pm25,
        ForecastTarget.Pm10 => day.Pm10,
        ForecastTarget.So2 => day.So2,
        ForecastTarget.No2 => day.No2,
        ForecastTarget.Co => day.Co,
        ForecastTarget.O3Max8h => day.O3Max8h,
        ForecastTarget.O3Max1h => day.O3Max1h,
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    /// <summary>Daily values from one value per target, in <see cref="ForecastTarget"/> order.</summary>
    public static DailyConcentrations ToConcentrations(ReadOnlySpan<double> values) =>
        new(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
}
