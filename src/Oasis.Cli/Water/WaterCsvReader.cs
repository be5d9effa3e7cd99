using System.Globalization;
using Oasis.Standards.Water;

namespace Oasis.Cli.Water;

/// <summary>One good row of a water CSV file.</summary>
internal sealed record WaterRow(string Section, DateOnly Date, WaterSample Sample);

/// <summary>
/// Reads water sampling CSV files (issue #8): header <see cref="Header"/>; mg/L except pH and faecal coliforms
/// (个/L); <c>date</c> <c>yyyy-MM-dd</c>; <c>waterbody</c> <c>river</c> or <c>lake</c>; empty = not measured;
/// <c>0.004L</c> = below the detection limit 0.004. Bad rows are reported as <c>FILE:LINE: reason</c>.
/// </summary>
internal static class WaterCsvReader
{
    public const string Header =
        "section,date,waterbody,pH,DO,CODMn,COD,BOD5,NH3N,TP,Cu,Zn,F,Se,As,Hg,Cd,Cr6,Pb,CN,Phenol,Oil,LAS,Sulfide,TN,FecalColiform";

    private const int FirstValue = 3;
    private const int FieldCount = FirstValue + WaterIndicators.Count;

    /// <summary>Appends the good rows of one file; throws <see cref="InvalidDataException"/> when its header is wrong.</summary>
    public static void Read(string path, List<WaterRow> rows, WaterInputProblems problems)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: the file is empty");
        if (header.TrimStart('\uFEFF').Trim() != Header)
        {
            throw new InvalidDataException($"{path}:1: header is not '{Header}'");
        }

        Span<Range> fields = stackalloc Range[FieldCount + 1];
        var values = new WaterValue?[WaterIndicators.Count];
        long lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            problems.Rows++;
            var reason = Parse(line, fields, values, out var row);
            if (reason is null)
            {
                rows.Add(row!);
            }
            else
            {
                problems.Malformed(path, lineNumber, reason);
            }
        }
    }

    private static string? Parse(string line, Span<Range> fields, WaterValue?[] values, out WaterRow? row)
    {
        row = null;
        var span = line.AsSpan();
        var n = CsvLine.Split(span, fields);
        if (n != FieldCount)
        {
            return $"expected {FieldCount} fields, found {(n > FieldCount ? "more" : n.ToString(CultureInfo.InvariantCulture))}";
        }

        var section = span[fields[0]].Trim().ToString();
        if (section.Length == 0)
        {
            return "empty section";
        }

        var dateText = span[fields[1]].Trim();
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return $"unparsable date '{dateText}' (expected yyyy-MM-dd)";
        }

        var bodyText = span[fields[2]].Trim();
        WaterBodyKind body;
        if (bodyText.SequenceEqual("river"))
        {
            body = WaterBodyKind.River;
        }
        else if (bodyText.SequenceEqual("lake"))
        {
            body = WaterBodyKind.Lake;
        }
        else
        {
            return $"waterbody '{bodyText}' is not river or lake";
        }

        for (var i = 0; i < WaterIndicators.Count; i++)
        {
            var indicator = (WaterIndicator)i;
            var text = span[fields[FirstValue + i]].Trim();
            if (text.Length == 0)
            {
                values[i] = null;
                continue;
            }

            if (text[0] == '-')
            {
                return $"negative value '{text}' in {indicator.Code()}";
            }

            if (!WaterValue.TryParse(text, out var value))
            {
                return $"unparsable value '{text}' in {indicator.Code()}";
            }

            if (value.BelowDetectionLimit && indicator is WaterIndicator.Ph or WaterIndicator.DissolvedOxygen)
            {
                return $"{indicator.Code()} cannot be below a detection limit ('{text}')";
            }

            values[i] = value;
        }

        row = new WaterRow(section, date, new WaterSample(body, values));
        return null;
    }
}
