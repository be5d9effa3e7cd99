using System.Globalization;

namespace Oasis.Air.Import;

/// <summary>
/// Reads hourly air CSV files into a <see cref="HourlyStore"/>: the Oasis format
/// (<c>station,time,PM2.5,PM10,SO2,NO2,CO,O3</c>, CONTRACTS.md) or the PRSA files as they are
/// (<c>year,month,day,hour</c>, <c>NA</c> missing, CO in µg/m³, the wind of <c>wd</c> and <c>WSPM</c> kept, decision 0530).
/// Both label an hour by its start.
/// </summary>
internal static class HourlyCsvReader
{
    public const string OasisHeader = "station,time,PM2.5,PM10,SO2,NO2,CO,O3";

    // Values above these are implausible for an hourly mean: treated as invalid hours, not as malformed rows.
    private const double MaxPlausibleMicrograms = 100_000;
    private const double MaxPlausibleCo = 1_000;

    private static readonly string[] PollutantColumns = ["PM2.5", "PM10", "SO2", "NO2", "CO", "O3"];

    /// <summary>Reads one file; throws <see cref="InvalidDataException"/> when its header is not of the format.</summary>
    /// <param name="knownStation">When given, rows of a station it refuses are malformed (<c>oasis import air</c>).</param>
    public static void Read(string path, AirInputFormat format, HourlyStore store, InputProblems problems, Func<string, bool>? knownStation = null)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        Read(reader, path, format, store, problems, knownStation);
    }

    /// <summary>Reads one file from <paramref name="reader"/>; <paramref name="path"/> names it in messages (an upload: its file name).</summary>
    /// <param name="progress">Called with the line number every 10,000 lines (the air page's progress bar).</param>
    public static void Read(TextReader reader, string path, AirInputFormat format, HourlyStore store, InputProblems problems, Func<string, bool>? knownStation = null,
        Action<long>? progress = null)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: the file is empty");
        var layout = format == AirInputFormat.Oasis ? OasisLayout(path, header) : PrsaLayout(path, header);
        store.CarriesWind |= layout.WindFrom >= 0 || layout.WindSpeed >= 0;
        Span<Range> fields = stackalloc Range[Math.Max(layout.FieldCount, 8) + 1];
        Span<double> values = stackalloc double[HourlyStore.Values];
        long lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (progress is not null && lineNumber % 10_000 == 0)
            {
                progress(lineNumber);
            }

            if (line.Length == 0)
            {
                continue;
            }

            problems.Rows++;
            var span = line.AsSpan();
            var n = CsvLine.Split(span, fields);
            if (n != layout.FieldCount)
            {
                problems.Malformed(path, lineNumber, $"expected {layout.FieldCount} fields, found {n}");
                continue;
            }

            var station = span[fields[layout.Station]].Trim().ToString();
            if (station.Length == 0)
            {
                problems.Malformed(path, lineNumber, "empty station");
                continue;
            }

            if (knownStation is not null && !knownStation(station))
            {
                problems.Malformed(path, lineNumber, $"unknown station {station} (use --create-stations to create it)");
                continue;
            }

            var reason = format == AirInputFormat.Oasis
                ? ParseOasisTime(span[fields[1]], out var day, out var hour)
                : ParsePrsaTime(span, fields, layout, out day, out hour);
            reason ??= ParseValues(span, fields, layout, format, values, problems);
            reason ??= ParseWind(span, fields, layout, values, problems);
            if (reason is not null)
            {
                problems.Malformed(path, lineNumber, reason);
            }
            else if (!store.Add(station, day, hour, values))
            {
                problems.Malformed(path, lineNumber, $"duplicate hour {day:yyyy-MM-dd} {hour:00}:00 for station {station}");
            }
        }
    }

    private static string? ParseValues(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, Layout layout, AirInputFormat format, Span<double> values, InputProblems problems)
    {
        for (var p = 0; p < 6; p++)
        {
            var text = line[fields[layout.FirstPollutant + p]].Trim();
            if (text.Length == 0 || (format == AirInputFormat.Prsa && text.SequenceEqual("NA")))
            {
                values[p] = double.NaN;
                continue;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            {
                return $"unparsable number '{text}' in {PollutantColumns[p]}";
            }

            var isCo = p == 4;
            if (isCo && format == AirInputFormat.Prsa)
            {
                v /= 1000; // PRSA gives CO in µg/m³
            }

            if (v < 0 || v > (isCo ? MaxPlausibleCo : MaxPlausibleMicrograms))
            {
                problems.InvalidValues++;
                v = double.NaN;
            }

            values[p] = v;
        }

        return null;
    }

    /// <summary>The PRSA wind into values[6] (direction) and values[7] (speed); NaN when the file has none.</summary>
    private static string? ParseWind(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, Layout layout, Span<double> values, InputProblems problems)
    {
        values[HourlyStore.WindFrom] = values[HourlyStore.WindSpeed] = double.NaN;
        string? reason = null;
        if (layout.WindFrom >= 0 && PrsaWind.Direction(line[fields[layout.WindFrom]], out reason) is { } from)
        {
            values[HourlyStore.WindFrom] = from;
        }

        if (reason is null && layout.WindSpeed >= 0 && PrsaWind.Speed(line[fields[layout.WindSpeed]], problems, out reason) is { } speed)
        {
            values[HourlyStore.WindSpeed] = speed;
        }

        return reason;
    }

    private static string? ParseOasisTime(ReadOnlySpan<char> text, out DateOnly day, out int hour)
    {
        day = default;
        hour = 0;
        text = text.Trim();
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return $"unparsable time '{text}' (expected yyyy-MM-dd HH:mm)";
        }

        if (time.Minute != 0)
        {
            return $"time '{text}' is not on the hour";
        }

        day = DateOnly.FromDateTime(time);
        hour = time.Hour;
        return null;
    }

    private static string? ParsePrsaTime(ReadOnlySpan<char> line, ReadOnlySpan<Range> fields, Layout layout, out DateOnly day, out int hour)
    {
        day = default;
        hour = 0;
        if (!int.TryParse(line[fields[layout.Year]], NumberStyles.None, CultureInfo.InvariantCulture, out var y) ||
            !int.TryParse(line[fields[layout.Year + 1]], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ||
            !int.TryParse(line[fields[layout.Year + 2]], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ||
            !int.TryParse(line[fields[layout.Year + 3]], NumberStyles.None, CultureInfo.InvariantCulture, out hour) ||
            y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m) || hour > 23)
        {
            return "unparsable time in year,month,day,hour";
        }

        day = new DateOnly(y, m, d);
        return null;
    }

    // Columns after the eight of the contract are ignored, so that the air export with its validity columns reads back
    // (decision 0513); a row must still have as many fields as the header.
    private static Layout OasisLayout(string path, string header)
    {
        var text = header.TrimStart('\uFEFF').Trim();
        if (text == OasisHeader)
        {
            return new Layout(8, 0, 2, -1, -1, -1);
        }

        return text.StartsWith(OasisHeader + ",", StringComparison.Ordinal)
            ? new Layout(8 + text.AsSpan(OasisHeader.Length).Count(','), 0, 2, -1, -1, -1)
            : throw new InvalidDataException($"{path}:1: header is not '{OasisHeader}' (use --format prsa for PRSA files)");
    }

    private static Layout PrsaLayout(string path, string header)
    {
        var line = header.TrimStart('\uFEFF').AsSpan();
        Span<Range> fields = stackalloc Range[64];
        var n = CsvLine.Split(line, fields);
        var names = new List<string>();
        for (var i = 0; i < Math.Min(n, fields.Length); i++)
        {
            names.Add(line[fields[i]].Trim().ToString());
        }

        var year = names.IndexOf("year");
        var first = names.IndexOf("PM2.5");
        var station = names.IndexOf("station");
        var ordered = year >= 0 && names.IndexOf("month") == year + 1 && names.IndexOf("day") == year + 2 && names.IndexOf("hour") == year + 3;
        for (var p = 0; p < PollutantColumns.Length && ordered; p++)
        {
            ordered = first >= 0 && names.IndexOf(PollutantColumns[p]) == first + p;
        }

        return ordered && station >= 0
            ? new Layout(names.Count, station, first, year, names.IndexOf(PrsaWind.DirectionColumn), names.IndexOf(PrsaWind.SpeedColumn))
            : throw new InvalidDataException($"{path}:1: not a PRSA header (year,month,day,hour,PM2.5,PM10,SO2,NO2,CO,O3,…,station)");
    }

    // WindFrom and WindSpeed: the PRSA wd and WSPM columns, -1 when the file has none (the Oasis format never has them).
    private readonly record struct Layout(int FieldCount, int Station, int FirstPollutant, int Year, int WindFrom, int WindSpeed);
}

/// <summary>The input formats of <c>oasis air</c>.</summary>
internal enum AirInputFormat
{
    Oasis,
    Prsa,
}
