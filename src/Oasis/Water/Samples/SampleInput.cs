using System.Globalization;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;
using Oasis.Standards.Water;

namespace Oasis.Water.Samples;

/// <summary>
/// One sample as entered (a form, a JSON body or a file row): the site, the date, the <c>waterbody</c> and the values as
/// text, <c>0.004L</c> meaning "below the detection limit 0.004". Columns are the CLI's (docs/water-cli.md) plus, for
/// drinking-water sources, GB 3838 Table 2/3 items by their Chinese names.
/// </summary>
internal sealed record SampleInput(string? Site, string? Date, string? Waterbody, IReadOnlyDictionary<string, string?> Values)
{
    /// <summary>The first three columns of the CLI's file (issue #8); the indicator columns follow.</summary>
    public static readonly string[] KeyColumns = ["section", "date", "waterbody"];

    /// <summary>Set when a file row had the wrong number of fields: (found, expected).</summary>
    public (int Found, int Expected)? FieldCount { get; init; }

    /// <summary>The replicate a single entry replaces or adds (1 when not given); a file numbers a day's rows itself.</summary>
    public int? Replicate { get; init; }

    /// <summary>The optional <c>qualityControl</c> column or field as text: empty, <c>true</c>/<c>false</c>, <c>1</c>/<c>0</c>, <c>是</c>/<c>否</c>.</summary>
    public string? QualityControl { get; init; }

    /// <summary>The optional column of a host import file (not of the CLI's input) that marks a quality-control replicate.</summary>
    public const string QualityControlColumn = "qualityControl";

    /// <summary>The most replicates of one site and day.</summary>
    public const int MaxReplicates = 9;

    public static bool IsItem(string name) => WaterIndicators.FromCode(name) is not null || Gb3838SourceTables.Find(name) is not null;

    /// <summary>
    /// Checks the input against the sites and the caller's scope; the sample, or null with the errors added.
    /// <paramref name="siteField"/> names the site column in the errors (<c>section</c> in files, <c>site</c> in JSON).
    /// </summary>
    public ManualSample? Check(IReadOnlyDictionary<string, SiteRef> sites, DataScope scope, int? row, string siteField, List<FieldError> errors)
    {
        var before = errors.Count;
        if (FieldCount is { } count)
        {
            errors.Add(new FieldError(row, "", "Water.Validation.FieldCount", count.Found, count.Expected));
            return null;
        }

        SiteRef? site = null;
        if (string.IsNullOrWhiteSpace(Site))
        {
            errors.Add(new FieldError(row, siteField, "Validation.Required"));
        }
        else if (!sites.TryGetValue(Site.Trim(), out site))
        {
            errors.Add(new FieldError(row, siteField, "Water.Validation.UnknownSite", Site));
        }
        else if (!scope.SeesGrid(site.GridCode))
        {
            errors.Add(new FieldError(row, siteField, "Validation.RowOutOfScope", Site));
        }

        if (Replicate is < 1 or > MaxReplicates)
        {
            errors.Add(new FieldError(row, "replicate", "Validation.Range", 1, MaxReplicates));
        }

        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new FieldError(row, "date", "Water.Validation.Date", Date ?? ""));
        }

        var body = Waterbody?.Trim();
        if (body is not ("river" or "lake"))
        {
            errors.Add(new FieldError(row, "waterbody", "Validation.OneOf", body ?? "", "river, lake"));
        }
        else if (site?.Body is { } expected && expected != body)
        {
            errors.Add(new FieldError(row, "waterbody", "Water.Validation.BodyMismatch", body, expected, site.Code));
        }

        var qualityControl = ParseFlag(QualityControl);
        if (qualityControl is null)
        {
            errors.Add(new FieldError(row, QualityControlColumn, "Validation.NotABoolean", QualityControl ?? ""));
        }

        var values = new List<ManualSampleValue>();
        foreach (var (item, raw) in Values)
        {
            var text = raw?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue; // not measured
            }

            var indicator = WaterIndicators.FromCode(item);
            if (indicator is null && Gb3838SourceTables.Find(item) is null)
            {
                errors.Add(new FieldError(row, item, "Water.Validation.UnknownItem", item));
            }
            else if (text[0] == '-')
            {
                errors.Add(new FieldError(row, item, "Water.Validation.Negative", text));
            }
            else if (!WaterValue.TryParse(text, out var value))
            {
                errors.Add(new FieldError(row, item, "Water.Validation.Value", text));
            }
            else if (value.BelowDetectionLimit && indicator is WaterIndicator.Ph or WaterIndicator.DissolvedOxygen)
            {
                errors.Add(new FieldError(row, item, "Water.Validation.NoDetectionLimit", item, text));
            }
            else
            {
                values.Add(new ManualSampleValue { Item = item, Value = value.Value, BelowLimit = value.BelowDetectionLimit });
            }
        }

        if (values.Count == 0 && errors.Count == before)
        {
            errors.Add(new FieldError(row, "values", "Water.Validation.NoValues"));
        }

        return errors.Count > before ? null : new ManualSample
        {
            SiteKind = site!.Kind,
            SiteCode = site.Code,
            Date = date,
            Replicate = Replicate ?? 1,
            QualityControl = qualityControl!.Value,
            Body = body!,
            Values = values,
        };
    }

    private static bool? ParseFlag(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "FALSE" or "0" or "否" => false,
        "TRUE" or "1" or "是" => true,
        _ => null,
    };
}
