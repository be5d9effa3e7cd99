using Microsoft.EntityFrameworkCore;
using Oasis.Data;

namespace Oasis.Air;

/// <summary>
/// The first and last day the daily aggregates hold, so the air pages offer every month and year that has data:
/// imported history reaches years back, and the pages used to offer only the last twelve months.
/// </summary>
internal static class AirDataSpan
{
    public static async Task<(DateOnly First, DateOnly Last)?> ReadAsync(OasisDb db, CancellationToken ct)
    {
        var days = db.AirDays.AsNoTracking();
        if (!await days.AnyAsync(ct).ConfigureAwait(false))
        {
            return null;
        }

        return (await days.MinAsync(d => d.Day, ct).ConfigureAwait(false), await days.MaxAsync(d => d.Day, ct).ConfigureAwait(false));
    }

    /// <summary>
    /// First days of months, newest first: from the later of this month and the last month with data, back to the
    /// earlier of eleven months ago and the first month with data.
    /// </summary>
    public static List<DateOnly> Months(DateOnly today, (DateOnly First, DateOnly Last)? span)
    {
        var newest = new DateOnly(today.Year, today.Month, 1);
        var oldest = newest.AddMonths(-11);
        if (span is { } s)
        {
            newest = Max(newest, new DateOnly(s.Last.Year, s.Last.Month, 1));
            oldest = Min(oldest, new DateOnly(s.First.Year, s.First.Month, 1));
        }

        var months = new List<DateOnly>();
        for (var m = newest; m >= oldest; m = m.AddMonths(-1))
        {
            months.Add(m);
        }

        return months;
    }

    /// <summary>The calendar years with data before last year (the pages offer last year already), newest first.</summary>
    public static IEnumerable<int> EarlierYears(DateOnly today, (DateOnly First, DateOnly Last)? span) =>
        span is { } s
            ? Enumerable.Range(s.First.Year, Math.Max(0, Math.Min(s.Last.Year, today.Year - 2) - s.First.Year + 1)).Reverse()
            : [];

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
