using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Oasis.Platform.Reports;

/// <summary>A table of a report: its columns (key and header) and one dictionary per row keyed by the column keys.</summary>
internal sealed record ReportTable(IReadOnlyList<(string Key, string Header)> Columns, List<Dictionary<string, object?>> Rows);

/// <summary>What a report says: values by template tag, and tables by tag.</summary>
internal sealed record ReportContent(IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, ReportTable> Tables);

/// <summary>
/// Fills a template the bureau edits: Word content controls by tag (a block control whose tag names a table receives
/// that table), Excel <c>{{tag}}</c> fields through MiniExcel (<c>{{table.column}}</c> rows repeat per row). A tag the
/// content does not know is left as the bureau wrote it (decision 0505).
/// </summary>
internal static class TemplateReportWriter
{
    /// <summary>A <c>docx</c> or <c>xlsx</c> file from its template.</summary>
    public static byte[] Write(string format, string templatePath, ReportContent content) =>
        format == ReportFormats.Word ? Word(templatePath, content) : Excel(templatePath, content);

    public static byte[] Word(string templatePath, ReportContent content)
    {
        using var stream = new MemoryStream();
        using (var template = File.OpenRead(templatePath))
        {
            template.CopyTo(stream);
        }

        using (var document = WordprocessingDocument.Open(stream, true))
        {
            var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException(templatePath + " has no document body.");
            foreach (var control in body.Descendants<SdtElement>().ToList())
            {
                var tag = control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
                if (tag is not null && control is SdtBlock block && content.Tables.TryGetValue(tag, out var table))
                {
                    block.SdtContentBlock?.RemoveAllChildren();
                    block.SdtContentBlock?.Append(ToTable(table));
                }
                else if (tag is not null && content.Values.TryGetValue(tag, out var value))
                {
                    SetText(control, Text(value));
                }
            }
        }

        return stream.ToArray();
    }

    public static byte[] Excel(string templatePath, ReportContent content)
    {
        var values = new Dictionary<string, object?>(content.Values, StringComparer.Ordinal);
        foreach (var (tag, table) in content.Tables)
        {
            values[tag] = table.Rows;
        }

        using var stream = new MemoryStream();
        stream.SaveAsByTemplate(templatePath, values);
        return stream.ToArray();
    }

    /// <summary>A value as a report prints it: numbers invariant, nothing as a dash.</summary>
    public static string Text(object? value) => value switch
    {
        null => "—",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "—",
    };

    private static void SetText(SdtElement control, string text)
    {
        // Word shows a control's prompt text until it is filled; clear the flag so the value is not greyed out.
        control.SdtProperties?.GetFirstChild<ShowingPlaceholder>()?.Remove();
        var content = control.ChildElements.FirstOrDefault(e => e is SdtContentRun or SdtContentBlock or SdtContentCell);
        if (content is null)
        {
            return;
        }

        var texts = content.Descendants<Text>().ToList();
        if (texts.Count == 0)
        {
            OpenXmlElement run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            content.Append(content is SdtContentRun ? run : new Paragraph(run));
            return;
        }

        texts[0].Text = text;
        texts[0].Space = SpaceProcessingModeValues.Preserve;
        foreach (var extra in texts.Skip(1))
        {
            extra.Remove();
        }
    }

    private static Table ToTable(ReportTable table)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var result = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        result.Append(Row(table.Columns.Select(c => c.Header)));
        foreach (var row in table.Rows)
        {
            result.Append(Row(table.Columns.Select(c => Text(row.GetValueOrDefault(c.Key)))));
        }

        return result;
    }

    private static TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));
}
