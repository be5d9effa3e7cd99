using System.Globalization;
using Oasis.Platform.Errors;

namespace Oasis.Platform.Time;

/// <summary>Optional <c>from</c>/<c>to</c> query dates (<c>yyyy-MM-dd</c>) of a list route; 400 with one error per bad field.</summary>
internal static class QueryDates
{
    /// <param name="messageKey">The module's message for a bad date, with the text as its argument.</param>
    public static (DateOnly? From, DateOnly? To) Parse(string? from, string? to, string messageKey)
    {
        var errors = new List<FieldError>();
        DateOnly? One(string field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            errors.Add(new FieldError(null, field, messageKey, text));
            return null;
        }

        var result = (One("from", from), One("to", to));
        return errors.Count > 0 ? throw OasisProblemException.Validation(errors) : result;
    }

    /// <summary>
    /// An optional instant of a query: <c>yyyy-MM-dd</c> is that Beijing day's midnight, ISO 8601 with an offset or Z is
    /// taken as given, and without one as Beijing time; null when absent, else 400 on <paramref name="field"/>.
    /// </summary>
    public static DateTime? Instant(string field, string? text, string messageKey)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - BeijingTime.Offset;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
        {
            return (text.Contains('+', StringComparison.Ordinal) || text.EndsWith('Z') ? t : new DateTimeOffset(t.DateTime, BeijingTime.Offset)).UtcDateTime;
        }

        throw OasisProblemException.Validation(field, messageKey, text);
    }
}
