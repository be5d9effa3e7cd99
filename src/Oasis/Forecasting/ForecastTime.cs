using System.Globalization;
using Oasis.Platform.Errors;

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

    /// <summary>Optional <c>from</c>/<c>to</c> query dates (<c>yyyy-MM-dd</c>); 400 with one error per bad field.</summary>
    public static (DateOnly? From, DateOnly? To) Dates(string? from, string? to)
    {
        var errors = new List<FieldError>();
        DateOnly? Parse(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            errors.Add(new FieldError(null, field, "Forecast.Validation.Date", text));
            return null;
        }

        var result = (Parse("from", from), Parse("to", to));
        return errors.Count > 0 ? throw OasisProblemException.Validation(errors) : result;
    }
}
