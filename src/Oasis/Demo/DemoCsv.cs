using nietras.SeparatedValues;

namespace Oasis.Demo;

/// <summary>Reads the demonstration city's CSV files (UTF-8, header row) as dictionaries.</summary>
internal static class DemoCsv
{
    public static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).FromFile(path);
        var names = reader.Header.ColNames;
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
            {
                cells[names[i]] = row[i].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    public static string? NullIfEmpty(this Dictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static double Number(this Dictionary<string, string> row, string column) =>
        double.Parse(row[column], System.Globalization.CultureInfo.InvariantCulture);
}
