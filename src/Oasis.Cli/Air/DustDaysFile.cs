using System.Globalization;
using Oasis.Standards.Air;

namespace Oasis.Cli.Air;

/// <summary>
/// Reads a dust-days file: header <c>start,end,station</c>, Beijing time <c>yyyy-MM-dd HH:mm</c> on the hour;
/// an empty station means every station. A period covers the hours starting in [start, end).
/// </summary>
internal static class DustDaysFile
{
    public const string Header = "start,end,station";

    public static List<DustPeriod> Read(string path, InputProblems problems)
    {
        var periods = new List<DustPeriod>();
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine();
        if (header is null || header.TrimStart('\uFEFF').Trim() != Header)
        {
            throw new InvalidDataException($"{path}:1: header is not '{Header}'");
        }

        Span<Range> fields = stackalloc Range[4];
        long lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var span = line.AsSpan();
            if (CsvLine.Split(span, fields) != 3)
            {
                problems.Malformed(path, lineNumber, "expected 3 fields");
                continue;
            }

            if (!TryHour(span[fields[0]], out var start) || !TryHour(span[fields[1]], out var end))
            {
                problems.Malformed(path, lineNumber, "start and end must be yyyy-MM-dd HH:mm on the hour");
                continue;
            }

            if (end <= start)
            {
                problems.Malformed(path, lineNumber, "end is not after start");
                continue;
            }

            var station = span[fields[2]].Trim();
            periods.Add(new DustPeriod(start, end, station.Length == 0 ? null : station.ToString()));
        }

        return periods;
    }

    private static bool TryHour(ReadOnlySpan<char> text, out DateTime time) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time) &&
        time.Minute == 0;
}
