using System.Globalization;
using Oasis.Standards.Air;

namespace Oasis.Air;

/// <summary>
/// The periods the bureau's reports name, as <c>period=</c> of <c>GET /api/air/daily|period</c>: a year
/// (<c>2026</c>), a quarter (<c>2026-Q1</c>), a month (<c>2026-03</c>), the heating season that starts in a year
/// (<c>2025-heating</c>: 15 October 2025 – 15 April 2026, <see cref="HeatingSeason.Default"/>), the non-heating season of a
/// year (<c>2026-nonheating</c>: 16 April – 14 October), or the year to date (<c>ytd</c>: 1 January to yesterday,
/// Beijing time).
/// </summary>
internal static class NamedPeriod
{
    public static (DateOnly From, DateOnly To)? Parse(string text, DateOnly today)
    {
        var season = HeatingSeason.Default;
        if (text == "ytd")
        {
            var yesterday = today.AddDays(-1);
            return (new DateOnly(yesterday.Year, 1, 1), yesterday);
        }

        var parts = text.Split('-');
        if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || parts[0].Length != 4 || year < 2000 || year > 2100)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var rest = parts[1];
        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, ((rest[1] - '1') * 3) + 1, 1);
            return (first, first.AddMonths(3).AddDays(-1));
        }

        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }

        return rest switch
        {
            "heating" => (new DateOnly(year, season.StartMonth, season.StartDay), new DateOnly(year + 1, season.EndMonth, season.EndDay)),
            "nonheating" => (new DateOnly(year, season.EndMonth, season.EndDay).AddDays(1), new DateOnly(year, season.StartMonth, season.StartDay).AddDays(-1)),
            _ => null,
        };
    }
}
