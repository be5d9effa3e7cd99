using System.Globalization;
using System.Text.Json;

namespace Oasis.Tests.Air;

/// <summary>Compares the API's JSON with the CSV of <c>oasis air daily|annual</c>, field by field (docs/air-api.md names).</summary>
internal static class AirAssert
{
    /// <summary>The data rows of a CSV output whose series is <paramref name="series"/> and whose date or year starts with <paramref name="year"/>.</summary>
    public static List<string[]> Rows(string csv, string series, string year) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(','))
            .Where(f => f[0] == series && f[1].StartsWith(year, StringComparison.Ordinal))];

    public static void DailyEqual(List<string[]> expected, JsonElement[] days)
    {
        Assert.Equal(expected.Count, days.Length);
        string[] fields = ["pm25", "pm10", "so2", "no2", "co", "o3_8h", "aqi"];
        for (var i = 0; i < days.Length; i++)
        {
            var e = expected[i];
            var d = days[i];
            Assert.Equal(e[0], d.Str("station"));
            Assert.Equal(e[1], d.Str("date"));
            for (var f = 0; f < fields.Length; f++)
            {
                Assert.True(Number(e[f + 2]) == Number(d.GetProperty(fields[f])), $"{e[1]} {fields[f]}: CLI {e[f + 2]}, API {d.GetProperty(fields[f])}");
            }

            // The CSV writes the Chinese name; the API the English code of the same category (CONTRACTS.md).
            var code = d.GetProperty("category").GetString();
            Assert.Equal(e[9], code is null ? string.Empty
                : Oasis.Standards.Air.AirQualityCategory.Categories.Single(c => c.Code == code).NameZh);
            Assert.Equal(e[10], string.Join(';', d.GetProperty("primary").EnumerateArray().Select(p => p.GetString())));
        }
    }

    public static void PeriodEqual(string csv, string series, JsonElement json)
    {
        var header = csv.Split('\n')[0].Split(',');
        var row = Assert.Single(Rows(csv, series, ""));
        Assert.Equal(series, json.Str("station"));
        for (var c = 2; c < header.Length; c++)
        {
            var name = JsonName(header[c]);
            var value = json.GetProperty(name);
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                Assert.Equal(row[c], value.GetBoolean() ? "true" : "false");
            }
            else
            {
                Assert.True(Number(row[c]) == Number(value), $"{header[c]} ({name}): CLI {row[c]}, API {value}");
            }
        }
    }

    // CSV column → JSON field (docs/air-api.md): camelCase, the dot of PM2.5 dropped, O3_8h kept with its underscore.
    private static string JsonName(string column) => column switch
    {
        "valid_days" => "validDays",
        "good_days" => "goodDays",
        "good_ratio" => "goodRatio",
        "heavy_days" => "heavyDays",
        "heavy_ratio" => "heavyRatio",
        "composite_index" => "compositeIndex",
        "O3_8h_P90" => "o3_8hP90",
        _ when column.Contains("_P", StringComparison.Ordinal) =>
            column[..column.IndexOf('_', StringComparison.Ordinal)].Replace(".", "", StringComparison.Ordinal).ToLowerInvariant() +
            column[column.IndexOf('_', StringComparison.Ordinal)..].Replace("_", "", StringComparison.Ordinal),
        _ => column.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant(),
    };

    private static decimal? Number(string csv) => csv.Length == 0 ? null : decimal.Parse(csv, CultureInfo.InvariantCulture);

    private static decimal? Number(JsonElement json) => json.ValueKind == JsonValueKind.Null ? null : json.GetDecimal();
}
