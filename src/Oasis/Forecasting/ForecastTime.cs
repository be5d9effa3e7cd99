using Oasis.Platform.Time;

namespace Oasis.Forecasting;

/// <summary>Beijing time and calendar for the forecasts (times stored in UTC, decision 0002).</summary>
internal static class ForecastTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset Beijing(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(Offset);

    /// <summary>Today's Beijing date.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The last complete Beijing day: the default issue day of a forecast and the last day of a training window.</summary>
    public static DateOnly LastCompleteDay(TimeProvider clock) => Today(clock).AddDays(-1);

    public static (DateOnly? From, DateOnly? To) Dates(string? from, string? to) => QueryDates.Parse(from, to, "Forecast.Validation.Date");
}
