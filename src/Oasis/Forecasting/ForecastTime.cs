using Oasis.Platform.Time;

namespace Oasis.Forecasting;

/// <summary>Beijing time and calendar for the forecasts (times stored in UTC, decision 0002).</summary>
internal static class ForecastTime
{
    public static DateTimeOffset Beijing(DateTime utc) => BeijingTime.FromUtc(utc);

    /// <summary>Today's Beijing date.</summary>
    public static DateOnly Today(TimeProvider clock) => BeijingTime.Today(clock);

    /// <summary>The last complete Beijing day: the default issue day of a forecast and the last day of a training window.</summary>
    public static DateOnly LastCompleteDay(TimeProvider clock) => Today(clock).AddDays(-1);

    public static (DateOnly? From, DateOnly? To) Dates(string? from, string? to) => QueryDates.Parse(from, to, "Forecast.Validation.Date");
}
