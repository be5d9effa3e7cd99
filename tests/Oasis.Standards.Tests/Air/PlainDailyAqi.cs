using System.Globalization;

namespace Oasis.Standards.Tests.Air;

/// <summary>
/// A second, deliberately plain implementation of the daily AQI under HJ 633-2012, used only to check the engine
/// on real data: LINQ over string fields, decimal everywhere, its own copy of the breakpoint table.
/// </summary>
internal static class PlainDailyAqi
{
    private static readonly decimal[] Levels = [0, 50, 100, 150, 200, 300, 400, 500];

    private static readonly Dictionary<string, decimal[]> Table2012 = new()
    {
        ["PM2.5"] = [0, 35, 75, 115, 150, 250, 350, 500],
        ["PM10"] = [0, 50, 150, 250, 350, 420, 500, 600],
        ["SO2"] = [0, 50, 150, 475, 800, 1600, 2100, 2620],
        ["NO2"] = [0, 40, 80, 180, 280, 565, 750, 940],
        ["CO"] = [0, 2, 4, 14, 24, 36, 48, 60],
        ["O3_8h"] = [0, 100, 160, 215, 265, 800],
        ["O3_1h"] = [0, 160, 200, 300, 400, 800, 1000, 1200],
    };

    public sealed record Day(DateOnly Date, Dictionary<string, decimal?> Values, int? Aqi, string Primary);

    /// <summary>Every day of a PRSA file, rated by HJ 633-2012.</summary>
    public static List<Day> FromPrsa(string path)
    {
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Select(f => new
        {
            Date = new DateOnly(int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture)),
            Hour = int.Parse(f[4], CultureInfo.InvariantCulture),
            Pm25 = Value(f[5]),
            Pm10 = Value(f[6]),
            So2 = Value(f[7]),
            No2 = Value(f[8]),
            Co = Value(f[9]) / 1000m,
            O3 = Value(f[10]),
        });
        return [.. rows.GroupBy(r => r.Date).OrderBy(g => g.Key).Select(g =>
        {
            var o3 = Enumerable.Range(0, 24).Select(h => g.FirstOrDefault(r => r.Hour == h)?.O3).ToArray();
            var values = new Dictionary<string, decimal?>
            {
                ["PM2.5"] = Round(Mean(g.Select(r => r.Pm25)), 0),
                ["PM10"] = Round(Mean(g.Select(r => r.Pm10)), 0),
                ["SO2"] = Round(Mean(g.Select(r => r.So2)), 0),
                ["NO2"] = Round(Mean(g.Select(r => r.No2)), 0),
                ["CO"] = Round(Mean(g.Select(r => r.Co)), 1),
                ["O3_8h"] = Round(O3EightHour(o3), 0),
                ["O3_1h"] = Round(O3OneHour(o3), 0),
            };
            var iaqi = values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => Iaqi(v.Key, v.Value!.Value));
            var rated = iaqi.Where(i => i.Value is not null).ToList();
            int? aqi = rated.Count == 0 ? null : rated.Max(i => i.Value!.Value);
            var primary = aqi > 50
                ? string.Join(";", new[] { "PM2.5", "PM10", "SO2", "NO2", "CO", "O3" }.Where(p => rated.Any(i => i.Key.Split('_')[0] == p && i.Value == aqi)))
                : string.Empty;
            return new Day(g.Key, values, aqi, primary);
        })];
    }

    private static decimal? Value(string field) =>
        field == "NA" ? null : decimal.Parse(field, CultureInfo.InvariantCulture) is var v && v >= 0 ? v : null;

    private static decimal? Mean(IEnumerable<decimal?> hours)
    {
        var valid = hours.Where(h => h is not null).Select(h => h!.Value).ToList();
        return valid.Count >= 20 ? valid.Sum() / valid.Count : null;
    }

    private static decimal? O3EightHour(decimal?[] hours)
    {
        var windows = Enumerable.Range(0, 17)
            .Select(s => hours.Skip(s).Take(8).Where(h => h is not null).Select(h => h!.Value).ToList())
            .Where(w => w.Count >= 6)
            .Select(w => w.Sum() / w.Count)
            .ToList();
        if (windows.Count == 0)
        {
            return null;
        }

        var max = windows.Max();
        return windows.Count >= 14 || Round(max, 0) > 160 ? max : null;
    }

    private static decimal? O3OneHour(decimal?[] hours)
    {
        var valid = hours.Where(h => h is not null).Select(h => h!.Value).ToList();
        if (valid.Count == 0)
        {
            return null;
        }

        return valid.Count >= 20 || valid.Max() > 200 ? valid.Max() : null;
    }

    private static decimal? Round(decimal? value, int decimals) =>
        value is null ? null : Math.Round(value.Value, decimals, MidpointRounding.ToEven);

    private static int? Iaqi(string indicator, decimal c)
    {
        var bp = Table2012[indicator];
        if (indicator == "O3_8h" && c > 800)
        {
            return null;
        }

        if (bp.Length == 8 && c >= bp[^1])
        {
            return 500;
        }

        var hi = Enumerable.Range(1, bp.Length - 1).First(i => c <= bp[i]);
        var exact = Levels[hi - 1] + ((Levels[hi] - Levels[hi - 1]) * (c - bp[hi - 1]) / (bp[hi] - bp[hi - 1]));
        return (int)decimal.Ceiling(exact);
    }
}
