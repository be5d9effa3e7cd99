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
}
