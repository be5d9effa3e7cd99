using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;

namespace Oasis.Air.Reports;

/// <summary>
/// Fills a template with a report's content: Word content controls by tag (a block control tagged <c>days</c> receives
/// the table of days), Excel <c>{{ }}</c> fields through MiniExcel (<c>{{days.aqi}}</c> rows repeat per day).
/// A tag the content does not know is left as the bureau wrote it.
/// </summary>
internal static class AirReportWriters
{
    private static readonly (string Key, string Header)[] DayColumns =
    [
        ("date", "日期"), ("aqi", "AQI"), ("category", "类别"), ("primary", "首要污染物"), ("pm25", "PM2.5"), ("pm10", "PM10"),
        ("so2", "SO2"), ("no2", "NO2"), ("co", "CO"), ("o3_8h", "O3_8h"),
    ];

    public static byte[] Word(string templatePath, AirReportContent content)
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
                if (tag == "days" && control is SdtBlock block)
                {
                    var table = DaysTable(content.DayRows);
                    block.SdtContentBlock?.RemoveAllChildren();
                    block.SdtContentBlock?.Append(table);
                }
                else if (tag is not null && content.Values.TryGetValue(tag, out var value))
                {
                    SetText(control, Text(value));
                }
            }
        }

        return stream.ToArray();
    }

    public static byte[] Excel(string templatePath, AirReportContent content)
    {
        var values = new Dictionary<string, object?>(content.Values, StringComparer.Ordinal) { ["days"] = content.DayRows };
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

    private static Table DaysTable(List<Dictionary<string, object?>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        table.Append(Row(DayColumns.Select(c => c.Header)));
        foreach (var row in rows)
        {
            table.Append(Row(DayColumns.Select(c => Text(row.GetValueOrDefault(c.Key)))));
        }

        return table;
    }

    private static TableRow Row(IEnumerable<string> cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));
}
