using Oasis.Platform.Errors;
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

    /// <summary>
    /// A verification period from the query: <paramref name="days"/> days up to the last complete day unless the query
    /// names its dates; at most <paramref name="maxDays"/> days, in order (400 per field otherwise).
    /// </summary>
    public static (DateOnly Since, DateOnly Until) VerificationPeriod(string? from, string? to, TimeProvider clock, int days, int maxDays)
    {
        var (f, t) = Dates(from, to);
        var until = t ?? LastCompleteDay(clock);
        var since = f ?? until.AddDays(-(days - 1));
        if (until < since || until.DayNumber - since.DayNumber + 1 > maxDays)
        {
            throw OasisProblemException.Validation("to", "Forecast.Validation.Period", maxDays);
        }

        return (since, until);
    }
}
