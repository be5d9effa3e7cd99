using System.Globalization;
using System.Text;
using Oasis.Standards.Water;

namespace Oasis.Cli.Water;

/// <summary>
/// Writes <c>section,date,class,exceeding</c>, one row per input row in input order (issue #8): the class in
/// ASCII roman numerals (empty when no class indicator was measured) and the class indicators worse than
/// class Ⅲ in column order, <c>NAME(multiple)</c> with two decimals, pH and DO without a multiple, joined by <c>;</c>.
/// </summary>
internal static class WaterReport
{
    public const string Header = "section,date,class,exceeding";

    public static void Write(TextWriter output, IEnumerable<WaterRow> rows)
    {
        var line = new StringBuilder(128);
        output.Write(Header);
        output.Write('\n');
        foreach (var row in rows)
        {
            var evaluation = SampleEvaluation.Evaluate(row.Sample);
            line.Clear()
                .Append(CsvLine.Escape(row.Section)).Append(',')
                .Append(row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(evaluation.Class?.Ascii()).Append(',')
                .Append(Exceeding(evaluation)).Append('\n');
            output.Write(line);
        }
    }

    /// <summary>The <c>exceeding</c> field of one evaluation.</summary>
    public static string Exceeding(SampleEvaluation evaluation) => string.Join(';', evaluation.Exceeding.Select(r =>
        r.ExceedanceMultiple is { } multiple
            ? $"{r.Indicator.Code()}({multiple.ToString("0.00", CultureInfo.InvariantCulture)})"
            : r.Indicator.Code()));
}
