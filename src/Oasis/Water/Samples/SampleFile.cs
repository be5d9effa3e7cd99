using System.Globalization;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Oasis.Platform.Errors;

namespace Oasis.Water.Samples;

/// <summary>
/// Reads a sampling file, CSV or XLSX, whose header is the CLI's (<c>section,date,waterbody,pH,DO,…</c>): the three key
/// columns are required, the indicator columns may be any subset, Table 2/3 items may follow by their Chinese names, and an
/// optional <c>qualityControl</c> column marks quality-control replicates (decision 0319).
/// </summary>
internal static class SampleFile
{
    public static List<(int Row, SampleInput Input)> Read(Stream stream, string fileName)
    {
        var name = fileName.ToUpperInvariant();
        if (name.EndsWith(".XLSX", StringComparison.Ordinal))
        {
            return ReadXlsx(stream);
        }

        if (!name.EndsWith(".CSV", StringComparison.Ordinal) && !name.EndsWith(".TXT", StringComparison.Ordinal))
        {
            throw OasisProblemException.Validation("file", "Water.Validation.SampleFileType", fileName);
        }

        return ReadCsv(stream);
    }

    private static List<(int, SampleInput)> ReadCsv(Stream stream)
    {
        var rows = new List<(int, SampleInput)>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(stream);
        var names = reader.Header.ColNames.Select(n => n.Trim().TrimStart('\uFEFF')).ToList();
        CheckHeader(names);
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < Math.Min(names.Count, row.ColCount); i++)
            {
                cells[names[i]] = row[i].ToString();
            }

            // A row of the wrong length is reported like any bad row (the CLI calls it malformed), not thrown.
            var input = ToInput(cells);
            rows.Add((row.LineNumberFrom, row.ColCount == names.Count ? input : input with { FieldCount = (row.ColCount, names.Count) }));
        }

        return rows;
    }

    private static List<(int, SampleInput)> ReadXlsx(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        buffer.Position = 0;
        var rows = new List<(int, SampleInput)>();
        var line = 1;
        var checkedHeader = false;
        foreach (IDictionary<string, object?> row in buffer.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            line++;
            if (!checkedHeader)
            {
                CheckHeader([.. row.Keys.Select(k => k.Trim())]);
                checkedHeader = true;
            }

            rows.Add((line, ToInput(row.ToDictionary(kv => kv.Key.Trim(), kv => Cell(kv.Value), StringComparer.Ordinal))));
        }

        return rows;
    }

    // A spreadsheet number arrives as a double: write it as a plain decimal so that 0.00005 does not become 5E-05.
    private static string? Cell(object? value) => value switch
    {
        null => null,
        double d => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static SampleInput ToInput(Dictionary<string, string?> cells) => new(
        cells.GetValueOrDefault("section"),
        cells.GetValueOrDefault("date"),
        cells.GetValueOrDefault("waterbody"),
        cells.Where(kv => !IsKey(kv.Key) && kv.Key.Length > 0).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal))
    {
        QualityControl = cells.GetValueOrDefault(SampleInput.QualityControlColumn),
    };

    // The CLI's key columns, and the host's optional quality-control flag (decision 0319; the CLI's input has no such column).
    private static bool IsKey(string name) => SampleInput.KeyColumns.Contains(name) || name == SampleInput.QualityControlColumn;

    private static void CheckHeader(IReadOnlyList<string> names)
    {
        var errors = new List<FieldError>();
        foreach (var key in SampleInput.KeyColumns.Where(k => !names.Contains(k)))
        {
            errors.Add(new FieldError(1, key, "Water.Validation.MissingColumn", key));
        }

        foreach (var unknown in names.Where(n => n.Length > 0 && !IsKey(n) && !SampleInput.IsItem(n)))
        {
            errors.Add(new FieldError(1, unknown, "Water.Validation.UnknownItem", unknown));
        }

        if (errors.Count > 0)
        {
            throw OasisProblemException.ImportFailed(errors);
        }
    }
}
