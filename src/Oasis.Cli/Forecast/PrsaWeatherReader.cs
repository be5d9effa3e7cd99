using System.Globalization;
using Oasis.Forecast;

namespace Oasis.Cli.Forecast;

/// <summary>
/// Reads the weather columns of PRSA files (TEMP °C, PRES hPa, DEWP °C, RAIN mm, wd compass point, WSPM m/s)
/// into one <see cref="WeatherSeries"/> per station. Malformed rows are reported by <see cref="HourlyCsvReader"/>,
/// which reads the same files for the pollutants; here a row or value that does not parse is simply missing.
/// </summary>
internal static class PrsaWeatherReader
{
    private static readonly string[] Columns = ["TEMP", "PRES", "DEWP", "RAIN", "wd", "WSPM"];

    public static void Read(string path, Dictionary<string, Dictionary<int, double[]>> stations)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: the file is empty");
        var names = Split(header.TrimStart('\uFEFF')).Select(n => n.Trim()).ToList();
        var year = names.IndexOf("year");
        var station = names.IndexOf("station");
        var columns = Columns.Select(c => names.IndexOf(c)).ToArray();
        if (year < 0 || station < 0 || columns.Any(c => c < 0))
        {
            throw new InvalidDataException($"{path}:1: not a PRSA header with weather columns (TEMP,PRES,DEWP,RAIN,wd,WSPM)");
        }

        Span<Range> fields = stackalloc Range[names.Count + 1];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var span = line.AsSpan();
            if (CsvLine.Split(span, fields) != names.Count ||
                !int.TryParse(span[fields[year]], CultureInfo.InvariantCulture, out var y) ||
                !int.TryParse(span[fields[year + 1]], CultureInfo.InvariantCulture, out var m) ||
                !int.TryParse(span[fields[year + 2]], CultureInfo.InvariantCulture, out var d) ||
                !int.TryParse(span[fields[year + 3]], CultureInfo.InvariantCulture, out var h) ||
                y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m) || h is < 0 or > 23)
            {
                continue;
            }

            var name = span[fields[station]].Trim().ToString();
            if (!stations.TryGetValue(name, out var days))
            {
                days = [];
                stations.Add(name, days);
            }

            var key = new DateOnly(y, m, d).DayNumber;
            if (!days.TryGetValue(key, out var values))
            {
                values = new double[Columns.Length * 24];
                Array.Fill(values, double.NaN);
                days.Add(key, values);
            }

            for (var c = 0; c < Columns.Length; c++)
            {
                var text = span[fields[columns[c]]].Trim();
                values[(c * 24) + h] = c == 4 ? WeatherSeries.CompassDegrees(text) : Number(text);
            }
        }
    }

    /// <summary>The series of one station, or null when its files gave no weather.</summary>
    public static WeatherSeries? SeriesOf(Dictionary<string, Dictionary<int, double[]>> stations, string station)
    {
        if (!stations.TryGetValue(station, out var days) || days.Count == 0)
        {
            return null;
        }

        var first = days.Keys.Min();
        var series = new WeatherSeries(DateOnly.FromDayNumber(first), days.Keys.Max() - first + 1);
        double[][] targets = [series.Temperature, series.Pressure, series.DewPoint, series.Rain, series.WindFrom, series.WindSpeed];
        foreach (var (key, values) in days)
        {
            for (var c = 0; c < targets.Length; c++)
            {
                values.AsSpan(c * 24, 24).CopyTo(targets[c].AsSpan((key - first) * 24, 24));
            }
        }

        return series;
    }

    private static double Number(ReadOnlySpan<char> text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : double.NaN;

    private static List<string> Split(string line)
    {
        Span<Range> fields = stackalloc Range[128];
        var n = Math.Min(CsvLine.Split(line, fields), fields.Length);
        var result = new List<string>(n);
        for (var i = 0; i < n; i++)
        {
            result.Add(line[fields[i]]);
        }

        return result;
    }
}
