using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;
using Oasis.Air.Import;

namespace Oasis.Air.Export;

/// <summary>A column of an export: its name and, for numbers, the CSV format (CONTRACTS.md: no needless decimals).</summary>
internal sealed record ExportColumn(string Name, string? Format = null);

/// <summary>
/// Writes an export's rows as CSV (streamed to the response, UTF-8 without BOM, <c>\n</c>) or XLSX (MiniExcel, through
/// a temporary file, numbers as numbers). Rows come one station at a time, so a year of 60 stations is never held as
/// text (decision 0513).
/// </summary>
internal static class ExportTable
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<Results<PushStreamHttpResult, FileStreamHttpResult>> ResultAsync(ExportColumn[] columns, IAsyncEnumerable<object?[]> rows,
        string format, string name, CancellationToken ct)
    {
        if (format == Csv)
        {
            return TypedResults.Stream(body => WriteCsvAsync(body, columns, rows, ct), "text/csv; charset=utf-8", name + ".csv");
        }

        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            // MiniExcel pulls rows synchronously; the pull blocks on the next station's load on a pool thread, not a request thread.
            await Task.Run(() => file.SaveAs(Dictionaries(columns, rows, ct), excelType: ExcelType.XLSX), ct).ConfigureAwait(false);
            file.Position = 0;
            return TypedResults.File(file, XlsxType, name + ".xlsx");
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static async Task WriteCsvAsync(Stream body, ExportColumn[] columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var writer = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024) { NewLine = "\n" };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(string.Join(',', columns.Select(c => c.Name))).ConfigureAwait(false);
            await writer.WriteAsync('\n').ConfigureAwait(false);
            var line = new StringBuilder(128);
            await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false))
            {
                line.Clear();
                for (var i = 0; i < columns.Length; i++)
                {
                    line.Append(i == 0 ? string.Empty : ",").Append(Text(row[i], columns[i].Format));
                }

                line.Append('\n');
                await writer.WriteAsync(line, ct).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A cell as the CSV prints it: empty for missing, numbers invariant in the column's format, text escaped.</summary>
    public static string Text(object? value, string? format) => value switch
    {
        null => string.Empty,
        string s => CsvLine.Escape(s),
        IFormattable f => f.ToString(format, CultureInfo.InvariantCulture),
        _ => CsvLine.Escape(value.ToString() ?? string.Empty),
    };

    private static IEnumerable<Dictionary<string, object?>> Dictionaries(ExportColumn[] columns, IAsyncEnumerable<object?[]> rows, CancellationToken ct)
    {
        var rowsRead = 0;
        var enumerator = rows.GetAsyncEnumerator(ct);
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                rowsRead++;
                yield return Row(columns, enumerator.Current);
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        if (rowsRead == 0)
        {
            // An empty export still names its columns.
            yield return columns.ToDictionary(c => c.Name, _ => (object?)null, StringComparer.Ordinal);
        }
    }

    private static Dictionary<string, object?> Row(ExportColumn[] columns, object?[] row)
    {
        var cells = new Dictionary<string, object?>(columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            cells[columns[i].Name] = row[i];
        }

        return cells;
    }
}
