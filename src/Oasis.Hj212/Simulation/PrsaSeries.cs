using System.Globalization;

namespace Oasis.Hj212.Simulation;

/// <summary>One hour of a PRSA station file, converted to what an air station reports.</summary>
/// <param name="Hour">Start of the hour (Beijing time), as PRSA labels it.</param>
/// <param name="Values">a34004, a34002, a21026, a21004, a21005 (mg/m³), a05024; null where PRSA says NA.</param>
public sealed record PrsaHour(DateTime Hour, IReadOnlyList<KeyValuePair<string, double?>> Values);

/// <summary>
/// Reads the Beijing multi-site PRSA CSV files (../shared/data/prsa) as they are: <c>NA</c> is
/// missing and CO is in µg/m³, divided by 1000 here for mg/m³ (CONTRACTS.md).
/// </summary>
public static class PrsaSeries
{
    private static readonly (string Column, string Code, double Scale)[] Columns =
    [
        ("PM2.5", "a34004", 1), ("PM10", "a34002", 1), ("SO2", "a21026", 1), ("NO2", "a21004", 1), ("CO", "a21005", 0.001), ("O3", "a05024", 1),
    ];

    /// <summary>Parses the lines of one file (header first). Malformed rows are skipped.</summary>
    public static IReadOnlyList<PrsaHour> Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<PrsaHour>();
        int[]? index = null;
        int year = 0, month = 0, day = 0, hour = 0;
        foreach (var line in lines)
        {
            var cells = line.Split(',').Select(c => c.Trim('"')).ToArray();
            if (index is null)
            {
                year = Array.IndexOf(cells, "year");
                month = Array.IndexOf(cells, "month");
                day = Array.IndexOf(cells, "day");
                hour = Array.IndexOf(cells, "hour");
                index = [.. Columns.Select(c => Array.IndexOf(cells, c.Column))];
                if (year < 0 || month < 0 || day < 0 || hour < 0 || index.Contains(-1))
                {
                    return result;
                }

                continue;
            }

            if (cells.Length <= index.Max() || !TryTime(cells[year], cells[month], cells[day], cells[hour], out var time))
            {
                continue;
            }

            var values = new KeyValuePair<string, double?>[Columns.Length];
            for (var i = 0; i < Columns.Length; i++)
            {
                double? v = double.TryParse(cells[index[i]], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x * Columns[i].Scale : null;
                values[i] = new(Columns[i].Code, v);
            }

            result.Add(new PrsaHour(time, values));
        }

        return result;
    }

    private static bool TryTime(string y, string m, string d, string h, out DateTime time)
    {
        time = default;
        if (!int.TryParse(y, CultureInfo.InvariantCulture, out var year) || !int.TryParse(m, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(d, CultureInfo.InvariantCulture, out var day) || !int.TryParse(h, CultureInfo.InvariantCulture, out var hour)
            || year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour is < 0 or > 23)
        {
            return false;
        }

        time = new DateTime(year, month, day, hour, 0, 0);
        return true;
    }
}
