using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MiniExcelLibs;
using nietras.SeparatedValues;
using Oasis.Platform;
using Oasis.Platform.Errors;

namespace Oasis.Registry;

/// <summary>
/// CSV and XLSX files of a registry: columns are the DTO's JSON field names (CONTRACTS.md), lists
/// are joined by <c>;</c>. Reading goes cell → JSON → DTO so the API and the files share one model.
/// </summary>
internal static class TabularCodec<TDto>
    where TDto : class
{
    public static readonly IReadOnlyList<TabularColumn> Columns = typeof(TDto)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetCustomAttribute<NotTabularAttribute>() is null)
        .Select(p => TabularColumn.For(p, OasisJson.Options))
        .ToArray();

    public static byte[] ToCsv(IEnumerable<TDto> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(text))
        {
            writer.Header.Add(Columns.Select(c => c.Name).ToArray());
            foreach (var dto in rows)
            {
                var node = JsonSerializer.SerializeToNode(dto, OasisJson.Options)!.AsObject();
                using var row = writer.NewRow();
                foreach (var column in Columns)
                {
                    row[column.Name].Set(column.Format(node[column.Name]));
                }
            }
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    public static byte[] ToXlsx(IEnumerable<TDto> rows)
    {
        var sheet = rows.Select(dto =>
        {
            var node = JsonSerializer.SerializeToNode(dto, OasisJson.Options)!.AsObject();
            var row = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var column in Columns)
            {
                row[column.Name] = column.Format(node[column.Name]);
            }

            return row;
        }).ToList();
        if (sheet.Count == 0)
        {
            sheet.Add(Columns.ToDictionary(c => c.Name, _ => (object)""));
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>Reads every row; each comes back as a DTO or with its field errors (row numbers as a person counts them).</summary>
    public static IReadOnlyList<(int Row, TDto? Dto, List<FieldError> Errors)> Read(Stream stream, bool xlsx)
    {
        var rows = xlsx ? ReadXlsx(stream) : ReadCsv(stream);
        var result = new List<(int, TDto?, List<FieldError>)>();
        foreach (var (line, cells) in rows)
        {
            var (dto, errors) = ParseRow(cells, line);
            result.Add((line, dto, errors));
        }

        return result;
    }

    /// <summary>One row of cells (by column name) to a DTO, or the field errors that stop it.</summary>
    public static (TDto? Dto, List<FieldError> Errors) ParseRow(IReadOnlyDictionary<string, string> cells, int? line)
    {
        var errors = new List<FieldError>();
        var json = new JsonObject();
        foreach (var column in Columns)
        {
            if (!cells.TryGetValue(column.Name, out var cell))
            {
                continue;
            }

            var (node, error) = column.Parse(cell);
            if (error is not null)
            {
                errors.Add(new FieldError(line, column.Name, error, cell));
            }
            else if (node is not null)
            {
                json[column.Name] = node;
            }
        }

        TDto? dto = null;
        if (errors.Count == 0)
        {
            try
            {
                dto = json.Deserialize<TDto>(OasisJson.Options);
            }
            catch (JsonException ex)
            {
                errors.Add(new FieldError(line, ex.Path?.TrimStart('$', '.') ?? "", "Validation.Required", ex.Path));
            }
        }

        return (dto, errors);
    }

    /// <summary>A DTO as cells by column name (the form the UI edits).</summary>
    public static Dictionary<string, string> ToCells(TDto dto)
    {
        var node = JsonSerializer.SerializeToNode(dto, OasisJson.Options)!.AsObject();
        return Columns.ToDictionary(c => c.Name, c => c.Format(node[c.Name]), StringComparer.Ordinal);
    }

    private static List<(int Line, Dictionary<string, string> Cells)> ReadCsv(Stream stream)
    {
        var rows = new List<(int, Dictionary<string, string>)>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = false }).From(stream);
        var names = reader.Header.ColNames;
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                cells[names[i].Trim().TrimStart('\uFEFF')] = row[i].ToString();
            }

            rows.Add((row.LineNumberFrom, cells));
        }

        CheckHeader(names.Select(n => n.Trim().TrimStart('\uFEFF')));
        return rows;
    }

    private static List<(int Line, Dictionary<string, string> Cells)> ReadXlsx(Stream stream)
    {
        var rows = new List<(int, Dictionary<string, string>)>();
        var line = 1;
        IEnumerable<string>? header = null;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
        {
            line++;
            header ??= row.Keys;
            rows.Add((line, row.ToDictionary(
                kv => kv.Key.Trim(),
                kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture) ?? "",
                StringComparer.Ordinal)));
        }

        CheckHeader(header ?? []);
        return rows;
    }

    private static void CheckHeader(IEnumerable<string> names)
    {
        var known = Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => n.Length > 0 && !known.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw OasisProblemException.ImportFailed(
                unknown.Select(n => new FieldError(1, n, "Validation.UnknownColumn", n, string.Join(", ", known))).ToList());
        }
    }
}
