using Oasis.Standards.Air;

namespace Oasis.Forecast;

/// <summary>
/// One forecast day of one station (or the city): the forecast daily values and the AQI, category and primary
/// pollutants the standards engine gives them, under the edition in force on the target day (or forced).
/// </summary>
public sealed record DailyForecast(string Station, DateOnly IssueDate, DateOnly TargetDate, DailyAirQuality Quality)
{
    public int Lead => TargetDate.DayNumber - IssueDate.DayNumber;

    /// <summary>The forecast AQI; a forecast always has all six values, so the engine always gives one.</summary>
    public int Aqi => Quality.Aqi.Aqi ?? 0;

    public AirQualityCategory Category => AirQualityCategory.For(Aqi);

    public double Pm25 => Quality.Concentrations.Pm25;
}
